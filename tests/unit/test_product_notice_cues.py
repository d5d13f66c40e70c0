"""Translated product notices in de/fr/sv/ru/kk (issue 11, session 11): telemetry, crash and
diagnostic reports are what the service collects; a French code of law names a jurisdiction;
parents alone are no audience, their consent is. The lines are written for this test, not taken
from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, IN, check_phrasing

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# (text, a category it must get, a category it must not get or "")
CASES = [
    # Telemetry and crash reports, which browsers and apps send home.
    ("Die App überträgt Telemetriedaten wie Bildschirmgröße und Version an uns.", FP, ""),
    ("Ein Absturzbericht enthält den Speicherzustand des Programms.", FP, ""),
    (
        "Nous recevons des données de diagnostic quand l'appli se ferme seule.",
        FP,
        "",
    ),
    ("Les rapports de plantage indiquent le modèle de l'appareil.", FP, ""),
    ("Appen skickar telemetri om hur ofta funktionerna används.", FP, ""),
    ("En kraschrapport innehåller appens version och enhetens modell.", FP, ""),
    ("Отчёты о сбоях содержат версию приложения и модель смартфона.", FP, ""),
    ("Қосымша телеметрия арқылы экран өлшемін жібереді.", FP, ""),
    # A French code of law is a named national law.
    ("Les bulletins de paie sont gardés cinq ans, comme le prévoit le Code du travail.", IN, ""),
    # Withdrawing a permission is a choice.
    ("Vous pouvez retirer cette autorisation en écrivant à l'accueil.", CH, ""),
    # Parents mentioned as the people a tutor calls are no audience; their consent for a child is.
    ("Ich erreiche dich oder deine Eltern unter dieser Nummer.", "", IN),
    ("Für Mitglieder unter 14 Jahren brauchen wir die Zustimmung der Eltern.", IN, ""),
    ("Les sorties scolaires nécessitent une autorisation parentale signée.", IN, ""),
    # Second round: an Austrian "Bundesabgabenordnung" and Belgian law name a jurisdiction; who
    # "erfährt" (gets to know) the data is a recipient.
    ("Belege bewahren wir nach der Bundesabgabenordnung sieben Jahre auf.", IN, ""),
    ("Nous gardons les factures selon les règles comptables belges.", IN, ""),
    ("Ihre Lieferadresse erfährt nur der Kurierdienst.", "third_party_sharing_collection", ""),
    # Third round, plain German in Du-Form (a riding stable's notice showed them): "schreiben
    # wir uns .. auf", who "mitbekommt" it, "niemandem etwas", "Ja gesagt", "wenn du keine ..
    # willst", footage that "überschreibt sich", deletion "am Ende des Jahres" (retention, not a
    # right), "nur .. anschauen", "wenn sich hier .. ändert".
    ("Beim ersten Training schreiben wir uns deine Schuhgröße auf.", FP, ""),
    ("Deine Noten verraten wir niemandem etwas.", "third_party_sharing_collection", ""),
    (
        "Was der Landesverband über deine Ergebnisse mitbekommt",
        "third_party_sharing_collection",
        "",
    ),
    ("Ins Jahrbuch kommen deine Fotos nur, wenn du vorher Ja gesagt hast.", CH, ""),
    ("Wenn du keine Post von uns willst, ruf kurz an.", CH, ""),
    ("Der Rekorder überschreibt alte Bilder nach einer Woche.", "data_retention", ""),
    (
        "Die Liste löschen wir am Ende der Saison.",
        "data_retention",
        "user_access_edit_deletion",
    ),
    ("Die Videos kann nur der Trainer anschauen.", "data_security", ""),
    ("Wenn sich hier etwas ändert, steht es im Vereinsheft.", "policy_change", ""),
    # Plain Swedish (a dog school's notice showed them): "slänger" is retention, "låst med kod"
    # security, "ändrar jag något" a policy change; each kept from the section's category.
    ("Kvittona slänger vi efter sju år.", "data_retention", ""),
    ("Pärmen förvaras i ett skåp som är låst med hänglås.", "data_security", ""),
    ("Ändrar vi något i reglerna så mejlar vi alla medlemmar.", "policy_change", ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_product_notice_phrasing_gets_its_category(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# Under a sharing section a line with no cue of its own takes the section's category; these
# plain Swedish and French lines name their own.
SWEDISH_SHARING_SECTION = (
    "Integritet i föreningen\nVem mer får veta något\n"
    "Betalningen går via banken, som ser ditt namn.\n"
)
FRENCH_SHARING_SECTION = (
    "Vos données à l'atelier\nQui d'autre y a accès\n"
    "Notre comptable reçoit les factures une fois par an.\n"
)
UNDER_SHARING = [
    (SWEDISH_SHARING_SECTION, "Anteckningarna slänger vi när terminen är slut.", "data_retention"),
    (SWEDISH_SHARING_SECTION, "Listan finns i en pärm som är låst med hänglås.", "data_security"),
    (SWEDISH_SHARING_SECTION, "Ändrar vi något här så mejlar vi alla medlemmar.", "policy_change"),
    (
        FRENCH_SHARING_SECTION,
        "Les anciens bons de commande sont jetés au bout de deux ans.",
        "data_retention",
    ),
    (FRENCH_SHARING_SECTION, "L'ordinateur de l'atelier a un mot de passe.", "data_security"),
    (
        FRENCH_SHARING_SECTION,
        "Si on change quelque chose dans ces règles, on vous le dit.",
        "policy_change",
    ),
]


@pytest.mark.parametrize(("section", "text", "wanted"), UNDER_SHARING)
def test_a_plain_line_under_a_sharing_section_keeps_its_own_category(
    section: str, text: str, wanted: str
) -> None:
    document = Document.from_text(section + text + "\n", title="case", format="txt")
    last = analyze_with_model(document)[-1]
    assert wanted in last.category_ids, last.category_ids
    assert "third_party_sharing_collection" not in last.category_ids, last.category_ids
