"""Arabic and Persian product notices in translated register, second round (issue 11, session
12): the families the fresh dev policies' misses showed -- "no account needed" is a choice, not
collection; a backup or plain storage is no retention period; data sent "to us" is collection;
"notified" (اطلاع داده می‌شود) is no disclosure; a version of a product or dataset is no new
edition of the notice; "when the law requires" is no jurisdiction; moving data abroad is no
portability right; a reception desk (پذیرش) is no consent. The lines are written for this test,
not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, the categories it must get, a category it must not get or "")
CASES = [
    # Arabic: no account needed; permission for location; export; inactive accounts deleted.
    ("يمكنك استخدام الخدمة دون إنشاء حساب.", (CH,), FP),
    ("لا يلزم إنشاء حساب لتصفح المنتجات.", (CH,), FP),
    ("إذا سمحت بذلك، نستخدم موقعك الجغرافي لاقتراح الفروع القريبة.", (CH, FP), ""),
    ("يمكنك تصدير سجل طلباتك بصيغة CSV.", (AC,), ""),
    ("تُحذف الحسابات غير النشطة بعد عامين من آخر تسجيل دخول.", (RE,), AC),
    # Arabic: a backup as a feature; a version of the app; transfers abroad; the law requiring.
    ("نستخدم رقم هاتفك لإنشاء نسخة احتياطية من محادثاتك.", (FP,), RE),
    ("الإصدار الجديد من التطبيق يدعم الوضع الليلي.", ("",), PC),
    ("نقل البيانات دوليًا", (IN,), AC),
    ("قد نفصح عن بياناتك للجهات المختصة عندما يقتضي القانون ذلك.", (TP,), IN),
    ("كم من الوقت نحتفظ بمعلوماتك؟", (RE,), FP),
    ("يحق لك التقدم بشكوى إلى المشرف الأوروبي لحماية البيانات.", (AC, IN), ""),
    # Arabic: "encrypted" in the masculine, hashed passwords; services that receive data.
    ("يتم الاتصال بخوادمنا عبر قناة مشفر محتواها بالكامل.", (SE,), ""),
    ("نحفظ رموز الدخول بصيغة مجزأة لا يمكن عكسها.", (SE,), ""),
    ("نعتمد على أدوات تحليل خارجية، وقد تتلقى هذه الخدمات عنوان IP الخاص بك.", (TP,), ""),
    # Arabic: safeguards for a transfer abroad are no security measure; "unless the law obliges
    # us to keep it" is an exception to the deletion right; "as the law provides" no region.
    ("قد تُنقل معلوماتك إلى بلدان أخرى مع اتخاذ الضمانات المناسبة لذلك.", (IN,), SE),
    ("يمكنك طلب حذف حسابك، ما لم يلزمنا القانون بالاحتفاظ ببعض السجلات.", (AC,), RE),
    ("نقدم البيانات إلى هيئة الرقابة المالية عند الطلب وفق القانون.", (TP,), IN),
    # Persian: no account; storage without a period; sent to us; notified; a reception desk.
    ("استفاده از برنامه بدون ساختن حساب هم ممکن است.", (CH,), FP),
    ("یادداشت‌های شما روی سرورهای ما ذخیره می‌شود تا در همه دستگاه‌ها در دسترس باشد.", (FP,), RE),
    ("گزارش خطا فقط با تأیید شما برای ما فرستاده می‌شود.", (FP,), TP),
    ("تغییرات مهم از طریق پیامک به کاربران اطلاع داده می‌شود.", (PC,), TP),
    ("ممکن است صورتحساب درمان شما را به شرکت بیمه ارسال کنیم.", (TP,), ""),
    ("برای دریافت نسخه کاغذی این اطلاعیه به پذیرش بیمارستان مراجعه کنید.", ("",), CH),
    ("اطلاعاتی که درباره بیماران نگهداری می‌کنیم", (FP,), RE),
    ("نام شما کنار دیدگاه می‌آید ولی ایمیلتان نمایش داده نمی‌شود.", ("",), TP),
    ("شرکت بیمه ما از سال ۱۳۸۰ در زمینه بیمه درمان فعالیت می‌کند.", ("",), TP),
    ("دسترسی کارکنان به پرونده‌ها محدود است و همه ورودها ثبت می‌شود.", (SE,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_notice_family(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
