"""Persian and Arabic lines in the register of translated international policies (a VPN app, a
desktop program, an app with public profiles), with or without ZWNJ and with Arabic ي/ك:
continuing to use the service "after the changes are published" or accepting "the updated
policy" is `policy_change` as well as consent; "we keep no logs" / "we do not store" states what
the service (does not) collect (`first_party_collection_use`); data "publicly available to
visitors", "visible to other visitors" or "available to the public" is shown to third parties
(`third_party_sharing_collection`), not access; crash reports written apart ("گزارش های خرابی")
are collection; a payment processor is a third party; updating the policy "from time to time"
("هر از چند گاهی") is a change; setting the browser to refuse cookies is a choice; a data breach
is security, not a right; what the app keeps "on your device only" is collection; a child's data
or a parent's (guardian's) consent names the audience; text sent "to the search engine" is
shared. The lines are written for this test, not
taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

CASES = [
    # Continued use after the changes: the change is stated, not only the consent.
    (
        "اگر پس از اعمال تغییرات از اپلیکیشن استفاده کنید، یعنی سیاست جدید را قبول کرده اید.",
        (PC,),
        "",
    ),
    (
        "إذا واصلت استخدام التطبيق بعد نشر التغييرات، فهذا يعني موافقتك على السياسة المحدثة.",
        (PC,),
        "",
    ),
    # No logs, nothing stored: what the service does not collect.
    ("ما لاگ های اتصال کاربران را ذخیره نمیکنیم.", (FP,), ""),
    ("ما هیچ گزارشی از صفحاتی که باز میکنید نگه نمیداریم.", (FP,), ""),
    ("لا نحتفظ بأي سجلات لعناوين IP أو للمواقع التي تزورها.", (FP,), RE),
    ("لا نقوم بتخزين محتوى رسائلك على خوادمنا.", (FP,), ""),
    # Shown to the public or to other visitors: sharing, not the user's access.
    (
        "نام و امتیازی که ثبت میکنید به صورت عمومی در دسترس بازدیدکنندگان فروشگاه خواهد بود.",
        (TP,),
        AC,
    ),
    ("تصویر پروفایل شما برای دیگر بازدیدکنندگان قابل مشاهده است.", (TP,), ""),
    ("ستكون تقييماتك مرئية لزوار المتجر.", (TP,), ""),
    ("تصبح التعليقات التي تنشرها متاحة للعامة.", (TP,), ""),
    # Crash reports written apart, and a payment processor.
    ("گزارش های خرابی بدون نام شما برای ما فرستاده میشوند.", (FP,), ""),
    ("پردازشگر پرداخت شماره کارت شما را مستقیما دریافت میکند.", (TP,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_register(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


NOT_SHARING = [
    "يمكن لأي شخص التسجيل في الدورة مجانًا.",
    "تطبق الشروط العامة على جميع المستخدمين.",
]


@pytest.mark.parametrize("text", NOT_SHARING)
def test_anyone_may_join_is_no_sharing(text: str) -> None:
    check_phrasing(text, "", TP)


MORE = [
    ("ممکن است این سیاست حفظ حریم خصوصی را هر از چند گاهی به روز کنیم.", (PC,), ""),
    ("میتوانید مرورگر خود را طوری تنظیم کنید که کوکی ها را مسدود کند.", (CH,), FP),
    ("در صورت نقض اطلاعات که حقوق شما را به خطر بیندازد، به شما خبر میدهیم.", (SE,), AC),
    ("في حالة حدوث خرق للبيانات يعرض حقوقك للخطر، سنبلغك دون تأخير.", (SE,), AC),
    ("تُحفظ قائمة المفضلة على جهازك فقط ولا تُرسل إلينا.", (FP,), ""),
    ("لا نجمع عن قصد أي بيانات من طفل دون موافقة ولي أمره.", (IN,), ""),
    ("عند البحث، يُرسل ما تكتبه إلى محرك البحث الذي اخترته.", (TP,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), MORE)
def test_translated_register_more(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


LOGS_AND_WIPES = [
    ("نحن نحترم خصوصيتك ولا نقوم بتخزين محتوى مكالماتك.", (FP,), RE),
    ("تعمل الأداة على جهازك ولا نحتفظ بسجل للمواقع التي تفتحها.", (FP,), RE),
    ("برنامه در حافظه موقت کار میکند و با راه اندازی مجدد همه داده ها پاک میشود.", (RE,), ""),
    ("شماره سفارش و تاریخ انقضای اشتراک شما را از فروشگاه دریافت میکنیم.", (FP,), RE),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), LOGS_AND_WIPES)
def test_no_logs_and_wiping(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


GDPR_STYLE = [
    ("اگر نسخه پشتیبان بخواهید، ما ایمیل شما و رمز عبور هش شده را ذخیره میکنیم.", (FP,), ""),
    ("ما داده های شما را بر اساس منافع مشروع خود برای جلوگیری از تقلب پردازش میکنیم.", (FP,), ""),
    ("ساکنان منطقه اقتصادی اروپا میتوانند با مرجع نظارتی کشور خود تماس بگیرند.", (IN,), ""),
    ("میتوانید داده های خود را در قالبی قابل خواندن توسط ماشین دریافت کنید.", (AC,), ""),
    ("با حذف برنامه، یادداشت هایی که فقط روی گوشی بودند پاک میشوند.", (RE,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GDPR_STYLE)
def test_persian_gdpr_style(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


BASED_ON = [
    ("نعرض عليك عروضًا من شركائنا بناءً على نشاطك في التطبيق.", (FP,), ""),
    ("بصماتك لا تغادر جهازك أبدًا.", (FP,), ""),
    ("پیشنهادهای ویژه بر اساس خریدهای قبلی شما نمایش داده میشود.", (FP,), ""),
    ("اثر انگشت شما هرگز از گوشی شما خارج نمیشود.", (FP,), ""),
    ("يتم احتساب رسوم الشحن بناءً على وزن الطرد.", "", FP),
    ("هزینه ارسال بر اساس وزن بسته محاسبه میشود.", "", FP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), BASED_ON)
def test_offers_based_on_the_user(text: str, wanted: tuple[str, ...] | str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


VPN = [
    ("ما حجم ترافیک مصرفی هر اتصال را اندازه گیری میکنیم.", (FP,), ""),
    ("ما فعالیت شما را به نشانی IP شما ربط نمیدهیم.", (FP,), ""),
    ("نقيس سرعة الاتصال ومدة الجلسة لتحسين الخدمة.", (FP,), ""),
    ("اشتراک ها توسط App Store پردازش میشوند و تابع سیاست حریم خصوصی Apple هستند.", (TP,), ""),
    ("فقط تعداد محدودی از کارکنان به پایگاه داده دسترسی دارند.", (SE,), ""),
    ("کاربران باید دست کم ۱۶ سال سن داشته باشند.", (IN,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), VPN)
def test_vpn_notice(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


PROCESSORS = [
    ("تعالج هذه الشركات البيانات وفقًا لتعليماتنا ولا يحق لها استخدامها لأي غرض آخر.", (TP,), FP),
    (
        "پردازشگران فقط طبق دستورات ما کار میکنند و داده ها را برای اهداف خودشان به کار نمیبرند.",
        (TP,),
        CH,
    ),
    ("وقتی دیگر به این داده ها نیازی نباشد، آنها را حذف یا ناشناس میکنیم.", (RE,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PROCESSORS)
def test_processors_and_no_longer_needed(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


PERMISSIONS = [
    ("برای اسکن بارکد، برنامه به دسترسی به دوربین نیاز دارد.", (FP,), ""),
    ("يطلب التطبيق الوصول إلى الكاميرا لمسح الرمز الشريطي للبطاقة.", (FP,), ""),
    ("در صورتی که با این شرایط موافق نیستید، از سرویس استفاده نکنید.", (CH,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PERMISSIONS)
def test_permissions_and_disagreeing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


BROWSER = [
    ("برنامه هنگام بررسی به روزرسانی یک شناسه یکتا برای سرور ارسال میکند.", (FP,), ""),
    ("يرسل البرنامج معرّفًا فريدًا مع كل تقرير استخدام.", (FP,), ""),
    ("افزونه ها ممکن است طبق سیاست حریم خصوصی سازنده خود اطلاعاتی دریافت کنند.", (TP,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), BROWSER)
def test_browser_identifiers_and_add_ons(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_persian_standard_contractual_clauses() -> None:
    check_phrasing(
        "انتقال داده ها به خارج بر پایه بندهای قراردادی استاندارد انجام میشود.", (IN,), ""
    )
