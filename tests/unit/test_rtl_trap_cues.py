"""Arabic and Persian traps (session 16, branch rtl16): an app's own version number, release
date or "update the app" is no policy change, only the policy's own version or date is; KNET
("كي نت", Kuwait's payment network) shares nothing by its name, nor is a Gulf or Maghrebi
"كي نتـ..." ("so that we ...") sharing; a download (تحميل) is no protection (تحمي). Persian
data shown "to other users" or "visible to all" is shared, as Arabic "لجميع المستخدمين".
Updating one's own data (Maghrebi "تحيين معطياتك", Persian "اطلاعات خود را به‌روز کنید") is a
right to edit, not a policy change; "this page may be updated" is one. The
lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, DNT, FP, IN, PC, SE, TP, check_phrasing

# (text, the categories it must get, a category it must not get or "")
CASES = [
    # Persian: the app's version number, with or without its release date (13xx/14xx).
    ("نسخه ۲.۰ اپلیکیشن در اسفند ۱۴۰۱ منتشر شد.", (), PC),
    ("نسخه ۳ برنامه روی اندروید ۸ به بالا نصب می‌شود.", (), PC),
    ("لطفا اپلیکیشن را به آخرین نسخه به‌روزرسانی کنید.", (), PC),
    ("برنامه را بروزرسانی كنيد تا امكانات تازه فعال شود.", (), PC),
    ("نسخه جدید برنامه امکان پرداخت با کیف پول را اضافه کرده است.", (), PC),
    # ...while the policy's own version, date and changes still are.
    ("نسخه ۴ سیاست حریم خصوصی، لازم‌الاجرا از ۱ فروردین ۱۴۰۳", (PC,), ""),
    ("آخرین به‌روزرسانی این سیاست: ۱۲ آبان ۱۴۰۲", (PC,), ""),
    ("اگر این سیاست را تغییر دهیم، نسخه جدید را در برنامه منتشر میکنیم.", (PC,), ""),
    # Arabic: the app's version and its release year; the policy's own date and edition.
    ("الإصدار 2.1 من التطبيق يعمل على أجهزة أندرويد 9 فما فوق.", (), PC),
    ("يرجى تحديث التطبيق إلى أحدث إصدار للاستفادة من الميزات الجديدة.", (), PC),
    ("آخر تحديث لهذه السياسة: 3 فبراير 2025", (PC,), ""),
    # Arabic: downloading the app or loading a page is no security; protecting still is.
    ("يمكنك تحميل التطبيق مجانًا من متجر جوجل بلاي.", (), SE),
    ("قد يستغرق تحميل الصفحة بضع ثوانٍ حسب سرعة الاتصال.", (), SE),
    ("نسجل الوقت المستغرق في تحميل الملفات لتحسين الأداء.", (FP,), SE),
    ("تحمي الشركة بياناتك بالتشفير.", (SE,), ""),
    ("تُحمى الملفات المرفوعة بتشفير قوي.", (SE,), ""),
    # Arabic: paying by KNET names a way to pay; "كي نتواصل" is "so that we contact".
    ("ادفع اشتراكك عبر كي نت أو بطاقة الائتمان.", (), TP),
    ("كي نتأكد من هويتك نطلب صورة البطاقة.", (FP,), TP),
    ("تتم معالجة الدفع عبر بوابة الدفع الإلكتروني.", (TP,), ""),
    # Persian (lead): a payment company handling a payment is a third party; only X has
    # access to Y, in colloquial "داره/دارن" too, is a safeguard.
    ("هزینه عضویت را یک شرکت پرداخت معتبر دریافت و پردازش می‌کند.", (TP,), ""),
    ("فقط حسابدار ما به فاکتورهای شما دسترسی داره.", (SE,), ""),
    ("فقط تیم پشتیبانی به پیام‌های شما دسترسی دارن.", (SE,), ""),
    # Persian (lead): naming the controller (مسئول پردازش) states no use of data.
    ("مسئول پردازش داده‌ها شرکت نمونه به نشانی تهران، خیابان آزادی است.", (), FP),
    # Arabic (lead): the notice's own edition and the date it takes effect ("نافذة اعتبارًا
    # من") are a policy change; an age limit in Gulf speech ("للي أعمارهم 18 وفوق") an audience.
    ("الإصدار 2 من هذا البيان، نافذ من 5 يناير 2026.", (PC,), ""),
    ("تصبح هذه السياسة نافذة اعتبارًا من أول يوليو.", (PC,), ""),
    ("الخدمة متاحة للي أعمارهم 16 وفوق فقط.", (IN,), ""),
    ("نزيل تسجيلاتك من الإصدارات القادمة من مجموعة البيانات.", (), PC),
    # Arabic (lead): "عدم التعقب" is Do Not Track as "عدم التتبع" is.
    ("لا يدعم موقعنا خاصية عدم التعقب في المتصفح.", (DNT,), ""),
    # Persian: shown to other users, or to everyone; shown to oneself is not shared.
    ("نام و عکس پروفایل شما به سایر کاربران نشان داده میشود.", (TP,), ""),
    ("نظرهای شما با نام کاربری‌تان برای همه قابل مشاهده است.", (TP,), ""),
    ("قیمت نهایی پیش از پرداخت به شما نشان داده میشود.", (), TP),
    # Updating one's own data is editing it; updating the page or the policy is a change.
    ("يمكنكم تحيين عنوانكم ورقم هاتفكم في أي وقت.", (AC,), PC),
    ("لك الحق في طلب تصحيح معطياتك أو تحيينها أو حذفها.", (AC,), PC),
    ("تم تحيين هذه السياسة في 3 مارس 2025.", (PC,), ""),
    ("میتوانید اطلاعات حساب خود را به‌روز کنید.", (AC,), PC),
    ("این صفحه ممکن است گاهی به‌روز شود.", (PC,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES, ids=[c[0][:30] for c in CASES])
def test_rtl_trap_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
