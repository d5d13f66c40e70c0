"""Persian lines that name where data sits by country ("سرورهای ما در آلمان قرار دارند") are
`international_specific_audiences` (the guidelines' "where data is stored geographically"), so
is a complaint to the authority "of the country or state where you live"; "only the people who
… have access to" is `data_security` however long the people are named; closing
one's account ("حساب را ببندید") or wiping saved entries is `user_access_edit_deletion`; records
entered in an insurer's system ("در سامانه … بیمه", "بیمه مرکزی") are third-party sharing; and
lines that hand the user's data to a named role of the service, the driver, the seller, the buyer
or the host ("به راننده نشان داده می‌شود"), or to the user's emergency contacts, are third-party
sharing, with or without ZWNJ and with Arabic ي/ك. Handing a document back to the buyer stays
no sharing. The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, IN, SE, TP, check_phrasing

CASES = [
    # Servers or copies in a named country.
    ("نسخه پشتیبان فایل‌های شما روی سرورهایی در هلند نگهداری می‌شود.", (IN,), ""),
    ("سرورهای پشتیبان ما در آلمان قرار دارند.", (IN,), ""),
    ("داده هاي شما در سرورهاي ابري در سنگاپور ذخيره ميشود.", (IN,), ""),
    # A complaint to the authority of the country or state one lives in names a jurisdiction.
    ("می‌توانید به نهاد ناظر در کشوری که در آن ساکن هستید شکایت کنید.", (IN, AC), ""),
    ("حق شکایت به مرجع حفاظت از داده در ایالت محل زندگی خود را دارید.", (IN, AC), ""),
    # Access kept to a few people named at length is security.
    ("فقط کارشناسانی که درخواست را بررسی می‌کنند به مدارک شما دسترسی دارند.", (SE,), ""),
    ("نتايج آزمايش فقط توسط پزشک معالج و خود بيمار قابل مشاهده است.", (SE,), ""),
    # Closing one's account, or wiping saved entries oneself, is access/deletion.
    ("هر وقت خواستید می‌توانید حسابتان را ببندید.", (AC,), ""),
    ("نشانی‌های ذخیره‌شده را هر زمان از صفحه پروفایل حذف کنید.", (AC,), ""),
    # Named roles of the service who see the user's data.
    ("شماره تماس شما فقط هنگام تحویل سفارش به راننده نمایش داده میشود.", (TP,), ""),
    ("نشانی و نام شما پس از ثبت سفارش به فروشنده اعلام می‌شود.", (TP,), ""),
    ("تاریخ ورود و تعداد مهمانان به میزبان اطلاع داده میشود.", (TP,), ""),
    ("با فشردن دکمه کمک، موقعیت شما برای مخاطبان اضطراری پیامک می‌شود.", (TP,), ""),
    # Records entered in an insurer's or the central insurer's system leave the service.
    ("هزینه ویزیت شما در سامانه الکترونیک بیمه سلامت ثبت می‌شود.", (TP,), ""),
    ("مشخصات خودروی بیمه‌شده به بیمه مرکزی گزارش می‌گردد.", (TP,), ""),
    # Goods or papers handed to the buyer are no sharing.
    ("کالا ظرف سه روز به خریدار تحویل می‌شود.", (), TP),
    ("اصل مدارک پس از بررسی به خریدار برگردانده می‌شود.", (), TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fa17_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
