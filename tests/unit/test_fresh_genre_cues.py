"""Arabic and Persian cue families from fresh dev policies in genres the set lacked (issue 11,
session 13: a browser extension, a circumvention VPN, a desktop app's telemetry, Moroccan
Darija, Afghan Dari). Sent "to our servers" is the service collecting, not sharing; a passive
"is sent" with no recipient but "automatically" or "after your approval" shares nothing; data
kept "so that you can" is use, not a retention period; an app's own version and updates are no
policy change; then the corpus dev split's misses (colloquial Levantine, Gulf and Tunisian
verbs, named laws, data-protection titles). The lines are written for this test, not taken
from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, the categories it must get, a category it must not get or "")
CASES = [
    # Persian: sent to us or with no recipient; still sharing with one.
    ("گزارش عیب‌یابی فقط پس از تأیید شما ارسال می‌شود.", (), TP),
    ("آمار استفاده هر هفته به‌طور خودکار ارسال می‌شود.", (FP,), TP),
    ("متن صوتی برای تبدیل به نوشته به سرورهای ما فرستاده می‌شود.", (FP,), TP),
    ("نشانی شما برای شرکت پست ارسال می‌شود.", (TP,), ""),
    ("شناسه دستگاه به حساب کاربری شما پیوند داده نمی‌شود.", (), TP),
    # Persian: kept for a purpose, on our servers; a period still is retention.
    (
        "عکس‌های شما در سرورهای ما نگهداری می‌شود تا از هر دستگاهی به آن‌ها دسترسی داشته باشید.",
        (FP,),
        RE,
    ),
    ("فهرست خرید را نگه می‌داریم تا بتوانید سفارش قبلی را تکرار کنید.", (FP,), RE),
    ("فاکتورها تا پنج سال نگهداری می‌شود.", (RE,), ""),
    # Persian: objection and a complaint to the authority; cloud hosting; the app's updates.
    ("شما حق اعتراض به پردازش داده‌های خود را دارید.", (AC,), ""),
    ("فایل‌های پیوست نزد یک ارائه‌دهنده ابری میزبانی می‌شوند.", (TP,), ""),
    ("برنامه برای یافتن نسخه جدید، نسخه نصب‌شده را به سرور ما می‌فرستد.", (FP,), PC),
    # Dari: effective date, protecting information, a confidentiality pledge, storage abroad.
    ("تاریخ نافذ شدن این پالیسی: ۱۵ جدی ۱۴۰۴", (PC,), ""),
    ("حفاظت معلومات شخصی", (SE,), ""),
    ("همه کارمندان تعهدنامه محرمیت را امضا می‌کنند.", (SE,), ""),
    ("اطلاعات کاربران در سرورهایی خارج از افغانستان نگهداری می‌شود.", (IN,), RE),
    # Arabic: sent to our servers; an external provider; usage statistics.
    ("يرسل التطبيق إلى خوادمنا رقم الإصدار ولغة الجهاز عند التحقق من التحديثات.", (FP,), PC),
    ("ترسل الأداة إلى خادمنا تقريرًا موجزًا عن الأخطاء.", (FP,), TP),
    ("تُخزن النسخ الاحتياطية لدى مزود خارجي للتخزين السحابي.", (TP,), ""),
    ("نستعين بمزودين خارجيين لإرسال الرسائل النصية.", (TP,), ""),
    ("إحصاءات الاستخدام", (FP,), ""),
    # Moroccan: "updated" (محيّنة, تحيين), erased (كتمسح), a complaint (شكاية).
    ("محيّنة بتاريخ 12 أبريل 2025", (PC,), ""),
    ("تم تحيين هذه الوثيقة في 3 يونيو 2025", (PC,), ""),
    ("الرسائل كتمسح من السيرفور بعد 15 يوم.", (RE,), ""),
    ("يمكنكم تقديم شكاية إلى الهيئة المختصة.", (AC,), ""),
    # From the corpus dev split's misses: "data protection notice" titles and authorities are no
    # security; colloquial change, processors "on behalf of", sharing "در میان", Dari residents.
    ("اطلاعیه حفاظت از داده‌های فروشگاه آنلاین", (), SE),
    ("می‌توانید به مرجع نظارتی حفاظت از داده‌ها شکایت کنید.", (AC,), SE),
    ("ممکنه این قوانین یه روزی عوض بشه.", (PC,), ""),
    ("نسخه‌های قبلی این سیاست را در آرشیو سایت ببینید.", (PC,), ""),
    ("برای پرداخت از سرویس زرین‌پال استفاده می‌کنیم.", (TP,), ""),
    ("این شرکت داده‌ها را از طرف ما پردازش می‌کند.", (TP,), ""),
    ("نتایج را می‌توانید با تیم خود در میان بگذارید.", (TP,), ""),
    ("این برنامه فقط برای باشندگان کابل است.", (IN,), ""),
    ("فقط کارکنان مجاز به پرونده‌ها دسترسی دارند.", (SE,), ""),
    ("کد تأیید برایتان فرستاده می‌شود.", (), TP),
    # Stored only on one's own device is the service's practice, not a retention period; sent to
    # an update or support server is collection; "no longer receive" is opting out.
    ("فهرست وظایف شما فقط روی دستگاه شما نگهداری می‌شود.", (FP,), RE),
    ("عکس‌ها فقط روی گوشی خودتان ذخیره می‌شوند و به سرور ما نمی‌آیند.", (FP,), ""),
    ("برنامه هر هفته گزارش کوتاهی از خطاها به سرور پشتیبانی ارسال می‌کند.", (FP,), TP),
    ("اگر مایل نیستید، از کانال خارج شوید تا دیگر اطلاعیه‌ای دریافت نکنید.", (CH,), ""),
    # Arabic: wishes (أمنيات) are no security; protected, fraud detection; "under Law ..." names a
    # law, "according to the law" does not; Levantine/Gulf/Tunisian erase, keep, see, edit.
    ("نتمنى لكم أطيب الأمنيات بعام سعيد.", (), SE),
    ("تُحمى بيانات الدخول بكلمة مرور وبرمز يصل إلى هاتفك.", (SE,), ""),
    ("نراقب العمليات آليًا لاكتشاف الاحتيال.", (SE,), ""),
    ("نسلم البيانات للمحكمة وفقًا لقانون الإجراءات الجزائية.", (IN,), ""),
    ("نلتزم بما تفرضه علينا الجهات وفقًا للقانون.", (), IN),
    ("الأطفال الأقل من 13 عام ما يسجلوش وحدهم.", (IN,), ""),
    ("فيك تطلب نمحي حسابك من التطبيق.", (AC,), ""),
    ("إذا بدك نعدل عنوانك ابعتلنا رسالة.", (AC,), ""),
    ("يمكنك طلب إزالة بياناتك من قاعدة البيانات.", (AC,), ""),
    ("الصور بتضل محفوظة ست شهور وبعدين منمحيها.", (RE,), ""),
    ("الفواتير نفسخوها بعد خمس سنين.", (RE,), ""),
    ("السائق يشوف اسمك ورقم الطلب بس.", (TP,), ""),
    ("نعمل بصفتنا معالجًا للبيانات لصالح الجهة التي أنشأت النموذج.", (TP,), ""),
    ("قد نحيل بيانات البلاغ إلى الشرطة عند الضرورة.", (TP,), ""),
    ("نحتاج رقمك عشان المندوب يتواصل معك.", (FP,), ""),
    ("نحفظ سجل مشاهداتك لنقترح عليك أفلامًا مشابهة.", (FP,), ""),
    ("يستطيع المستخدم إيقاف الإشعارات من صفحة الإعدادات.", (CH,), ""),
    ("إذا تغيرت هذه الصفحة، نضع تنبيهًا في أعلى الموقع.", (PC,), ""),
    # Probe lines in a circumvention tool's translated register: performance reports and a random
    # install id; one external party; the country the servers are in; a copy of what "we keep"
    # is a right, not retention; "not kept" is retention; "temporarily used" is not; traffic
    # "that is transferred" or "sent along with an id" is nobody's sharing.
    ("عند تشغيل التطبيق لأول مرة، يُنشأ معرّف عشوائي للتثبيت يُرسل مع تقارير الأداء.", (FP,), ""),
    ("نستخدم خدمة تحليلات من جهة خارجية لفهم كيفية استخدام الموقع.", (TP,), ""),
    ("قد نكون ملزمين بالاستجابة لطلبات صادرة في البلد الذي تقع فيه خوادمنا.", (IN,), ""),
    ("لديك الحق في طلب نسخة من أي بيانات شخصية نحتفظ بها عنك.", (AC,), RE),
    ("گزارش‌های عملکرد همراه با یک شناسه تصادفی نصب ارسال می‌شود.", (FP,), TP),
    ("نشانی IP شما به‌طور موقت برای هدایت اتصال به نزدیک‌ترین سرور استفاده می‌شود.", (FP,), RE),
    ("نشانی‌های IP پس از پایان هر نشست نگهداری نمی‌شوند.", (RE,), ""),
    ("برای اندازه‌گیری سرعت، حجم داده‌ای که منتقل می‌شود را ثبت می‌کنیم.", (FP,), TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES, ids=[c[0][:30] for c in CASES])
def test_fresh_genre_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
