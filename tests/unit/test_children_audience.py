"""Children as an audience in sv/fr/de (session 14, branch euro16): a line is about a specific
audience when it sets an age limit, states a practice for children's data or asks for a parent's
consent; a bare mention of children ("barn", "enfants", "Kinder", "mineurs": a crèche that looks
after ten children, staff who see the children of their group) is not. A short heading that is
nothing but the audience ("Barn", "Enfants", "Kinder", "Mineurs") still names its section's topic.
The lines are written for this test, not taken from the dev policies. (French "parents" is still
an audience: the English lexicon, read with every language, has it as a strong cue.)"""

from __future__ import annotations

import pytest
from tests.unit.phrasing import IN, check_phrasing

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# (text, a category it must get, a category it must not get or "")
CASES = [
    # A bare mention of children, parents or minors states no practice for them.
    ("Ledarna ser till att barnen har roligt på lägret.", "", IN),
    ("Vi har öppet för barn och vuxna alla dagar i veckan.", "", IN),
    ("Andra föräldrar kan inte se ditt telefonnummer.", "", IN),
    ("Notre atelier propose des cours pour enfants le mercredi.", "", IN),
    ("Chaque enfant peut venir avec un ami au cours d'essai.", "", IN),
    ("Im Laden gibt es eine Spielecke für Kinder.", "", IN),
    ("Jede Trainerin sieht nur die Kinder ihrer eigenen Gruppe.", "", IN),
    # Children's data (the child's name, "données de votre enfant", "Ihres Kindes").
    ("Vi sparar ditt barns namn och allergier i registret.", IN, ""),
    ("Vi för en lista med uppgifter om varje barn i gruppen.", IN, ""),
    ("Nous conservons les données de votre enfant jusqu'à la fin de l'année.", IN, ""),
    ("Die Anmeldedaten Ihres Kindes speichern wir bis zum Ende des Kurses.", IN, ""),
    # Age limits and a parent's or guardian's consent.
    ("Barn under 15 år behöver en vuxen som anmäler dem.", IN, ""),
    ("Bilder publiceras bara om vårdnadshavaren har gett sitt samtycke.", IN, ""),
    ("L'inscription se fait avec l'accord d'un parent.", IN, ""),
    ("La fiche est remplie par le représentant légal de l'élève.", IN, ""),
    ("Für Kinder unter 14 Jahren brauchen wir die Einwilligung der Eltern.", IN, ""),
    ("Filmer från lägret visar vi bara med godkännande från vårdnadshavarna.", IN, ""),
    ("Vi behöver samtycke från vårdnadshavarna innan vi skickar ut listan.", IN, ""),
    ("Ausflugsfotos zeigen wir nur mit Zustimmung der Sorgeberechtigten.", IN, ""),
    # Swedish (session 17, branch sv18): the children's data in the plural genitive
    # ("barnens"), an age written "yngre än" / "N år eller äldre", a guardian called
    # "målsman", and the parent a children's section turns to.
    ("Vi sparar barnens namn och födelsedatum i medlemsregistret.", IN, ""),
    ("Tjänsten är inte avsedd för barn yngre än 13 år.", IN, ""),
    ("Du måste vara 16 år eller äldre för att skapa ett konto.", IN, ""),
    ("Deltagare behöver målsmans godkännande för att åka med på resan.", IN, ""),
    (
        "Är du förälder eller vårdnadshavare och tror att ditt barn har skickat oss uppgifter,"
        " hör av dig.",
        IN,
        "",
    ),
    ("Uppgifter äldre än två år raderas automatiskt.", "", IN),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_children_are_an_audience_only_with_an_age_their_data_or_a_parents_consent(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("Barn", "Vi säljer inte dina uppgifter till någon."),
        ("Enfants", "Nous ne vendons jamais vos données."),
        ("Mineurs", "Nous ne vendons jamais vos données."),
        ("8. Kinder", "Wir verkaufen Ihre Daten nicht."),
    ],
)
def test_a_short_heading_that_is_only_an_audience_names_it(heading: str, under: str) -> None:
    text = f"Integritet\n{heading}\n{under}\n"
    clauses = analyze_with_model(Document.from_text(text, title="case", format="txt"))
    shown = {text[c.start : c.end]: set(c.category_ids) for c in clauses}
    assert IN in shown[heading], shown
    assert IN not in shown["Integritet"], shown  # the title names the notice
