"""German and French phrasing of large US services' translated notices (session 19, branch
de23). "Wie wir Ihre Daten verwenden" heads the uses; what "erhalten wir von" a provider is the
service's collection; protecting "Ihr Konto" is security;
"wie lange Sie eine Sendung hören" is how the service is used, not how long data is kept; data
"in den USA verarbeitet" says where it goes, not what is collected; a notice that does not apply
"für Websites Dritter" shares nothing; what others "gesehen" is shared; a company named
"… Europe GmbH/SAS" is no region. And the German words for personal data alone
("personenbezogenen Daten", "Informationen") state no collection on a line that states another
practice outright ("Wir verkaufen Ihre personenbezogenen Daten nicht"). Items of a list of
collected data kinds ("Spracheinstellungen, etwa …") keep the list's collection whatever other
practice their words name. The lines are written for this test, not taken from the dev
policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import FP, IN, RE, SE, TP, check_phrasing

from policylens.core.classifier import cue_evidence
from policylens.core.collection_items import names_a_kind_of_data
from policylens.core.data_nouns import is_data_noun
from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model


def lines_shown(text: str) -> list[tuple[str, ...]]:
    """The categories of each clause of `text` analysed as one document, with the model."""
    document = Document.from_text(text, title="case", format="txt")
    return [tuple(clause.category_ids) for clause in analyze_with_model(document)]


# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Wie wir Ihre Daten verwenden", FP, ""),
    ("Wie wir die gesammelten Informationen nutzen", FP, ""),
    (
        "Nach der Anmeldung mit Microsoft erhalten wir von Microsoft Ihre E-Mail-Adresse.",
        FP,
        "",
    ),
    ("Wir setzen eine Zwei-Faktor-Anmeldung ein, um Ihr Konto zu schützen.", SE, ""),
    ("Wir erfassen, welche Artikel Sie lesen und wie lange Sie auf einer Seite bleiben.", FP, RE),
    ("Die App erfasst, wann und wie lange Sie trainieren.", FP, RE),
    ("Wie lange bewahren wir Ihre Daten auf?", RE, ""),
    ("Ihre Daten können auch in den USA und in Indien verarbeitet werden.", IN, FP),
    ("Diese Erklärung gilt nicht für Websites Dritter, die Sie über Links erreichen.", "", TP),
    ("Ihre Bewertungen können von anderen Nutzern der Plattform gesehen werden.", TP, ""),
    ("Anbieter ist die Quillmark Europe GmbH, Friedrichstraße 12, 10117 Berlin.", "", IN),
    ("Nous utilisons la double authentification pour protéger votre compte.", SE, ""),
    ("Cette politique ne s'applique pas aux sites tiers accessibles par des liens.", "", TP),
    ("Le site est édité par Quillmark Europe SAS, 5 rue du Bac, 75007 Paris.", "", IN),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_notice_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# The lexicon alone: the words for personal data are no collection beside another practice.
NOUN_CASES = [
    ("Wir verkaufen keine personenbezogenen Daten an Werbetreibende.", TP),
    ("Ihre personenbezogenen Daten geben wir nur an Dienstleister weiter.", TP),
    ("Alle personenbezogenen Daten werden mit TLS verschlüsselt übertragen.", SE),
    ("Sie können die Löschung Ihrer personenbezogenen Daten verlangen.", ""),
]


@pytest.mark.parametrize(("text", "practice"), NOUN_CASES)
def test_personal_data_words_alone_state_no_collection(text: str, practice: str) -> None:
    found = cue_evidence(text, "de")
    assert FP not in found, found
    if practice:
        assert practice in found, found


def test_a_stated_use_or_kind_of_data_stays_collection() -> None:
    # A verb of collection, or a kind of data, is no bare word for data.
    assert FP in cue_evidence(
        "Wir erheben personenbezogene Daten und geben sie an Dritte weiter.", "de"
    )
    assert FP in cue_evidence("Protokolldaten bewahren wir 30 Tage auf.", "de")
    assert FP in cue_evidence("Welche personenbezogenen Daten wir erheben", "de")
    assert is_data_noun("personenbezogenen  Daten") and not is_data_noun("Protokolldaten")


def test_items_of_a_collected_data_list_keep_its_collection() -> None:
    # Kinds of data under a heading of collection, one a line, naming settings, subscriptions
    # or a password: what is collected (beside whatever else their words say).
    text = (
        "Welche Informationen wir erheben\n"
        "Spracheinstellungen, etwa die Sprache der Oberfläche und das Farbschema.\n"
        "Abonnierte Themen: die Rubriken, denen Sie folgen.\n"
        "Anmeldedaten, also Benutzername und verschlüsseltes Passwort.\n"
    )
    shown = [set(ids) for ids in lines_shown(text)]
    assert all(FP in ids for ids in shown[1:4]), shown


def test_a_sentence_or_an_offer_is_no_item_of_the_list() -> None:
    assert names_a_kind_of_data("Profilbild, Anzeigename und Wohnort.")
    assert names_a_kind_of_data("Préférences de communication, par exemple la langue.")
    assert not names_a_kind_of_data("Analyse-Cookies laufen nach 13 Monaten ab.")
    assert not names_a_kind_of_data("Wir speichern, welche Seiten Sie aufrufen.")
    assert not names_a_kind_of_data("Newsletter: Sie können sich jederzeit abmelden.")
