"""Consent and settings lines of consent pages and first-run dialogs, in the eight languages.

Consent given or withdrawn ("you can withdraw your consent at any time", "I agree to...",
"Ich willige ein...", "أوافق على...") is a choice, not the user's access to their data: a
right to erase or to object stays access, and a line naming both keeps both. A labelled switch
of a settings or first-run dialog ("Send anonymous usage statistics", "Check for updates
automatically", "Allow network access") lets the user choose whether data goes out: a choice,
plus collection when it names data that is sent (the real corpus's setup-dialog convention).
The same words in a sentence saying what the program does ("The app sends anonymous usage
statistics once a week") are collection only. "Unless you change this in your settings, we will
not send..." is a choice too. The lines are written for this test, not taken from the dev
policies or the real texts. A switch is tested inside a small dialog (a heading, the switch, a
line explaining it), as a dialog shows it and so that its language can be told.
"""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, check_phrasing, line_categories_shown

from policylens.core.analysis import analyze
from policylens.core.document import Document

CONSENT = [
    ("You may take back your consent whenever you like, without giving a reason.", (CH,), AC),
    ("I agree to the processing of my e-mail address for the newsletter.", (CH,), AC),
    ("By ticking this box you consent to receiving our monthly updates.", (CH,), AC),
    ("Согласие может быть отозвано пользователем в любое время.", (CH,), AC),
    ("Eine erteilte Einwilligung kann jederzeit widerrufen werden.", (CH,), AC),
    ("Ich willige ein, dass meine E-Mail-Adresse für den Newsletter genutzt wird.", (CH,), AC),
    ("Vous pouvez à tout moment retirer le consentement donné.", (CH,), AC),
    ("Ett lämnat samtycke kan när som helst dras tillbaka.", (CH,), AC),
    ("می‌توانید رضایت خود را در هر زمان لغو کنید.", (CH,), AC),
    ("با پردازش اطلاعات شخصی خود موافقم.", (CH,), AC),
    ("يحق لك سحب موافقتك على معالجة بياناتك في أي وقت.", (CH,), AC),
    ("أوافق على معالجة بياناتي الشخصية.", (CH,), AC),
    ("Келісіміңізді кез келген уақытта қайтарып алуға құқығыңыз бар.", (CH,), AC),
    ("Unless you change this in your account settings, we will not send you weekly digests.",
     (CH,), AC),
    ("Если вы не измените это в настройках профиля, мы не будем присылать вам письма.", (CH,), AC),
    (
        "Om du inte har ändrat det i inställningarna får du inga påminnelser via e-post.",
        (CH,),
        AC,
    ),
    ("Unless you have changed this in your settings, the app sends no reminder mail.", (CH,), AC),
    # A consent line that also names a right of access keeps both.
    ("You can withdraw your consent or ask us to erase your data at any time.", (CH, AC), ""),
    # Rights to object or to restrict are access, not choice.
    ("You can object to the processing of your data or ask us to restrict it.", (AC,), CH),
    ("Sie können der Verarbeitung widersprechen oder deren Einschränkung verlangen.", (AC,), CH),
    # Look-alikes: agreeing with a view, a program's own sending.
    ("I agree with the critics that privacy matters.", ("",), CH),
    ("The app sends anonymous usage statistics to our server once a week.", (FP,), CH),
    ("We may send anonymous usage statistics to improve the product.", (FP,), CH),
    ("Vi skickar anonym statistik till vår server varje vecka.", (FP,), CH),
    ("Приложение может отправлять статистику использования на наш сервер.", (FP,), CH),
]  # fmt: skip

# (heading, switch, explanation, what the switch shows: with the model, and the cues alone)
SWITCHES = [
    ("Privacy", "Send anonymous usage statistics",
     "This helps us see which features people use. No personal details are included.",
     (CH,), (CH, FP)),
    ("Updates", "Check for updates automatically",
     "The program asks our server once a day whether a newer version exists.", (CH,), (CH,)),
    ("Privacy", "Allow the program to access the network",
     "Without network access, maps and weather are not shown.", (CH,), (CH,)),
    ("Datenschutz", "Anonyme Nutzungsstatistiken senden",
     "Das hilft uns zu erkennen, welche Funktionen genutzt werden. Persönliche Angaben werden"
     " nicht übertragen.", (CH,), (CH, FP)),
    ("Aktualisierungen", "Automatisch nach Updates suchen",
     "Das Programm fragt einmal täglich bei unserem Server nach, ob eine neue Version vorliegt.",
     (CH,), (CH,)),
    ("Datenschutz", "Netzwerkzugriff erlauben",
     "Ohne Netzwerkzugriff werden Karten und Wetter nicht angezeigt.", (CH,), (CH,)),
    ("Confidentialité", "Envoyer des statistiques d'utilisation anonymes",
     "Cela nous aide à savoir quelles fonctions sont utilisées. Aucune donnée personnelle n'est"
     " incluse.", (CH,), (CH, FP)),
    ("Mises à jour", "Rechercher automatiquement les mises à jour",
     "Le programme demande une fois par jour à notre serveur si une nouvelle version existe.",
     (CH,), (CH,)),
    ("Конфиденциальность", "Отправлять анонимную статистику использования",
     "Это помогает нам понять, какими функциями пользуются. Личные данные не передаются.",
     (CH,), (CH, FP)),
    ("Обновления", "Автоматически проверять обновления",
     "Программа раз в день спрашивает наш сервер, есть ли новая версия.", (CH,), (CH,)),
    ("Integritet", "Skicka anonym användningsstatistik",
     "Det hjälper oss att se vilka funktioner som används. Inga personuppgifter skickas.",
     (CH,), (CH, FP)),
    ("Uppdateringar", "Sök efter uppdateringar automatiskt",
     "Programmet frågar vår server en gång om dagen om det finns en ny version.", (CH,), (CH,)),
    ("Integritet", "Tillåt nätverksåtkomst",
     "Utan nätverksåtkomst visas inte kartor och väder.", (CH,), (CH,)),
    ("حریم خصوصی", "ارسال آمار ناشناس استفاده",
     "این کار به ما کمک می‌کند بدانیم از کدام امکانات استفاده می‌شود. هیچ اطلاعات شخصی فرستاده"
     " نمی‌شود.", (CH,), (CH, FP)),
    ("به‌روزرسانی‌ها", "بررسی خودکار به‌روزرسانی‌ها",
     "برنامه روزی یک بار از سرور ما می‌پرسد که آیا نسخهٔ تازه‌ای هست.", (CH,), (CH,)),
    ("الخصوصية", "إرسال إحصائيات استخدام مجهولة المصدر",
     "يساعدنا ذلك على معرفة الميزات المستخدمة. لا تُرسل أي معلومات شخصية.", (CH,), (CH, FP)),
    ("التحديثات", "التحقق من التحديثات تلقائيا",
     "يسأل البرنامج خادمنا مرة في اليوم عن وجود إصدار جديد.", (CH,), (CH,)),
    ("Құпиялылық", "Пайдалану туралы анонимді статистиканы жіберу",
     "Бұл қай мүмкіндіктер қолданылатынын білуге көмектеседі. Жеке деректер жіберілмейді.",
     (CH,), (CH, FP)),
    ("Жаңартулар", "Жаңартуларды автоматты түрде тексеру",
     "Бағдарлама күніне бір рет серверімізден жаңа нұсқаның бар-жоғын сұрайды.", (CH,), (CH,)),
]  # fmt: skip


def _dialog(heading: str, switch: str, explanation: str) -> str:
    return f"{heading}\n{switch}\n{explanation}\n"


def _lexicon_alone(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="case", format="txt")
    return {c for clause in analyze(document) for c in clause.category_ids}


def _switch_lexicon_alone(text: str, switch: str) -> set[str]:
    document = Document.from_text(text, title="case", format="txt")
    start = text.index(switch)
    return {
        c
        for clause in analyze(document)
        if start <= clause.start < start + len(switch)
        for c in clause.category_ids
    }


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CONSENT)
def test_consent_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CONSENT)
def test_consent_phrasing_lexicon_alone(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    """The cues alone (no model installed) read them the same way."""
    found = _lexicon_alone(text)
    assert set(wanted) - {""} <= found, found
    if unwanted:
        assert unwanted not in found, found


@pytest.mark.parametrize(("heading", "switch", "explanation", "shown", "by_cues"), SWITCHES)
def test_settings_switch(
    heading: str, switch: str, explanation: str, shown: tuple[str, ...], by_cues: tuple[str, ...]
) -> None:
    """With the model: a choice (the collection the shipped model may still overrule until it
    is trained on the xx-994 clauses)."""
    found = line_categories_shown(_dialog(heading, switch, explanation))[switch]
    assert set(shown) <= found, found


@pytest.mark.parametrize(("heading", "switch", "explanation", "shown", "by_cues"), SWITCHES)
def test_settings_switch_lexicon_alone(
    heading: str, switch: str, explanation: str, shown: tuple[str, ...], by_cues: tuple[str, ...]
) -> None:
    """The cues alone: a choice, and collection when the switch names data sent."""
    found = _switch_lexicon_alone(_dialog(heading, switch, explanation), switch)
    assert set(by_cues) <= found, found
