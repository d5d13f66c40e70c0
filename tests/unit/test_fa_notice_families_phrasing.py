"""Persian families seen in short app notices and translated CMS pages (session 23): data kept
"as long as it is needed" for its purposes is retention, not collection; other users or a
site's visitors who can see or download what one posts is disclosure to third parties, as is an
app that uses an outside location service, a site hosted on another company's servers, and a
notice that the app "keeps your location to itself" (a denial of sharing; reserving a
right to oneself is none); a check whether the browser accepts cookies is no choice, nor is "if
you decide to comment". App notices and settings screens: "we take nothing",
"it never leaves your phone" and "we do not ask you for" state collection (and "we don't want",
نمی‌خواهیم, no choice); no advertising libraries or third-party trackers denies disclosure; a
switch that lets the app read the location or the contacts is collection, "when this option is
on/off" a choice, and "others can see when you were online" disclosure. A notice's date of
effect and "if this notice changes" are policy change; an e-mail address "never published" a
denial of disclosure; heart rate and step counts collection; "only accessible to" security.
"A third person" is a third party; what opening an account asks for is collection, removing the
account a right, an add-on that stops the analytics tool a choice only; a named switch turned
on or off a choice, sending a newsletter the use of the address; a report "sent only if" the user
presses send a choice, and what "reaches us" collection.
Each line comes in the spellings Iranian sites use: with ZWNJ, glued, spaced, Arabic ي/ك. The
lines are written for this test, not taken from the dev policies, the corpus or the real texts."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, PC, RE, SE, TP, check_phrasing

ZWNJ = "\u200c"

CASES = [
    # Kept as long as needed: retention (and not only collection).
    (f"سوابق خرید شما را تا زمانی که برای همین اهداف لازم باشد نگه می{ZWNJ}داریم.", (RE,), ""),
    ("نشانی ایمیلتان را تا وقتی که به آن نیاز باشد نگه میداریم.", (RE,), ""),
    ("داده های ثبت نام را تا زمانی که ضروری باشد نگه مي داريم.", (RE,), ""),
    # Other users or visitors see what one posts: disclosure.
    (f"کاربران دیگر می{ZWNJ}توانند عکس نمایه و امتیازهای شما را ببینند.", (TP,), ""),
    ("سایر کاربران میتوانند نظرهای شما را مشاهده کنند.", (TP,), ""),
    ("دیگر کاربران نمی توانند شماره تلفن شما را ببینند.", (TP,), ""),
    ("بازدیدکنندگان سایت میتوانند اطلاعات مکان را از عکس های بارگذاری شده بیرون بکشند.", (TP,), ""),
    # An outside location service, another company's servers, kept to itself.
    ("برنامه برای یافتن شهر شما از خدمات مکانی یک شرکت دیگر بهره میبرد.", (TP,), ""),
    (f"نقشه از سرویس مکان{ZWNJ}یابی یک ارائه{ZWNJ}دهنده خارجی کمک می{ZWNJ}گیرد.", (TP,), ""),
    ("فروشگاه ما روی سرورهای یک شرکت دیگر میزبانی میشود.", (TP,), ""),
    ("داده ها توسط شرکت میزبانی سایت نگهداری میشوند.", (TP,), ""),
    (
        "مکان گوشی فقط خوانده میشود و برنامه آن را برای خودش نگه میدارد.",
        (TP,),
        "",
    ),
    # "We take nothing", "it never leaves the phone", "we don't ask you for": collection, and
    # "we don't want" (نمی‌خواهیم) is no choice of the user's.
    ("این اپ هیچ داده ای از کاربرانش نمیگیرد.", (FP,), ""),
    (f"فهرست تماس{ZWNJ}های شما هرگز از گوشی خارج نمی{ZWNJ}شود.", (FP,), ""),
    ("ما شماره موبایل یا نشانی شما را از شما نمی خواهیم.", (FP,), CH),
    # No advertising libraries or third-party trackers: disclosure denied.
    ("در این برنامه هیچ کتابخانه تبلیغاتی به کار نرفته است.", (TP,), ""),
    # A settings switch: the location or contacts it lets the app read, and the switch a choice.
    ("به اپ اجازه مي دهد مکان تقریبی گوشی را بخواند.", (FP, CH), ""),
    (f"همگام{ZWNJ}سازی مخاطبین", (FP,), ""),
    ("اگر این گزینه روشن باشد، پیشنهادها بر اساس خریدهای قبلی شما نشان داده میشوند.", (CH,), ""),
    ("وقتی خاموش باشد، هیچ آماری از برنامه فرستاده نمی شود.", (CH,), ""),
    (f"دیگران می{ZWNJ}توانند ببینند شما چه زمانی آنلاین بوده{ZWNJ}اید.", (TP,), ""),
    # A notice's own date of effect and "if this notice changes": policy change.
    ("اين سياست از ۱۵ آبان ۱۴۰۲ اجرا ميشود.", (PC,), ""),
    (f"اگر این اطلاعیه عوض شود، در صفحه اول برنامه خبر می{ZWNJ}دهیم.", (PC,), ""),
    # An address or number "never published" is a denial of disclosure; moderated comments that
    # are not published are none.
    ("نشانی ایمیلتان هرگز منتشر نمی شود.", (TP,), ""),
    (f"نظرهای تبلیغاتی منتشر نمی{ZWNJ}شوند.", "", TP),
    # Heart rate and step counts are data the app reads; a record "only accessible to" a few
    # is access control.
    ("ضربان قلب و تعداد قدم هاي روزانه", (FP,), ""),
    ("سوابق مشاوره فقط در دسترس مشاور خودتان است.", (SE,), ""),
    # "A third person" (شخص سوم) is a third party, as "شخص ثالث" is.
    ("هيچ شخص سومي بین برنامه و سرور نقشه نیست.", (TP,), ""),
    (f"داده{ZWNJ}های شما به اشخاص سوم فروخته نمی{ZWNJ}شود.", (TP,), ""),
    # What opening an account asks for; removing the account; an add-on that stops analytics
    # is a choice, not disclosure.
    ("برای ساختن حساب یک نشانی ایمیل و گذرواژه لازم است.", (FP,), ""),
    ("برای پاک کردن حساب از منوی تنظیمات گزینه حذف را بزنید.", (AC,), ""),
    (f"با نصب افزونه{ZWNJ}ای در مرورگر می{ZWNJ}توانید جلوی ابزار تحلیل را بگیرید.", (CH,), TP),
    # A named switch turned on or off is a choice; sending a newsletter is the use of the
    # address.
    ("نشانی شما فقط وقتی دیده میشود که گزینه «نمایش نشانی» را روشن کرده باشید.", (CH,), ""),
    (f"ارسال خبرنامه ایمیلی فقط برای کسانی است که عضو شده{ZWNJ}اند.", (FP,), ""),
    ("اگر تصمیم بگیرید برای محصول نظر بنویسید، متن آن را نگه میداریم.", "", CH),
    # "Sent only if you press send" is a choice, no disclosure; "it reaches us" is collection.
    (f"گزارش خرابی فقط در صورتی فرستاده می{ZWNJ}شود که خودتان «فرستادن» را بزنید.", (CH,), TP),
    ("اين گزارش بدون نام شما به دست ما ميرسد.", (FP,), ""),
    # Reserving a right to oneself is no denial of sharing.
    ("فروشگاه این حق را برای خود محفوظ میداند که قیمت ها را عوض کند.", "", TP),
    # A check whether the browser accepts cookies; a conditional "if you decide to comment".
    ("یک کوکی کوتاه میسازیم تا ببینیم آیا برنامه مرور شما کوکی قبول میکند.", (FP,), CH),
    (f"اگر تصمیم بگیرید نظر بدهید، متن و نام شما را ذخیره می{ZWNJ}کنیم.", (FP,), CH),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fa_notice_families_phrasing(
    text: str, wanted: tuple[str, ...] | str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
