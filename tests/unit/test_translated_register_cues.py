"""Arabic and Persian product notices in translated register (issue 11, session 11): the cue
families the fresh dev policies' misses showed (telemetry and crash reports, "ممکن است ما ...
استفاده کنیم", export "در قالب فایل", complaints to an authority, deletion "بعد .. يوما",
authorised staff). The lines are written for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, the categories it must get, a category it must not get or "")
CASES = [
    # Persian: "we may use" in the subjunctive; technical data names; a review date.
    ("ممکن است ما از نشانی ایمیل شما برای ارسال خبرنامه استفاده کنیم.", (FP,), ""),
    ("گزارش خرابی برنامه شامل نسخه سیستم‌عامل است.", (FP,), ""),
    ("داده‌های تله‌متری به بهبود عملکرد نرم‌افزار کمک می‌کند.", (FP,), ""),
    ("در حالت مهمان، نام شما ثبت نمی‌شود.", (FP,), ""),
    ("تاریخ آخرین بازبینی: ۱۰ مهر ۱۴۰۴", (PC,), ""),
    # Persian: export, a processor "on behalf of", voluntary, an inactive account, a complaint.
    ("می‌توانید اطلاعات پروفایل خود را در قالب فایل JSON دریافت کنید.", (AC,), ""),
    ("از بخش تنظیمات، از داده‌های خود خروجی بگیرید.", (AC,), ""),
    ("ما داده‌ها را فقط به نمایندگی از مشتری سازمانی خود پردازش می‌کنیم.", (TP,), ""),
    ("ثبت اطلاعات اضافی داوطلبانه است.", (CH,), ""),
    ("اگر حساب شما یک سال غیرفعال بماند، آن را می‌بندیم.", (RE,), ""),
    ("می‌توانید نزد نهاد ناظر در کشور خود شکایت ثبت کنید.", (AC,), ""),
    # Arabic: crash reports, deletion after a period, a copy of one's file, the list of
    # recipients, a public dataset, third parties as a heading, stopping in the settings.
    ("يرسل التطبيق تقرير أعطال عند توقفه المفاجئ.", (FP,), ""),
    ("تُحذف السجلات التي تحتوي على عنوان IP بعد 14 يومًا.", (RE,), ""),
    ("يمكنك طلب نسخة من ملفك لدى قسم السجلات.", (AC,), ""),
    ("يحق لك الحصول على قائمة بالجهات التي تلقت بياناتك.", (AC,), ""),
    ("تُنشر التسجيلات ضمن مجموعة بيانات عامة يمكن لأي شخص تنزيلها.", (TP,), ""),
    ("الجهات الخارجية", (TP,), ""),
    ("يمكنك إيقاف المزامنة في أي وقت من الإعدادات.", (CH,), ""),
    ("إذا طلبت حذف صورك، نزيلها من المعرض.", (AC,), ""),
    # Arabic: authorised staff is security; "privacy and security" as a settings menu is not.
    ("لا يطلع على الملفات إلا الموظفون المصرح لهم.", (SE,), ""),
    ("لا يصل إليها إلا فريق الدعم.", (SE,), ""),
    ("لإيقاف ذلك افتح الإعدادات ثم الخصوصية والأمان ثم ألغِ الخيار.", (CH,), SE),
    # Arabic: a complaint to the authority of one's country of residence is a right and names
    # a region.
    ("يمكنك تقديم شكوى لدى هيئة حماية البيانات في بلد إقامتك.", (AC, IN), ""),
    ("ولك حق الشكوى لدى الجهة الرقابية.", (AC,), ""),
    # Second round, GDPR-style translated notices: diagnostics, sub-processors, a provider's own
    # policy, permission, portability / restriction / objection, anonymised after the period,
    # "from time to time" amending the notice (not the right to correct), a reply period.
    ("يتم إرسال بيانات تشخيصية تلقائيًا عند حدوث خطأ.", (FP,), ""),
    ("نستعين بمعالجين فرعيين لتقديم الخدمة.", (TP,), ""),
    ("تخضع هذه الخدمات لسياسات الخصوصية الخاصة بمزوديها.", (TP,), ""),
    ("لا نجمع هذه البيانات إلا بعد الحصول على إذنك.", (CH,), ""),
    ("يمكنك طلب نقل بياناتك إلى مزود خدمة آخر.", (AC,), TP),
    ("نرسل إليك نسخة من بياناتك خلال 30 يومًا من تقديم الطلب.", (AC,), RE),
    ("داده‌های عیب‌یابی هنگام بروز خطا به‌طور خودکار ارسال می‌شود.", (FP,), ""),
    ("هنگام اتصال به سرورهای ما، نشانی IP شما را دریافت می‌کنیم.", (FP,), ""),
    ("برای ارائه خدمات از پردازشگرهای فرعی استفاده می‌کنیم.", (TP,), ""),
    ("حق دارید محدود شدن پردازش اطلاعات شخصی خود را درخواست کنید.", (AC,), ""),
    ("حق دارید به پردازش اطلاعات شخصی خود اعتراض کنید.", (AC,), ""),
    ("می‌توانید انتقال داده‌های خود به ارائه‌دهنده دیگری را درخواست کنید.", (AC,), ""),
    ("پس از پایان این مدت، داده‌ها حذف یا بی‌نام می‌شوند.", (RE,), ""),
    ("ممکن است ما این اطلاعیه را هر از گاهی اصلاح کنیم.", (PC,), AC),
    # Third round, the headings and stock sentences of translated notices: usage patterns, ad
    # preferences, "to exercise these rights", data no longer needed, international transfer,
    # minors, a merger's new owner, privacy controls, "how we protect".
    ("قد نقوم بتحليل أنماط الاستخدام لتطوير ميزات جديدة.", (FP,), ""),
    ("يمكنك تعديل تفضيلات الإعلانات من صفحة الحساب.", (CH,), ""),
    ("لممارسة أي من هذه الحقوق، راسلنا على العنوان أدناه.", (AC,), ""),
    ("نحذف بياناتك عندما لا تعود هناك حاجة إليها.", (RE,), ""),
    ("النقل الدولي للبيانات", (IN,), ""),
    ("خدماتنا غير موجهة للقاصرين.", (IN,), ""),
    ("در صورت فروش یا ادغام شرکت، اطلاعات شما ممکن است به مالک جدید منتقل شود.", (TP,), ""),
    ("انتخاب‌ها و کنترل‌های حریم خصوصی", (CH,), ""),
    ("برای استفاده از هر یک از این حقوق، به نشانی زیر ایمیل بزنید.", (AC,), ""),
    ("وقتی دیگر لازم نباشند، داده‌های شما را حذف می‌کنیم.", (RE,), ""),
    ("چگونه از داده‌های شما محافظت می‌کنیم", (SE,), ""),
    ("انتقال بین‌المللی داده‌ها", (IN,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_phrasing_gets_its_category(
    text: str, wanted: tuple[str, ...], unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
