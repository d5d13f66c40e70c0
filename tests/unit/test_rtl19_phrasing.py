"""Translated-register Arabic and Persian lines: an encryption verb in the passive or first
person ("تُشفَّر", "نشفّر") is `data_security`; indefinite service providers ("مقدّمو خدمات")
and "we rely on" providers ("نستعين بمزوّدي …") are third-party sharing; changing something
"from the settings" or the privacy/app settings is `user_choice_control`; in Persian, moving
one's data "to another provider" is portability (`user_access_edit_deletion`), not sharing,
and "important changes" are announced policy changes. Independent developers ("مطورون
مستقلون", "توسعه‌دهندگان مستقل") and "our partners" (شركاؤنا) are third parties, encoding
("ترميز") is encryption, and switching a thing off in the settings ("غیرفعال کنید") is a choice,
unless it is the account that is deactivated. Data sent to the merchants ("المتاجر",
"فروشگاه‌ها") is sharing; deleted "as soon as the session ends" ("فور انتهاء الجلسة",
"بلافاصله پس از … حذف") is retention. An Arabic line placing data "in" Germany, the
Netherlands, Ireland, the United States… names where it is stored; a local firm's own Arab
country, or the company's seat ("ومقرها في …"), is left alone. With and without diacritics or
ZWNJ. The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, IN, PC, RE, SE, TP, check_phrasing

CASES = [
    # Encryption as a verb.
    ("تُشفَّر الصور المرفوعة قبل حفظها على خوادمنا.", (SE,), ""),
    ("نشفّر كلمات المرور ولا نحفظها بنص صريح.", (SE,), ""),
    ("يشفر التطبيق الرسائل بين جهازك وخوادمنا.", (SE,), ""),
    # Providers named without the article, or relied on.
    ("يعمل مقدمو خدمات الدفع على معالجة بطاقتك نيابةً عنا.", (TP,), ""),
    ("نستعين بمزوّدي خدمات سحابية لتخزين النسخ الاحتياطية.", (TP,), ""),
    # Settings the user changes.
    ("يمكنك تعديل لغة الإشعارات أو إخفاء صورتك من الإعدادات.", (CH,), ""),
    ("راجع إعدادات الخصوصية لتحديد من يرى ملفك.", (CH,), ""),
    # Persian: portability to another provider, important changes.
    ("می‌توانید بخواهید داده‌هایتان به ارائه‌دهنده‌ای دیگر منتقل شود.", (AC,), TP),
    ("در صورت تغییرات مهم، یک هفته پیش از اجرا با پیامک خبر می‌دهیم.", (PC,), ""),
    ("اگر تغییر اساسی در این متن بدهیم، در صفحه اول برنامه اعلام میکنیم.", (PC,), ""),
    # Independent developers and the service's own partners are third parties.
    ("قوالب المتجر يصممها مطورون مستقلون ولهم سياساتهم الخاصة.", (TP,), ""),
    ("يطّلع شركاؤنا في الشحن على عنوانك ورقم هاتفك.", (TP,), ""),
    ("تم‌ها را توسعه‌دهندگان مستقل می‌سازند و شرایط خودشان را دارند.", (TP,), ""),
    # Encoding as encryption; switching something off "in the settings" (not the account).
    ("نقوم بترميز الملفات قبل رفعها إلى التخزين السحابي.", (SE,), ""),
    ("اگر نمی‌خواهید موقعیت شما ثبت شود، آن را در تنظیمات غیرفعال کنید.", (CH,), ""),
    ("برای توقف موقت، حساب خود را غیرفعال کنید.", (), CH),
    # Data sent to the merchants (plural) whose cards or offers the app holds.
    ("لا نشارك سجل مشترياتك مع المتاجر إلا بطلبك.", (TP,), ""),
    ("فهرست خریدهای شما برای فروشگاه‌ها ارسال نمی‌شود.", (TP,), ""),
    # Deleted as soon as a session or period ends is retention, not the user's deletion.
    ("تُحذف ملفات المعاينة فور انتهاء الجلسة.", (RE,), AC),
    ("فایل‌های موقت بلافاصله پس از بستن برنامه حذف می‌شوند.", (RE,), ""),
    # Arabic: data hosted "in" a named data-centre country; a local firm's own country is not.
    ("تُخزَّن النسخ الاحتياطية لدى مزود سحابي في إيرلندا.", (IN,), ""),
    ("يستضيف موقعنا مزودٌ في هولندا.", (IN,), ""),
    ("تأسست شركتنا في الأردن عام ٢٠١٠.", (), IN),
    ("شركة ميزان للبرمجيات، ومقرها في هولندا، هي المسؤولة عن معالجة بياناتك.", (), IN),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_rtl19_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
