"""Persian lines of Iranian online shops' privacy pages ("حریم خصوصی"), where the shop's terms
of sale stand among its data practices. A delivery time in working days ("روز کاری") or a
return window ("تا ۷ روز پس از تحویل مرجوع") is no retention period; such a line, a refund of
a failed payment ("به حساب شما برمی‌گردد"), the trust badges ("نماد اعتماد الکترونیکی",
"اینماد", "نشان ساماندهی") and the footer's copyright take no practice from the section they
stand in (`shop_terms`); accepting prices or terms of sale ("پذیرش قیمت و شرایط ارسال") is no
consent to a data practice. "Last edited" ("آخرین ویرایش") dates the policy: no right to edit.
Recalled: a review published on the product page or on the site after approval is a
disclosure; an order's status or tracking code sent by SMS, and customer-club points, are the
shop's use of the data; "changes to these rules / this page" ("تغییرات این قوانین") are policy
changes; a user who asks to be removed from the list ("حذف بشید") or to have their records
wiped exercises a right. Inviting readers to share a post ("با دیگران به اشتراک بگذارید",
"اشتراک‌گذاری در تلگرام") is no disclosure. In translated notices, the country where the
organisation is registered or headquartered ("شرکتی ثبت‌شده در ایرلند", "دفتر مرکزی ما در …",
`org_seat`) names no audience, and "when you create an account" ("هنگام ایجاد حساب") or what the
service receives in order to do something ("… را دریافت می‌کنیم تا …") states a collection.
With and without ZWNJ, ي/ك mixed. The lines are written for this test, not taken from the dev
policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import (
    AC,
    FP,
    IN,
    PC,
    RE,
    TP,
    categories_shown,
    check_phrasing,
    line_categories_shown,
)

from policylens.core.shop_terms import states_shop_terms

OTHER = "other"

# Terms of sale: nothing but `other` may show.
NOTHING = [
    "کالا را میتوانید تا ۱۰ روز پس از تحویل مرجوع کنید.",
    "امکان مرجوع کردن محصول تا ۷ روز پس از دریافت وجود دارد.",
    "سفارش‌ها حداکثر ۳ روز کاری پس از پرداخت ارسال میشوند.",
    "زمان تحويل در شهرستان‌ها ۲ تا ۵ روز كاري است.",
    # Accepting prices or terms of sale is no consent to a data practice.
    "ثبت سفارش به منزله پذیرش قیمت و شرایط ارسال است.",
    "پرداخت وجه به معنای پذیرش شرایط خرید از فروشگاه است.",
    # Inviting the reader to share a post is no disclosure by the site.
    "این مقاله را میتوانید با دیگران به اشتراک بگذارید.",
    "اشتراک‌گذاری در تلگرام",
    # Where the organisation is registered or headquartered names no audience.
    "ما شرکتی ثبت‌شده در ایرلند هستیم و دفتر مرکزی ما در دوبلین است.",
    "بنیاد نمونه سازمانی غیرانتفاعی مستقر در کانادا است.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_fa25_no_practice(text: str) -> None:
    assert categories_shown(text) - {OTHER} == set(), categories_shown(text)


CASES = [
    # "Last edited" dates the policy: a change, not the user's editing.
    ("آخرین ویرایش: ۱۲ دی ۱۴۰۵", (PC,), AC),
    ("تاریخ آخرین ویرایش: ۱۴۰۵/۰۳/۰۱", (PC,), AC),
    # A review published after approval is disclosed.
    ("دیدگاه شما پس از بررسی با نام نمایشی شما در صفحه محصول منتشر میشود.", (TP,), ""),
    ("نظرات کاربران پس از تایید مدیر در سایت منتشر میشود.", (TP,), ""),
    # SMS about an order, club points: the shop's use of the data.
    ("کد رهگیری مرسوله پستی از طریق پیامک برای شما ارسال میشود.", (FP,), ""),
    ("وضعیت سفارش از طریق پیامک به اطلاع شما میرسد.", (FP,), ""),
    ("با هر خرید، امتیاز باشگاه مشتریان به حساب کاربری شما اضافه میشود.", (FP,), ""),
    # Changes to these rules / this page.
    ("تغییرات این قوانین از طریق کانال تلگرام فروشگاه اعلام میشود.", (PC,), FP),
    ("تغییرات این صفحه با درج تاریخ جدید در پایین آن اعلام میشود.", (PC,), ""),
    # Being removed from the list, records wiped at the user's request.
    ("اگه خواستید از لیست مشتری‌ها حذف بشید، یه پیام بدید.", (AC,), ""),
    ("اگر میخواهید سوابقتان پاک شود، به پشتیبانی پیام دهید.", (AC,), ""),
    # Users or servers in a country are no seat.
    ("اگر شما در اتحادیه اروپا مستقر هستید، حقوق دیگری هم دارید.", (IN,), ""),
    ("سرورهای ما در آلمان قرار دارند.", (IN,), ""),
    # "When you create an account" states what is collected.
    ("ما نام و نشانی ایمیل شما را هنگام ایجاد حساب دریافت میکنیم.", (FP,), ""),
    # Received in order to do something: the service's own use.
    (
        "ما فقط شناسه تراکنش را از فروشگاه برنامه دریافت میکنیم تا اشتراک شما را فعال کنیم.",
        (FP,),
        "",
    ),
    # A return window is no retention period.
    ("مرجوع کردن کالا تا ۷ روز پس از تحویل ممکن است.", "", RE),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fa25_phrasing(text: str, wanted: tuple[str, ...] | str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


SHOP_PAGE = """حریم خصوصی
ثبت‌نام و خرید
برای ثبت سفارش نام، آدرس و شماره موبایل شما را دریافت میکنیم.
سفارش‌های شهر تهران ظرف ۲ روز کاری به دست شما میرسد.
در صورت پرداخت ناموفق، مبلغ کسر شده ظرف ۷۲ ساعت به حساب شما برمیگردد.
تغییرات
این قوانین ممکن است به‌روزرسانی شود و نسخه جدید در همین صفحه قرار میگیرد.
فروشگاه دارای نماد اعتماد الکترونیکی و نشان ساماندهی است.
کلیه حقوق این وبسایت محفوظ است.
"""


def test_fa25_shop_terms_take_no_section_practice() -> None:
    shown = line_categories_shown(SHOP_PAGE)
    lines = SHOP_PAGE.splitlines()
    assert FP in shown[lines[2]], shown[lines[2]]
    assert PC in shown[lines[6]], shown[lines[6]]
    for line in (lines[3], lines[4], lines[7], lines[8]):
        assert shown[line] - {OTHER} == set(), (line, shown[line])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("امکان عودت کالا تا هفت روز وجود دارد.", True),
        ("نماد اعتماد الكترونيكي", True),
        ("هزینه ارسال برای خرید بالای یک میلیون تومان رایگان است.", True),
        ("نام و نشانی گیرنده برای ارسال سفارش به شرکت پست داده میشود.", False),
        ("We ship within three working days.", False),
    ],
)
def test_fa25_states_shop_terms(line: str, expected: bool) -> None:
    assert states_shop_terms(line) is expected
