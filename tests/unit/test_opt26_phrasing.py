"""Optional data is collection as well as a choice (session 21, branch opt26), in eight languages.

"Giving your phone number is optional", "Die Angabe Ihrer Telefonnummer ist freiwillig",
"Указание номера телефона не обязательно", "تقديم رقم هاتفك اختياري": the user may leave the
field empty (a choice, read since device26) and what is given is collected (the dev conventions'
optional fields, C + Ch). The collection half is read where the line names data the lexicon
knows (a collection cue too weak alone) beside a choice cue of the optional family
(`core/optional_data.py`).

Each table was labelled by GUIDELINES.md before the product was run on it; lines are written
for this test, not taken from the dev policies, the real set or the corpus. Lines still missed
are kept in the table (the recall floor counts them); the per-line test names the lines read
right.
"""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, line_categories_shown

ABBR = {"C": FP, "Ch": CH}

CASES = {
    "en": (
        "Your account",
        [
            (
                "C+Ch",
                "Giving your phone number is optional; we use it only to reset your password.",
            ),
            ("C+Ch", "Providing your date of birth is voluntary."),
            ("C+Ch", "Your postal address is not required unless you order printed copies."),
            ("C+Ch", "Adding a profile picture and a short bio is optional."),
        ],
    ),
    "de": (
        "Ihr Konto",
        [
            ("C+Ch", "Die Angabe Ihrer Telefonnummer ist freiwillig."),
            ("C+Ch", "Die Angabe des Geburtsdatums ist nicht erforderlich."),
            (
                "C+Ch",
                "Ihre Postanschrift ist optional und wird nur für den Versand von Katalogen "
                "genutzt.",
            ),
        ],
    ),
    "fr": (
        "Votre compte",
        [
            ("C+Ch", "La communication de votre numéro de téléphone est facultative."),
            ("C+Ch", "Votre date de naissance n'est pas obligatoire."),
            (
                "C+Ch",
                "L'adresse postale est facultative et sert uniquement à l'envoi de catalogues.",
            ),
        ],
    ),
    "sv": (
        "Ditt konto",
        [
            ("C+Ch", "Att uppge ditt telefonnummer är frivilligt."),
            ("C+Ch", "Födelsedatum är valfritt att fylla i."),
            ("C+Ch", "Din postadress krävs inte om du inte beställer tryckta kataloger."),
        ],
    ),
    "ru": (
        "Ваш аккаунт",
        [
            ("C+Ch", "Указание номера телефона не обязательно."),
            ("C+Ch", "Дату рождения вы указываете добровольно."),
            (
                "C+Ch",
                "Почтовый адрес указывается по желанию и нужен только для отправки каталогов.",
            ),
        ],
    ),
    "kk": (
        "Сіздің тіркелгіңіз",
        [
            ("C+Ch", "Телефон нөмірін көрсету міндетті емес."),
            ("C+Ch", "Туған күніңізді ерікті түрде көрсетесіз."),
            (
                "C+Ch",
                "Пошталық мекенжай тек каталог жіберу үшін қажет, оны көрсету міндетті емес.",
            ),
        ],
    ),
    "fa": (
        "حساب کاربری شما",
        [
            ("C+Ch", "وارد کردن تاریخ تولد اختیاری است."),
            ("C+Ch", "ارائه نشانی پستی الزامی نیست."),
            ("C+Ch", "شماره تلفن همراه به\u200cصورت اختیاری دریافت می\u200cشود."),
        ],
    ),
    "ar": (
        "حسابك",
        [
            ("C+Ch", "تقديم رقم هاتفك اختياري."),
            ("C+Ch", "تاريخ الميلاد ليس إلزاميا."),
            ("C+Ch", "العنوان البريدي اختياري ويستخدم فقط لإرسال الكتالوجات."),
        ],
    ),
}


def _shown(table: tuple[str, list[tuple[str, str]]]) -> dict[str, set[str]]:
    heading, lines = table
    return line_categories_shown(heading + "\n\n" + "\n\n".join(line for _, line in lines) + "\n")


def test_optional_data_reads_collection_and_choice_in_all_eight_languages() -> None:
    found = wanted = 0
    for table in CASES.values():
        shown = _shown(table)
        for labels, line in table[1]:
            gold = {ABBR[x] for x in labels.split("+")}
            found += len(gold & shown.get(line, set()))
            wanted += len(gold)
    assert found / wanted >= FLOOR


# Recall of the labels over the table (before this branch: 0.58; with it 0.80).
FLOOR = 0.78
# Lines whose collection half is still missed: the data they name is no collection cue of the
# lexicon (a postal address is the company's own in contact lines too, "رقم هاتفك", a profile
# picture), or the French choice is not read ("est facultative" beside a data cue the model
# keeps as collection alone).
MISSED = {"en-3", "de-2", "sv-2", "ru-2", "kk-2", "fa-1", "ar-0", "ar-2"}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        pytest.param(lang, line, id=f"{lang}-{i}")
        for lang, (_, lines) in CASES.items()
        for i, (_, line) in enumerate(lines)
        if f"{lang}-{i}" not in MISSED
    ],
)
def test_optional_data_is_collected_when_given(lang: str, line: str) -> None:
    assert FP in _shown(CASES[lang])[line]
