"""A small hand-written labelled set for the learning tests (our own sentences, no research data).

Each entry: (category, language, text). Written to paraphrase one another so a held-out part
tests generalisation, not memory.
"""

from __future__ import annotations

CORPUS: list[tuple[str, str, str]] = [
    # first_party_collection_use
    (
        "first_party_collection_use",
        "en",
        "We collect your name, email address and phone number when you register.",
    ),
    (
        "first_party_collection_use",
        "en",
        "When you create an account we ask for your date of birth and postal address.",
    ),
    (
        "first_party_collection_use",
        "en",
        "Our servers automatically record your IP address, browser type and the pages you visit.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We use the information you give us to provide and improve the service.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We gather details about the device you use, such as its model and operating system.",
    ),
    (
        "first_party_collection_use",
        "en",
        "Your payment details are used to process your orders and send receipts.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We may use your location to show nearby stores and offers.",
    ),
    (
        "first_party_collection_use",
        "en",
        "Information we obtain about you includes your search history within the app.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We process the messages you send to customer support to answer your questions.",
    ),
    (
        "first_party_collection_use",
        "en",
        "The app collects usage data such as the features you open and how long you stay.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We record the contact details you provide when you sign up for our newsletter.",
    ),
    (
        "first_party_collection_use",
        "en",
        "We use your purchase history to personalise the products we recommend to you.",
    ),
    (
        "first_party_collection_use",
        "fa",
        "ما نام، نشانی ایمیل و شماره تلفن شما را هنگام ثبت‌نام جمع‌آوری می‌کنیم.",
    ),
    (
        "first_party_collection_use",
        "fa",
        "اطلاعاتی که وارد میکنید برای ارائه و بهبود خدمات استفاده می‌شود.",
    ),
    ("first_party_collection_use", "fa", "نشانی IP و نوع مرورگر شما به‌طور خودکار ثبت می‌شود."),
    (
        "first_party_collection_use",
        "fa",
        "ما موقعیت مکانی شما را برای نمایش فروشگاه‌های نزدیک جمع‌آوری می‌کنیم.",
    ),
    ("first_party_collection_use", "fa", "سابقه خرید شما برای پیشنهاد محصولات استفاده می‌شود."),
    # third_party_sharing_collection
    (
        "third_party_sharing_collection",
        "en",
        "We share your information with advertising partners who show you targeted ads.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Service providers who host our website may access your personal data.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "We may disclose your data to law enforcement when required by a court order.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Third-party analytics companies such as Google Analytics collect data about your visits.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "We sell aggregated information to marketing companies.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "If our company is acquired, your data may be transferred to the new owner.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Payment processors receive your card number to complete the transaction.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Social networks may collect information when you click a share button on our pages.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "We give your address to delivery companies so they can bring your order.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Ad networks place their own tracking technologies on our site.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "Our partners and affiliates may receive your contact information for their own marketing.",
    ),
    (
        "third_party_sharing_collection",
        "en",
        "We disclose personal information to government authorities where the law requires it.",
    ),
    (
        "third_party_sharing_collection",
        "fa",
        "ما اطلاعات شما را با شرکای تبلیغاتی به اشتراک می‌گذاریم.",
    ),
    (
        "third_party_sharing_collection",
        "fa",
        "ممکن است اطلاعات شما به درخواست مراجع قضایی در اختیار آنها قرار گیرد.",
    ),
    (
        "third_party_sharing_collection",
        "fa",
        "شرکت‌های ارائه‌دهنده خدمات پرداخت به شماره کارت شما دسترسی دارند.",
    ),
    (
        "third_party_sharing_collection",
        "fa",
        "اطلاعات شما به شرکت‌های پست برای تحویل سفارش داده می‌شود.",
    ),
    (
        "third_party_sharing_collection",
        "fa",
        "شرکای ما ممکن است اطلاعات تماس شما را برای بازاریابی دریافت کنند.",
    ),
    # user_choice_control
    (
        "user_choice_control",
        "en",
        "You can opt out of marketing emails by clicking the unsubscribe link.",
    ),
    (
        "user_choice_control",
        "en",
        "You may refuse cookies by changing the settings of your browser.",
    ),
    (
        "user_choice_control",
        "en",
        "We will ask for your consent before sending you promotional messages.",
    ),
    (
        "user_choice_control",
        "en",
        "You can turn off location sharing at any time in the app settings.",
    ),
    (
        "user_choice_control",
        "en",
        "If you do not want personalised ads, you can change your ad preferences.",
    ),
    (
        "user_choice_control",
        "en",
        "You may withdraw your consent at any time without affecting earlier processing.",
    ),
    (
        "user_choice_control",
        "en",
        "Choose which notifications you receive in your account preferences.",
    ),
    ("user_choice_control", "en", "You can decline optional cookies in the cookie banner."),
    ("user_choice_control", "en", "To stop receiving text messages, reply STOP."),
    ("user_choice_control", "en", "You decide whether to share your contacts with the app."),
    (
        "user_choice_control",
        "en",
        "Opting out of interest-based advertising is possible through the industry choice page.",
    ),
    (
        "user_choice_control",
        "fa",
        "شما می‌توانید با کلیک روی پیوند لغو اشتراک، ایمیل‌های تبلیغاتی را قطع کنید.",
    ),
    ("user_choice_control", "fa", "می‌توانید کوکی‌ها را در تنظیمات مرورگر خود غیرفعال کنید."),
    ("user_choice_control", "fa", "پیش از ارسال پیام‌های تبلیغاتی رضایت شما را می‌گیریم."),
    ("user_choice_control", "fa", "شما هر زمان می‌توانید رضایت خود را پس بگیرید."),
    ("user_choice_control", "fa", "اشتراک‌گذاری موقعیت مکانی را میتوانید در تنظیمات خاموش کنید."),
    # user_access_edit_deletion
    (
        "user_access_edit_deletion",
        "en",
        "You can view and update your profile information at any time.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "You have the right to request a copy of the personal data we hold about you.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "To delete your account, go to settings and choose Delete account.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "You may ask us to correct inaccurate information about you.",
    ),
    ("user_access_edit_deletion", "en", "You can download your data in a portable format."),
    (
        "user_access_edit_deletion",
        "en",
        "Send us a request and we will erase your personal information.",
    ),
    ("user_access_edit_deletion", "en", "You are entitled to access, rectify or remove your data."),
    (
        "user_access_edit_deletion",
        "en",
        "Edit your email address and password from the account page.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "Request deletion of your records by writing to our support team.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "You can review the information you shared with us and change it.",
    ),
    (
        "user_access_edit_deletion",
        "en",
        "Users may export their photos and posts before closing the account.",
    ),
    ("user_access_edit_deletion", "fa", "شما می‌توانید اطلاعات حساب خود را مشاهده و ویرایش کنید."),
    ("user_access_edit_deletion", "fa", "برای حذف حساب کاربری به بخش تنظیمات بروید."),
    (
        "user_access_edit_deletion",
        "fa",
        "شما حق دارید یک نسخه از داده‌های شخصی خود را درخواست کنید.",
    ),
    ("user_access_edit_deletion", "fa", "می‌توانید از ما بخواهید اطلاعات نادرست شما را اصلاح کنیم."),
    ("user_access_edit_deletion", "fa", "با ارسال درخواست، اطلاعات شخصی شما را پاک می‌کنیم."),
    # data_retention
    ("data_retention", "en", "We keep your data for as long as your account is active."),
    ("data_retention", "en", "Log files are stored for ninety days and then deleted."),
    (
        "data_retention",
        "en",
        "We retain transaction records for seven years to meet tax obligations.",
    ),
    (
        "data_retention",
        "en",
        "Personal information is kept only as long as necessary for the purposes described.",
    ),
    (
        "data_retention",
        "en",
        "After you close your account, we hold your information for thirty days.",
    ),
    ("data_retention", "en", "Backups containing your data are overwritten after six months."),
    ("data_retention", "en", "Chat transcripts are stored for one year."),
    ("data_retention", "en", "We delete inactive accounts after two years of no use."),
    ("data_retention", "en", "The retention period depends on the type of information."),
    ("data_retention", "en", "Records are preserved for the period required by law."),
    ("data_retention", "fa", "ما اطلاعات شما را تا زمانی که حساب شما فعال است نگهداری می‌کنیم."),
    ("data_retention", "fa", "فایل‌های گزارش به مدت نود روز نگهداری و سپس حذف می‌شوند."),
    ("data_retention", "fa", "سوابق تراکنش‌ها به مدت هفت سال نگه داشته می‌شود."),
    ("data_retention", "fa", "پس از بستن حساب، اطلاعات شما سی روز نگهداری میشود."),
    ("data_retention", "fa", "مدت نگهداری به نوع اطلاعات بستگی دارد."),
    # data_security
    ("data_security", "en", "We use encryption to protect your data in transit and at rest."),
    ("data_security", "en", "Access to personal information is limited to employees who need it."),
    ("data_security", "en", "Our systems are protected by firewalls and regular security audits."),
    (
        "data_security",
        "en",
        "We take reasonable technical and organisational measures to safeguard your information.",
    ),
    ("data_security", "en", "Passwords are stored as salted hashes."),
    ("data_security", "en", "All connections to our website use TLS."),
    ("data_security", "en", "No method of transmission over the internet is completely secure."),
    ("data_security", "en", "We notify you promptly if a data breach affects your account."),
    ("data_security", "en", "Two-factor authentication helps keep your account safe."),
    ("data_security", "en", "Our data centres have physical security and restricted access."),
    ("data_security", "fa", "ما برای حفاظت از اطلاعات شما از رمزنگاری استفاده می‌کنیم."),
    ("data_security", "fa", "دسترسی به اطلاعات شخصی فقط برای کارکنان مجاز ممکن است."),
    ("data_security", "fa", "سامانه‌های ما با دیوار آتش و ممیزی امنیتی منظم محافظت می‌شوند."),
    ("data_security", "fa", "گذرواژه‌ها به صورت رمزنگاری‌شده ذخیره می‌شوند."),
    ("data_security", "fa", "هیچ روش انتقال اطلاعات در اینترنت کاملاً امن نیست."),
    # policy_change
    ("policy_change", "en", "We may update this privacy policy from time to time."),
    ("policy_change", "en", "If we make material changes, we will notify you by email."),
    ("policy_change", "en", "The date at the top shows when this policy was last revised."),
    (
        "policy_change",
        "en",
        "Continued use of the service after changes means you accept the new policy.",
    ),
    ("policy_change", "en", "We will post any modifications to this notice on this page."),
    ("policy_change", "en", "Please review this statement periodically for amendments."),
    ("policy_change", "en", "Changes take effect thirty days after we announce them."),
    ("policy_change", "en", "We reserve the right to change these terms at any time."),
    (
        "policy_change",
        "en",
        "Previous versions of this policy are archived and available on request.",
    ),
    ("policy_change", "en", "You will see a notice in the app when the policy is amended."),
    ("policy_change", "fa", "ما ممکن است این سیاست حفظ حریم خصوصی را گاه‌به‌گاه به‌روزرسانی کنیم."),
    ("policy_change", "fa", "در صورت تغییرات مهم، از طریق ایمیل به شما اطلاع می‌دهیم."),
    ("policy_change", "fa", "تاریخ آخرین بازنگری این سیاست در بالای صفحه آمده است."),
    ("policy_change", "fa", "ادامه استفاده از خدمات پس از تغییرات به معنای پذیرش سیاست جدید است."),
    ("policy_change", "fa", "هرگونه اصلاحیه در همین صفحه منتشر میشود."),
    # do_not_track
    ("do_not_track", "en", "Our website does not respond to Do Not Track signals."),
    ("do_not_track", "en", "We honour the Do Not Track setting of your browser."),
    ("do_not_track", "en", "Some browsers send a DNT signal; we currently ignore it."),
    ("do_not_track", "en", "There is no common standard for Do-Not-Track, so we do not act on it."),
    (
        "do_not_track",
        "en",
        "When your browser sends Do Not Track, we turn off third-party tracking.",
    ),
    ("do_not_track", "en", "We do not change our practices in response to do not track requests."),
    ("do_not_track", "en", "Do Not Track is a preference you can set in your web browser."),
    ("do_not_track", "en", "Our apps do not recognise browser do-not-track signals."),
    ("do_not_track", "fa", "وب‌سایت ما به سیگنال‌های «ردیابی نکن» پاسخ نمی‌دهد."),
    ("do_not_track", "fa", "ما تنظیم ردیابی نکن مرورگر شما را رعایت می‌کنیم."),
    (
        "do_not_track",
        "fa",
        "برخی مرورگرها سیگنال ردیابی نکن ارسال می‌کنند که ما آن را نادیده می‌گیریم.",
    ),
    # international_specific_audiences
    ("international_specific_audiences", "en", "Our service is not directed to children under 13."),
    (
        "international_specific_audiences",
        "en",
        "If you live in the European Union, the GDPR gives you additional rights.",
    ),
    ("international_specific_audiences", "en", "California residents have rights under the CCPA."),
    (
        "international_specific_audiences",
        "en",
        "Your data may be transferred to and stored in the United States.",
    ),
    (
        "international_specific_audiences",
        "en",
        "We do not knowingly collect information from minors.",
    ),
    (
        "international_specific_audiences",
        "en",
        "Parents can ask us to delete information their child provided.",
    ),
    (
        "international_specific_audiences",
        "en",
        "Transfers outside the EEA are protected by standard contractual clauses.",
    ),
    (
        "international_specific_audiences",
        "en",
        "Residents of Nevada may opt out of the sale of their data under state law.",
    ),
    ("international_specific_audiences", "en", "Users in Canada are covered by PIPEDA."),
    (
        "international_specific_audiences",
        "en",
        "Children under sixteen need the permission of a parent to use the app.",
    ),
    (
        "international_specific_audiences",
        "fa",
        "خدمات ما برای کودکان زیر ۱۳ سال در نظر گرفته نشده است.",
    ),
    (
        "international_specific_audiences",
        "fa",
        "اطلاعات شما ممکن است به سرورهایی در خارج از ایران منتقل شود.",
    ),
    (
        "international_specific_audiences",
        "fa",
        "این سیاست مطابق قانون جرایم رایانه‌ای جمهوری اسلامی ایران است.",
    ),
    (
        "international_specific_audiences",
        "fa",
        "والدین می‌توانند درخواست حذف اطلاعات فرزند خود را بدهند.",
    ),
    (
        "international_specific_audiences",
        "fa",
        "کاربران ساکن اتحادیه اروپا طبق مقررات GDPR حقوق بیشتری دارند.",
    ),
    # other
    ("other", "en", "Welcome to our website."),
    ("other", "en", "If you have questions, contact us at privacy@example.com."),
    ("other", "en", "This policy explains how we handle information."),
    ("other", "en", "Our mailing address is 10 Main Street, Springfield."),
    ("other", "en", "Thank you for choosing our products."),
    ("other", "en", "Definitions used in this document are listed below."),
    ("other", "en", "Call our help desk on weekdays between nine and five."),
    ("other", "en", "This document is part of our terms of service."),
    ("other", "en", "Last updated: January 2024."),
    ("other", "en", "Read on to learn more about our practices."),
    ("other", "fa", "به وب‌سایت ما خوش آمدید."),
    ("other", "fa", "در صورت داشتن پرسش با ما تماس بگیرید."),
    ("other", "fa", "نشانی ما تهران، خیابان آزادی است."),
    ("other", "fa", "از انتخاب محصولات ما سپاسگزاریم."),
]

CATEGORIES = sorted({category for category, _, _ in CORPUS})


def split(every: int = 3) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Deterministic split: every `every`-th entry of each category is held out."""
    train: list[tuple[str, str, str]] = []
    held_out: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    for entry in CORPUS:
        index = seen.get(entry[0], 0)
        seen[entry[0]] = index + 1
        (held_out if index % every == every - 1 else train).append(entry)
    return train, held_out
