"""A line that defines a term is found by its form, and states no practice."""

from __future__ import annotations

import pytest

from policylens.core.definitions import is_definition_or_overview


@pytest.mark.parametrize(
    "line",
    [
        '"Processor" means a company that handles data for another.',
        "“Pupil” means a child enrolled in a member school.",
        "Account Holder means the person who opened the account.",
        '(b) "Platform" refers to our websites and apps.',
        '3. "Customer" or "you" means the business that signs the order form.',
        '"Health data" has the meaning given in the Act.',
        # Arabic glossaries: term, colon, "is meant" / "every…" / a noun and its relative
        "العميل: يُقصد به كل شخص يفتح حسابًا لدى الشركة.",
        "٢-٣ الجهة المستضيفة: أيّ شركة تحفظ الخوادم لصالحنا.",
        "الوكيل: الشخص الذي يتصرف باسم العميل أمام الشركة.",
        "يُقصد بالتطبيق النسخة المخصصة للهواتف الذكية.",
        "يُقْصَدُ بِالعَمِيلِ كُلُّ شَخْصٍ يَفْتَحُ حِسَابًا.",
        "«الشريك» يعني المتجر الذي يعرض منتجاته عبر المنصة.",
        # Persian: «term»: …, "عبارت است از", "هر …", "منظور از «…»"
        "۲-۱. «فروشنده»: فردی که کالای خود را در بازارچه عرضه می‌کند.",
        "خریدار: هر شخصی كه از فروشگاه کالا سفارش می دهد.",
        "«داده‌های مکانی» عبارت است از مختصات جغرافیایی دستگاه.",
        "منظور از «پنل» بخش مدیریت حساب فروشندگان است.",
        "ذی‌نفع: شخصی که خسارت بیمه به حساب او واریز می‌شود.",
        # Russian and Kazakh glossaries (152-ФЗ style): term, dash, a defining noun phrase
        "1.1. Персональные данные — любая информация, относящаяся к физическому лицу.",
        "1.2. Обработка персональных данных — любое действие с персональными данными.",
        "1.3. Оператор — ООО «Ромашка», ИНН 0000000000, г. Казань.",
        "Трансграничная передача персональных данных — передача данных за рубеж.",
        "Cookies — небольшие файлы, которые сайт сохраняет на устройстве.",
        "Под обработкой персональных данных понимается их сбор, хранение и удаление.",
        "1.1. Дербес деректер — белгілі бір жеке тұлғаға қатысты кез келген мәліметтер.",
        "Дербес деректерді өңдеу дегеніміз — оларды жинау, сақтау және жою.",
        # German, French and Swedish glossaries
        "„Personenbezogene Daten“ sind alle Informationen über eine natürliche Person.",
        "„Empfänger“ bezeichnet eine Stelle, der Daten offengelegt werden.",
        "Verarbeitung ist jeder Vorgang im Zusammenhang mit personenbezogenen Daten.",
        "« Données personnelles » : toute information se rapportant à une personne.",
        "« Traitement » désigne toute opération appliquée à des données.",
        "Med personuppgifter avses all information som kan hänföras till en person.",
        "Behandling: en åtgärd som vidtas med personuppgifter.",
        '"Tjänsten" avser appen, webbplatsen och alla tillhörande tjänster.',
        "”Personuppgifter” avser all information som kan knytas till en fysisk person.",
        # Swedish overviews: what the notice itself explains is introductory text
        "Denna integritetspolicy förklarar hur vi samlar in och använder dina personuppgifter.",
        'Detta meddelande ("Meddelandet") beskriver vilka uppgifter appen skickar till oss.',
        "Här beskriver vi vilka uppgifter vi behandlar när du använder tjänsten.",
        # Arabic and Persian overviews: what the notice itself explains is introductory text
        "يشرح هذا الدليل كيف نجمع معلوماتك ونستخدمها ونشاركها.",
        "تبين هذه الوثيقة كيفية معالجة بيانات العملاء عند استخدام البوابة.",
        "نحن نحترم خصوصيتك، ونوضح أدناه البيانات التي نطلبها منك وسبب طلبها.",
        "این سیاست توضیح می‌دهد که چه داده‌هایی جمع‌آوری و با چه کسانی به اشتراک گذاشته می‌شود.",
        "در این بیانیه شرح می‌دهیم اطلاعات شما چگونه پردازش میشود.",
        "تضبط هذه السياسة كيفية تعامل الجمعية مع بيانات المنخرطين.",
        # a defining noun followed by its adjective before "که" ("a third person who…")
        "ذی‌نفع اصلی: شخص حقیقی که مبلغ بیمه به او پرداخت می‌شود.",
    ],
)
def test_definitions(line: str) -> None:
    assert is_definition_or_overview(line)


@pytest.mark.parametrize(
    "line",
    [
        "This means that we share your address with the courier.",
        "We mean what we say: your data is never sold.",
        "Consent means you can change your mind at any time.",
        "Personal data is shared with our payment provider.",
        # a list line or a section number before a colon is no glossary term
        "بيانات الدفع: رقم البطاقة وتاريخ انتهائها.",
        "ثالثاً: المعلومات التي نشاركها مع الغير",
        "ملاحظة: البيانات التي تحذفها لا يمكن استعادتها.",
        "اطلاعات حساب: نام، ایمیل و شماره موبایل.",
        "منظور از جمع‌آوری این اطلاعات، ارسال سفارش است.",
        "اطلاعات تماس: شماره‌ای که با آن ثبت‌نام کرده‌اید.",
        # ... nor a data label whose relative clause is "you" or "we" acting, or "as for …"
        "بيانات الجهاز: المعلومات التي نستقبلها من هاتفك مثل طرازه.",
        "سجل التصفح: الصفحات التي تفتحها داخل التطبيق.",
        "بالنسبة للزوار: البيانات التي يرسلها المتصفح تلقائيًا.",
        # ... nor a line that says what it does for the reader without being an overview
        "نحترم خصوصيتك ولذلك لا نبيع بياناتك لأي جهة.",
        # a dash in a list item or a statement is no glossary
        "• Электронная почта — только если вы входите через аккаунт.",
        "Срок хранения персональных данных — 3 года.",
        "Пользователь вправе отозвать согласие — для этого напишите нам.",
        "Обработка персональных данных — на основании согласия субъекта.",
        "Cookies — мы используем их для статистики.",
        "– службам доставки (СДЭК, Почта России) — для передачи заказа;",
        "Données collectées : nom, prénom, adresse e-mail.",
        "Die Daten sind alle verschlüsselt gespeichert.",
        "Lagringstid: alla uppgifter raderas efter två år.",
        "Durée : toutes les données sont supprimées après trois ans.",
        "Zweck: die Abwicklung Ihrer Bestellung.",
        # a section's opening on one practice is no overview of the notice
        "Här beskriver vi hur länge vi sparar dina uppgifter.",
        "Denna policy gäller från den 1 maj 2026.",
    ],
)
def test_statements(line: str) -> None:
    assert not is_definition_or_overview(line)
