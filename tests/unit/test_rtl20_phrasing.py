"""Translated-register Persian and Arabic lines about the user's choices and rights, and about
what the service keeps. In Persian, objecting to processing ("با … مخالفت کنید"),
restricting it ("پردازش … را محدود کنید") and bringing one's profile or account up to date
("پروفایل … به‌روز کنید") are the user's rights (`user_access_edit_deletion`); what the
browser or the app "sends us" ("برای ما می‌فرستد") is collected; keeping something "so that"
("نگه می‌داریم که …") is a use, not a retention period. In Arabic, stopping receiving
messages ("لإيقاف تلقي", "التوقف عن تلقي") is a choice; "on a deletion request we will
remove your data" ("سنزيل … بياناتك", "طلب الحذف") is the user's deletion; saving something
"so that / in order to" ("نحفظ … عشان", "نحتفظ … لكي") is a use, not a retention period,
unless a period is named. A processor that "may not use the data for any other purpose" or
processes it "according to our instructions" is a third party: those words do not make the
line a collection of the service's own. A feature off or on "by default" ("معطلة افتراضيًا")
that "you can turn on" ("يمكنك تفعيل") is a choice. Tracking protection, blocking trackers
("الحماية من التتبّع", "يحظر … أدوات التتبّع", "محافظت در برابر ردیابی", "ردیاب‌ها را
مسدود") is a browser's choice for the user. In Persian, blocking cookies ("بستن کوکی‌ها") is
a choice, not a collection; "if you want … deleted" ("اگر می‌خواهید … پاک شود") is deletion;
a list of the cases in which one's information was disclosed is the user's access, not a
disclosure. Viewing, downloading a copy of, closing one's account or moving one's data to
another service ("عرض معلومات حسابك", "تنزيل نسخة", "إغلاق حسابك", "نقل بياناتك إلى خدمة
أخرى", "بستن حساب کاربری") are the user's access and deletion; what an app records
automatically ("به‌طور خودکار اطلاعاتی … ثبت می‌کند") is collected. Deleting or refusing
cookies in the browser ("حذف ملفات تعريف الارتباط", "کوکی‌ها را … حذف کنید") is a choice:
neither the deletion of one's data nor a collection. Keeping "no logs" of one's activity
("هیچ گزارشی از … نگه نمی‌داریم") says what is not collected, not how long; private browsing
("مرور خصوصی", "التصفح الخاص") is a mode the user chooses. Turning a feature off ("إيقاف
تشغيل"), managing one's ad or cookie preferences ("إدارة تفضيلاتك", "ترجیحات تبلیغاتی"),
asking that one's data not be sold ("طلب عدم بيع"), declining a permission ("رد کنید") and
refraining from giving some information ("الامتناع عن تقديم", "از ارائهٔ … خودداری") are
choices. With and without ZWNJ. The lines are written for this test, not taken from the dev
policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, RE, TP, check_phrasing

CASES = [
    # Persian: objecting, restricting, updating one's profile.
    ("می‌توانید با استفاده از داده‌هایتان برای تبلیغات هدفمند مخالفت کنید.", (AC,), ""),
    ("شما حق دارید پردازش اطلاعاتتان را محدود کنید.", (AC,), ""),
    ("نام نمایشی و عکس پروفایل را هر وقت خواستید می‌توانید به‌روز کنید.", (AC,), ""),
    ("برنامه را همیشه به‌روز کنید تا وصله‌های امنیتی را دریافت کنید.", (), AC),
    # Persian: what the browser or the device sends us is collected.
    ("گوشی شما هنگام باز کردن برنامه نسخهٔ سیستم‌عامل را برای ما می‌فرستد.", (FP,), ""),
    ("مرورگر شما زبان و منطقهٔ زمانی را برای ما ارسال میکند.", (FP,), ""),
    # Persian: kept "so that" is a use, not a period.
    ("آدرس‌های قبلی‌تون رو نگه می‌داریم که دفعهٔ بعد لازم نباشه دوباره بنویسین.", (FP,), RE),
    ("فاکتورها را به مدت پنج سال نگه می‌داریم.", (RE,), ""),
    # Arabic: stopping receiving messages is a choice.
    ("للتوقف عن تلقي العروض عبر البريد، اضغط على رابط الإلغاء.", (CH,), ""),
    ("لإيقاف تلقي رسائل التذكير اتصل بمركز الخدمة.", (CH,), ""),
    # Arabic: a deletion request and removing your data.
    ("بعد تأكيد هويتك سنزيل حسابك وجميع بياناتك من أنظمتنا.", (AC,), ""),
    ("يمكن تقديم طلب الحذف من خلال نموذج الدعم الفني.", (AC,), ""),
    # Arabic: saved "so that" is a use; a period named is retention.
    ("نحفظ مقاس قدمك عشان نقترح عليك أحذية مناسبة.", (FP,), RE),
    ("نحتفظ بعناوين التوصيل لكي لا تضطر إلى إدخالها في كل طلب.", (FP,), RE),
    ("نحتفظ بسجلات الفواتير لمدة خمس سنوات.", (RE,), ""),
    # Arabic: a processor bound to our instructions is a third party, not our own collection.
    ("نتعاقد مع شركة لإرسال الرسائل، ولا يحق لها استخدام بياناتك لأي غرض آخر.", (TP,), FP),
    ("يتولى مزود الاستضافة معالجة البيانات وفق تعليماتنا فقط.", (TP,), FP),
    # Arabic: a feature's default state, and turning it on, are choices.
    ("خاصية مشاركة الموقع معطلة افتراضيًا.", (CH,), ""),
    ("يمكنك تفعيل المصادقة الثنائية لحماية حسابك.", (CH,), ""),
    # Tracking protection in a browser.
    ("تعمل ميزة الحماية من التتبّع على تقليل ما تعرفه الإعلانات عنك.", (CH,), ""),
    ("يحظر المتصفح أدوات التتبّع المعروفة في النوافذ الخاصة.", (CH,), ""),
    ("محافظت در برابر ردیابی را می‌توان برای هر سایت جداگانه تنظیم کرد.", (CH,), ""),
    ("مرورگر ردیاب‌ها را مسدود می‌کند تا تبلیغات شما را در سایت‌های دیگر دنبال نکنند.", (CH,), ""),
    # Persian: blocking cookies; wanting something deleted; the list of disclosures.
    ("با بستن کوکی‌ها، سبد خرید شما پس از خروج خالی می‌شود.", (CH,), FP),
    ("اگر می‌خواهید عکسی که قبلاً فرستاده‌اید پاک شود، به پشتیبانی پیام دهید.", (AC,), ""),
    ("می‌توانید گزارشی از مواردی که اطلاعات شما افشا شده است بخواهید.", (AC,), TP),
    # Viewing, downloading, closing the account, moving data to another service.
    ("تستطيع عرض معلوماتك الشخصية من لوحة التحكم.", (AC,), ""),
    ("يمكنك تنزيل نسخة من صورك ورسائلك بصيغة مضغوطة.", (AC,), ""),
    ("لإغلاق حسابك أرسل طلبًا من البريد المسجل.", (AC,), ""),
    ("يحق لك نقل بياناتك إلى خدمة أخرى تختارها.", (AC,), TP),
    ("برای بستن حساب کاربری، گزینهٔ آن را در پایین صفحهٔ پروفایل بزنید.", (AC,), ""),
    # Persian: recorded automatically by the app.
    ("برنامه به‌طور خودکار زمان هر جلسه و خطاهای رخ‌داده را ثبت می‌کند.", (FP,), ""),
    # Deleting or refusing cookies is a choice.
    ("يستطيع المستخدم حذف ملفات تعريف الارتباط في أي وقت.", (CH,), FP),
    ("هر زمان بخواهید می‌توانید کوکی‌ها را از مرورگرتان حذف کنید.", (CH,), AC),
    # Persian: no logs of one's activity is a statement about collection.
    ("ما هیچ لاگی از سایت‌هایی که باز می‌کنید نگه نمی‌داریم.", (FP,), RE),
    # Private browsing.
    ("در حالت مرور خصوصی، فهرست سایت‌های بازدیدشده ذخیره نمی‌شود.", (CH,), ""),
    ("عند استخدام التصفح الخاص لا يُحفظ سجل الصفحات التي تزورها.", (CH,), ""),
    # Turning off, preferences, do-not-sell, declining, refraining.
    ("بإمكانك إيقاف تشغيل المزامنة التلقائية للصور.", (CH,), ""),
    ("يمكنك إدارة تفضيلاتك من صفحة الخصوصية.", (CH,), ""),
    ("لسكان كاليفورنيا طلب عدم بيع معلوماتهم عبر النموذج المخصص.", (CH,), ""),
    ("يحق لك الامتناع عن تقديم تاريخ ميلادك.", (CH,), ""),
    ("ترجیحات کوکی را می‌توانید از پایین صفحه تغییر دهید.", (CH,), ""),
    ("اگر نمی‌خواهید، درخواست دسترسی به مخاطبان را رد کنید.", (CH,), ""),
    ("می‌توانید از ارائهٔ تاریخ تولد خودداری کنید.", (CH,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_rtl20_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
