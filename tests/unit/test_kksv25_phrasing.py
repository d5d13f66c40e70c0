"""Kazakh and Swedish lines as real sites write them: a Kazakh shop's or bank's formal
"Құпиялылық саясаты" (numbered "1.1." clauses, a glossary, consent «келісім» to processing,
the Company in the third person) and a Swedish municipality's "Så behandlar vi dina
personuppgifter" (each board is an authority of its own, the principle of public access).

In Kazakh, consenting to the collection and processing of one's data "by registering / by
using the site" ("тіркелу … арқылы", "пайдалана отырып") or "to processing «consent»" is a
choice, not a statement of what is collected; data of minors "processed only with a parent's
consent" ("келісімімен ғана өңделеді") names an audience, not a use; data kept "until the
purposes of collection are achieved" ("мақсаттарына қол жеткізілгенге дейін") is a period, not
a purpose; the Company "does not store" ("сақтамайды") card data says what it collects, not how
long it keeps it; a glossary line "Пайдаланушы – … жеке тұлға" (User – a natural person …)
defines a term, and "Осы Саясат … тәртібін айқындайды" (this Policy sets out the order of …)
is the notice's overview of itself, introductory unless it names the law it follows, while a
row "Cookie файлдарының … мерзімі – 6 айға дейін" (up to 6 months) gives a period and is no
definition.

In Swedish, a body that "is an authority of its own" ("är en egen myndighet") names no
disclosure to authorities; cookies that "remember your choices" ("kommer ihåg dina val") are a
use of cookies, not a choice; the principle of public access ("offentlighetsprincipen") is a
disclosure of public documents to whoever asks; processing "according to the GDPR" ("enligt
dataskyddsförordningen") names the law, not a use; "Här kan du läsa om hur …" and "På den här
sidan berättar vi …" open a page's overview of itself, introductory unless it names the law it
follows; a transfer "to a third country" ("till tredjeland") is a jurisdiction, not a
disclosure.

The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, IN, RE, SE, TP, check_phrasing, line_categories_shown

from policylens.core.classifier import Evidence
from policylens.core.collection_items import keep_collection

OT = "other"

CASES = [
    # Kazakh: consent to collection and processing is a choice, not a collection.
    ("Қосымшаға тіркелу арқылы сіз дербес деректеріңізді жинауға және өңдеуге келісесіз.", CH, FP),
    ("Сайтты пайдалана отырып, Клиент өз деректерін өңдеуге келісім береді.", CH, FP),
    ("Клиент «Растаймын» батырмасын басу арқылы деректерін өңдеуге «келісім» береді.", CH, FP),
    # Kazakh: minors' data processed only with a parent's consent is an audience.
    ("12 жасқа толмаған оқушылардың деректері заңды өкілінің келісімімен ғана өңделеді.", IN, FP),
    # Kazakh: kept until the purposes are achieved is a period, not a purpose.
    ("Клиент деректері өңдеу мақсаттарына қол жеткізілгенге дейін сақталады.", RE, FP),
    # Kazakh: the Company does not store card data is collection, not retention.
    ("Банк клиенттің CVV-кодын сақтамайды.", FP, RE),
    # Kazakh: the notice's overview of itself is introductory, unless it names the law.
    ("2.1. Осы Саясат Қордың клиент деректерін жинау және өңдеу тәртібін белгілейді.", OT, FP),
    (
        "Осы Саясат «Дербес деректер және оларды қорғау туралы» Заңға сәйкес клиент деректерін "
        "өңдеу тәртібін айқындайды.",
        IN,
        "",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_kazakh_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


SV_CASES = [
    # An authority of its own: no disclosure.
    ("Kultur- och fritidsnämnden är en egen myndighet och ansvarar för sina register.", "", TP),
    ("Regionstyrelsen är den myndighet som beslutar om journalsystemet.", "", TP),
    # Disclosure to authorities still is one.
    ("Vi lämnar ut uppgifter till en annan myndighet när lagen kräver det.", TP, ""),
    # Cookies that remember choices are a use of cookies.
    ("Kommunens webbplats använder cookies som kommer ihåg dina val av språk.", FP, CH),
    # The principle of public access is a disclosure.
    ("Brev och e-post till regionen omfattas av offentlighetsprincipen.", TP, ""),
    # Processing "according to the GDPR" names the law, not a use.
    ("Nämnden behandlar alltid personuppgifter enligt GDPR.", IN, FP),
    ("Regionen hanterar personuppgifter i enlighet med dataskyddsförordningen.", IN, FP),
    # An overview of the page is introductory, unless it names the law it follows.
    ("Här kan du läsa om hur Ekeby kommun samlar in och delar personuppgifter.", OT, FP),
    ("På den här sidan berättar vi vilka uppgifter vi sparar och hur länge.", OT, RE),
    ("Här berättar vi hur förvaltningen hanterar personuppgifter enligt GDPR.", IN, ""),
    # A transfer to a third country is an audience (a jurisdiction), not a disclosure.
    ("Överföring av uppgifter till tredjeland", IN, TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SV_CASES)
def test_swedish_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_a_kazakh_glossary_defines_and_a_period_row_keeps_its_period() -> None:
    text = (
        "«Жасыл Базар» ЖШС құпиялылық саясаты\n\n1. Негізгі ұғымдар\n\n"
        "1.1. Пайдаланушы – Сайтқа кіретін кез келген жеке тұлға.\n\n"
        "1.2. Үшінші тұлға – Компаниямен шарт жасасқан серіктес ұйым.\n\n"
        "2. Сақтау мерзімдері\n\n"
        "2.1. Cookie файлдарының әрекет ету мерзімі – 6 айға дейін.\n"
    )
    shown = line_categories_shown(text)
    assert shown["1.1. Пайдаланушы – Сайтқа кіретін кез келген жеке тұлға."] == {OT}
    assert shown["1.2. Үшінші тұлға – Компаниямен шарт жасасқан серіктес ұйым."] == {OT}
    assert RE in shown["2.1. Cookie файлдарының әрекет ету мерзімі – 6 айға дейін."]


def test_kazakh_items_under_a_collection_head_are_rows_not_clauses() -> None:
    """The keep-collection rule reads a Kazakh item as a row labelling a kind of record; a
    clause that ends in its verb before a comma is no item."""
    text = (
        "Гүлдер дүкенінің құпиялылық саясаты\n\nТапсырыс кезінде сұраймыз:\n\n"
        "Байланыс деректері: WhatsApp нөмірі.\n\n"
        "Төлем Kaspi арқылы өтеді, карта нөмірін біз көрмейміз.\n"
    )
    seen = {SE: Evidence(0.8)}
    context: dict[str, tuple[float, str]] = {}
    keep_collection("Құпиясөз журналы: шифрланған", "kk", False, seen, context, {FP: 0.6}, 0.6)
    assert FP in context
    context = {}
    line = "Төлем Kaspi арқылы өтеді, карта нөмірін біз көрмейміз."
    keep_collection(line, "kk", False, {TP: Evidence(0.8)}, context, {FP: 0.6}, 0.6)
    assert context == {}
    assert FP in line_categories_shown(text)["Байланыс деректері: WhatsApp нөмірі."]
