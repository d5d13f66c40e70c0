"""Purpose items under a "we use it to:" head, in shop, forum and open-source app policies:
collection in every language, bulleted or not (`core/unmarked_items.py`).

(Branch fam25a's `seen_by` -- staff access as security, posts shown to everyone as sharing --
was taken out again in session 20: it cost 15% of the analysis of a Persian text. Session 21
put those families in the cue lexicons: tests/unit/test_who_sees_phrasing.py.)
The lines are written for this test, not taken from the dev policies, the real policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import FP, line_categories_shown

PURPOSES = [
    "We use your details to:\n- Process payments and detect fraud\n- Handle returns\n",
    "Мы используем эти сведения, чтобы:\n- принимать оплату и предотвращать мошенничество;\n"
    "- обрабатывать возвраты и жалобы.\n",
    "Wir verwenden diese Angaben, um:\n- Zahlungen abzuwickeln und Betrug zu verhindern\n"
    "- Reklamationen zu bearbeiten\n",
    "ما از این اطلاعات برای موارد زیر استفاده می‌کنیم:\n- پردازش پرداخت‌ها و جلوگیری از کلاهبرداری\n"
    "- رسیدگی به شکایت‌ها\n",
]


@pytest.mark.parametrize("text", PURPOSES)
def test_purpose_items_under_a_use_head_are_collection(text: str) -> None:
    shown = line_categories_shown("Privacy policy\n\n" + text.replace("\n", "\n\n"))
    items = [line for line in shown if line.startswith("- ")]
    assert items
    for item in items:
        assert FP in shown[item], (item, shown[item])


# A use head, then its purposes on lines of their own without bullets or full stops (a shop's
# suggested text pasted as plain lines): each is an item of the head's list, not a heading.
UNMARKED = [
    (
        "Shop privacy notice\n\nWhile you browse, we note the products you look at. "
        "We'll use this information to:\n\nShow you products you looked at recently\n\n"
        "Work out which products are popular\n\nImprove our delivery times\n",
        [
            "Show you products you looked at recently",
            "Work out which products are popular",
            "Improve our delivery times",
        ],
    ),
    (
        "Политика конфиденциальности магазина\n\nМы используем эти сведения для следующих целей:"
        "\n\nСоздание вашей учётной записи в магазине\n\nОтветы на ваши вопросы по почте\n",
        ["Создание вашей учётной записи в магазине", "Ответы на ваши вопросы по почте"],
    ),
    (
        "سياسة الخصوصية\n\nنستخدم هذه المعلومات لأغراض مثل:\n\nإعداد حسابك في متجرنا\n\n"
        "الرد على أسئلتك عبر البريد\n",
        ["إعداد حسابك في متجرنا", "الرد على أسئلتك عبر البريد"],
    ),
]


@pytest.mark.parametrize(("text", "items"), UNMARKED)
def test_unmarked_purpose_lines_under_a_use_head_are_collection(
    text: str, items: list[str]
) -> None:
    shown = line_categories_shown(text)
    for item in items:
        assert FP in shown[item], (item, shown[item])


def test_an_address_under_a_controller_head_takes_nothing() -> None:
    text = (
        "Datenschutzerklärung\n\nVerantwortlich im Sinne der DSGVO ist:\n\n"
        "Beispiel Software GmbH\n\nGeschäftsführerin: Eva Muster\n"
    )
    shown = line_categories_shown(text)
    assert FP not in shown["Geschäftsführerin: Eva Muster"]
    assert "international_specific_audiences" not in shown["Geschäftsführerin: Eva Muster"]
