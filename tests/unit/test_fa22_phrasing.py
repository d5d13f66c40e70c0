"""Persian lines in the register of translated CMS privacy pages, as Iranian sites publish
them: with no ZWNJ at all (words glued, "میکنیم", "دادههای"), or with a space where the ZWNJ
belongs ("می کنیم", "داده های", "کوکی های", "تله متری"), and Arabic ي/ك mixed in. Headings
that name a practice in translated wording: how long data is kept ("چه مدت … حفظ"), the
rights one has over one's data ("حقوقی که … دارید", "چه حقوقی"), how data is protected
("از … حفاظت می‌کنیم"), who in the team has access (staff access is security, one clerk's
or admin's as well). A cookie's lifetime and "gone when the browser closes" are retention;
privacy "controls" (واپایش) are choices; analytics and location-services headings name
collection. Testing whether the
browser accepts cookies is no choice, editing a post no edit of one's data, and data kept for
"administrative, legal or security purposes" no safeguard. A spaced plural or verb prefix
inside a cue's words reads as the glued one ("سفارش ها", "سفارشها"). The legal adjective
"حقوقی" (legal persons, legal requirements) is no right, nor is "فروشگاه اطلاعات" (the shop's
information) a sale of data. The lines are written for this test, not taken from the dev
policies, the corpus or the real texts."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, RE, SE, TP, categories_shown, check_phrasing

from policylens.core.cue_patterns import seams_apart

OTHER = "other"
ZWNJ = "\u200c"

CASES = [
    # How long data is kept: ZWNJ, glued, spaced.
    (f"تا چه مدت داده{ZWNJ}های سفارش شما را حفظ می{ZWNJ}کنیم؟", (RE,), ""),
    ("چه مدت اطلاعات حساب شما را نگه میداریم؟", (RE,), ""),
    ("تا چه مدت نشانی ايميل شما را ذخیره مي كنيم", (RE,), ""),
    # Rights over one's data.
    ("حقوقی که نسبت به اطلاعاتتان دارید", (AC,), ""),
    (f"حقوقی که درباره داده{ZWNJ}های خودتان دارید", (AC,), ""),
    ("شما چه حقوقی بر داده های خود دارید؟", (AC,), ""),
    # How data is protected.
    ("چگونه از داده های مشتریان حفاظت می کنیم", (SE,), ""),
    ("چطور از اطلاعات حساب شما حفاظت میکنیم", (SE,), ""),
    # Staff access: security, no sharing.
    ("چه کسانی در تیم ما به سفارش ها دسترسی دارند", (SE,), TP),
    ("کسانی در تیم ما که به اطلاعات پرداخت دسترسی خواهند داشت", (SE,), TP),
    # One member of staff who sees the data: access control, no disclosure.
    ("برای نمونه مسئول انبار این موارد را می بیند:", (SE,), TP),
    ("اپراتور پشتیبانی سوابق تماس شما را میبیند.", (SE,), TP),
    # A cookie's lifetime; gone when the browser closes.
    ("کوکی سبد خرید پس از بستن مرورگر از بین می رود.", (RE,), ""),
    ("این کوکی وقتی مرورگر را می بندید از بین میرود.", (RE,), ""),
    ("كوكي زبان سایت برای شش ماه روی دستگاه شما مي ماند.", (RE,), ""),
    (f"کوکی{ZWNJ}های یادآوری ورود دو هفته باقی می{ZWNJ}مانند.", (RE,), ""),
    # Persistent cookies, glued or spaced.
    ("کوکی های ماندگار", (RE,), ""),
    ("کوکیهای ماندگار", (RE,), ""),
    # Privacy controls are choices, not security.
    (f"واپایش{ZWNJ}های حریم خصوصی را هر زمان از برنامه تنظیمات عوض کنید.", (CH,), SE),
    # Analytics, location services, use of data: collection.
    ("تجزیه و تحلیل", (FP,), ""),
    ("خدمات مکانی", (FP,), ""),
    ("استفاده از داده ها", (FP,), ""),
    # Promotional messages sent: the service's use of the contact details.
    ("اگر بخواهید، پیامک تبلیغاتی برایتان می فرستیم.", (FP,), ""),
    # Testing whether the browser accepts cookies is no choice; editing or publishing a post
    # is no edit of one's data; kept for "administrative, legal or security" reasons is no
    # safeguard.
    ("یک کوکی آزمایشی میگذاریم تا ببینیم آیا مرورگر شما کوکی را قبول میکند.", (FP,), CH),
    (
        "اگر نوشته ای را ویرایش یا منتشر کنید، کوکی دیگری ذخیره می شود که یک روز بعد منقضی می شود.",
        (RE,),
        AC,
    ),
    ("داده هایی که برای اهداف اداری، قانونی یا امنیتی باید نگه داریم پاک نمی شوند.", "", SE),
    # A spaced plural or verb prefix reads as the glued one.
    ("می توانید اطلاعات سفارش ها و پرداخت های خود را مشاهده کنید.", (AC,), ""),
    ("میتوانید اطلاعات سفارشها و پرداختهای خود را مشاهده کنید.", (AC,), ""),
    # A cue that begins with a verb prefix finds it spaced too.
    ("اگر می خواهید پیامی که فرستاده اید حذف شود، به ما بگویید.", (AC,), ""),
    # The shop's information is no sale of data.
    ("ما در فروشگاه اطلاعات تماس شما را میگیریم.", (FP,), TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fa22_phrasing(text: str, wanted: tuple[str, ...] | str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# The legal adjective "حقوقی" states no right.
NO_RIGHT = [
    "اشخاص حقیقی و حقوقی که با ما قرارداد دارند",
    "الزامات حقوقی و قضایی",
]


@pytest.mark.parametrize("text", NO_RIGHT)
def test_fa22_legal_adjective_is_no_right(text: str) -> None:
    assert AC not in categories_shown(text), categories_shown(text)


@pytest.mark.parametrize(
    ("cue", "apart"),
    [
        ("کوکیهای ماندگار", "کوکی های ماندگار"),
        ("دادههایتان=", "داده هایتان="),
        ("تلهمتری", "تله متری"),
        ("*ذخیرهسازی", "*ذخیره سازی"),
        # A verb keeps its stem's heh; "تنها" (only) is no plural.
        ("به ما میدهید", "به ما میدهید"),
        ("تنها", "تنها"),
        ("اطلاعات .. حذف", "اطلاعات .. حذف"),
    ],
)
def test_fa22_seams_apart(cue: str, apart: str) -> None:
    assert seams_apart(cue) == apart
