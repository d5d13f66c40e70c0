"""Cookie and advertising choices in all eight languages (session 18, branch cookie21): a line
about the user's cookie controls — refusing or deleting cookies in the browser, the cookie
settings link, the consent banner, tracker blockers, opt-out pages of advertising
associations, the advertising ID — is a choice (`user_choice_control`), and the word "cookies"
in it (or the browser, the device) is no statement that the service collects anything: the
guidelines label such a line with the choice alone. Cookies that expire are retention, cookies
that advertising partners set are sharing; "we use cookies to remember your language" is still
the service's own use. The lines are written for this test, not taken from the dev policies or
the real policies kept to measure."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, RE, SE, TP, check_phrasing

from policylens.core.classifier import is_cookie_noun

# (text, a category it must get, a category it must not get or "")
CASES = [
    # The word "cookies" (or the browser) is a choice line's only cue of collection.
    (
        "Die meisten Browser akzeptieren Cookies; Sie können das in den Einstellungen ändern.",
        CH,
        FP,
    ),
    ("Vous pouvez retirer votre consentement aux cookies à tout moment.", CH, FP),
    ("Du kan när som helst återkalla ditt samtycke till cookies.", CH, FP),
    ("Вы можете отозвать согласие на использование файлов cookie в любой момент.", CH, FP),
    ("Cookie файлдарын жойсаңыз, бас тарту туралы таңдауыңыз да жойылады.", CH, FP),
    ("يمكنك سحب موافقتك على استخدام ملفات تعريف الارتباط في أي وقت.", CH, FP),
    ("اگر نمیخواهید کوکی ذخیره شود میتوانید آن را در تنظیمات مرورگر غیرفعال کنید.", CH, FP),
    # en: managing cookies, the preference centre, ad blockers, the advertising ID, session end
    ("Managing cookies", CH, FP),
    ("Use the switches in our preference centre to turn advertising cookies on or off.", CH, ""),
    ("Ad blockers and tracker-blocking extensions stop many trackers from loading.", CH, FP),
    ("You can reset your advertising ID in your phone's settings.", CH, FP),
    ("Session cookies are deleted when you close your browser.", RE, FP),
    # de: refusing, managing, switching off, blocking or deleting cookies in the browser
    ("Sie können Ihren Browser so einstellen, dass er Cookies ablehnt.", CH, FP),
    ("Datenschutzerklärung\n\nCookies verwalten", CH, FP),
    (
        "Im Cookie-Manager kannst du die einzelnen Kategorien jederzeit wieder ausschalten,"
        " wenn du das möchtest.",
        CH,
        FP,
    ),
    ("Gespeicherte Cookies können Sie jederzeit in Ihrem Browser löschen.", CH, AC),
    ("Mit einem Werbeblocker lassen sich viele Tracker blockieren.", CH, FP),
    # fr: disabling and managing cookies, tracker blockers, the advertising identifier
    ("Si vous désactivez les cookies, le panier ne fonctionnera plus.", CH, FP),
    ("Gérer mes cookies", CH, FP),
    ("Des bloqueurs de publicité permettent aussi de limiter le suivi.", CH, FP),
    ("Vous pouvez modifier vos préférences en cliquant sur « Gestion des cookies ».", CH, AC),
    # sv: "Godkänn alla", managing and removing cookies, private browsing
    ("Icke nödvändiga cookies sätts bara om du klickar på Godkänn alla.", CH, ""),
    ("Integritetspolicy\n\nHantera cookies", CH, FP),
    ("Så här tar du bort cookies i din webbläsare.", CH, FP),
    ("I privat surfläge raderas cookies när du stänger fönstret.", CH, ""),
    # ru: refusing cookies, managing them, switches, settings that hold for one browser
    ("Вы можете настроить браузер так, чтобы он отклонял все файлы cookie.", CH, FP),
    ("Политика конфиденциальности\n\nУправление файлами cookie", CH, FP),
    ("Эти настройки действуют только для браузера и устройства, которые вы используете.", CH, FP),
    ("С помощью переключателей можно включить или выключить рекламные файлы cookie.", CH, ""),
    ("Если вы не согласны с использованием файлов cookie, измените настройки браузера.", CH, FP),
    # kk: managing cookies, "Барлығын қабылдау", the advertising ID, consent by continuing
    ("Құпиялылық саясаты\n\nCookie файлдарын басқару", CH, FP),
    ("Смартфон баптауларында жарнама идентификаторын қалпына келтіруге болады.", CH, FP),
    ("«Барлығын қабылдау» батырмасын бассаңыз, барлық cookie файлдары қосылады.", CH, ""),
    ("Бұл баптаулар тек сіз пайдаланатын браузерге ғана қолданылады.", CH, FP),
    ("Сайтты пайдалануды жалғастыра отырып, сіз cookie файлдарын пайдалануға келісесіз.", CH, FP),
    # fa: managing and deleting cookies, settings for one browser, the advertising ID
    ("سیاست حفظ حریم خصوصی\n\nمدیریت کوکی\u200cها", CH, FP),
    ("برای حذف کوکی\u200cها می\u200cتوانید به بخش تنظیمات مرورگر خود بروید.", CH, FP),
    ("این تنظیمات فقط برای مرورگر و دستگاهی که استفاده می\u200cکنید اعمال می\u200cشود.", CH, FP),
    ("در گوشی خود می\u200cتوانید شناسه تبلیغاتی را بازنشانی کنید.", CH, FP),
    ("کوکی\u200cهای جلسه پس از بستن مرورگر پاک می\u200cشوند.", RE, FP),
    # ar: managing and deleting cookies, the advertising ID, "قبول الكل", the session's end
    ("سياسة الخصوصية\n\nإدارة ملفات تعريف الارتباط", CH, FP),
    ("يمكنك حذف ملفات تعريف الارتباط من جهازك متى شئت.", CH, FP),
    ("يمكنك من إعدادات هاتفك إعادة تعيين معرف الإعلانات.", CH, FP),
    ("تُحذف ملفات تعريف الارتباط المؤقتة عند إغلاق المتصفح.", RE, FP),
    ('لا نضع ملفات تعريف الارتباط الإعلانية إلا إذا نقرت على "قبول الكل".', CH, ""),
    # "Only necessary" buttons, cookie preferences, clearing browsing data, several browsers
    ("Wählen Sie im Banner „Nur notwendige“, werden keine Statistik-Cookies gesetzt.", CH, ""),
    (
        "Vous pouvez effacer vos données de navigation et vos cookies depuis les réglages de"
        " votre navigateur.",
        CH,
        AC,
    ),
    ("Du kan ändra ditt cookieval när som helst via länken i sidfoten.", CH, FP),
    ("Политика конфиденциальности\n\nПараметры cookie", CH, FP),
    ("Если вы пользуетесь несколькими браузерами, настройку нужно повторить в каждом.", CH, FP),
    ("Вы можете заблокировать куки в настройках браузера.", CH, FP),
    ("Историю и файлы cookie можно очистить в меню конфиденциальности браузера.", CH, SE),
    ("Аналитикалық cookie қаламасаңыз, «Тек қажеттілері» батырмасын басыңыз.", CH, ""),
    ("سیاست حفظ حریم خصوصی\n\nترجیحات کوکی", CH, FP),
    ("يمكنك مسح سجل التصفح من قائمة الخصوصية في متصفحك.", CH, AC),
    # Blocking an account is no cookie choice.
    ("Мы можем заблокировать учётную запись при нарушении правил.", "", CH),
    # Controlling cookies with browser tools; choices that hold for one browser only
    ("You can control the cookies set on your device with the tools your browser offers.", CH, FP),
    ("Dessa val gäller bara den webbläsare du använder just nu.", CH, FP),
    # Cookies that expire: retention, not collection.
    ("Постоянные файлы cookie хранятся на вашем устройстве до 12 месяцев.", RE, FP),
    # Partners' cookies: sharing, not the service's own collection.
    ("Наши рекламные партнёры могут размещать файлы cookie на вашем устройстве.", TP, FP),
    (
        "Våra annonspartner kan placera cookies på din enhet för att visa relevanta annonser.",
        TP,
        FP,
    ),
    ("قد يضع شركاؤنا الإعلانيون ملفات تعريف الارتباط على جهازك.", TP, FP),
    # The service's own use of cookies stays.
    ("We use cookies to remember your language and region.", FP, ""),
    ("Wir verwenden Cookies, um Ihre Spracheinstellung zu speichern.", FP, ""),
    ("Vi använder cookies för att komma ihåg vilket språk du har valt.", FP, ""),
    ("Мы используем файлы cookie, чтобы запомнить выбранный вами язык.", FP, ""),
    ("نستخدم ملفات تعريف الارتباط لتذكر لغتك المفضلة.", FP, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_cookie_choices(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("phrase", "bare"),
    [
        ("Cookies", True),
        ("файлами cookie", True),
        ("کوکی\u200cها", True),
        ("ملفات تعريف الارتباط", True),
        ("Marketing-Cookies", True),
        ("browser", True),
        ("we use cookies", False),
        ("collect", False),
        ("browser type", False),
    ],
)
def test_cookie_noun(phrase: str, bare: bool) -> None:
    assert is_cookie_noun(phrase) is bare
