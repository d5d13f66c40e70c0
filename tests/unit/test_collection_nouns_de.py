"""German collection in plain words (session 14, branch euro16): "speichern wir Ihre/deine/nur"
states what is collected, as "sparar vi" does in Swedish; "Handynummer", "Mobilnummer",
"Ausweisnummer", "Ausweiskopie" and "Bankverbindung" are data as "Telefonnummer" is; and
"Kontaktdaten" is data, not a contact line. The lines are written for this test, not taken from
the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import FP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Bei der Anmeldung speichern wir Ihre Anschrift und Ihr Alter.", FP, ""),
    ("Für Rückfragen speichern wir deine Handynummer.", FP, ""),
    ("Bezahlst du bar, speichern wir nur den Betrag.", FP, ""),
    ("Eine Ausweiskopie legen wir zur Leihakte.", FP, ""),
    ("Wir speichern Ihre Kontaktdaten für Rückfragen zum Kurs.", FP, "other"),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_plain_german_collection_is_collection(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
