"""Swedish technical notices (issue 11, session 13): usage statistics in a compound are
collected data, "stäng av" / "du stänger av" is a choice, an outside supplier or other
developers are third parties, a program's version number or its updates are not the policy's.
A line that is nothing but a question and an address takes no section's practice. The lines are
written for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, PC, RE, TP, check_phrasing

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Appen samlar besöksstatistik för att se vilka sidor som är populära.", FP, ""),
    # A cookie's lifetime is how long it is kept; its type's name says nothing of collection.
    ("Kakor för statistik har en livslängd på två år.", RE, ""),
    ("Statistikcookien har en livslängd på ett år.", RE, FP),
    ("Du stänger av kraschrapporterna under Inställningar.", CH, ""),
    ("Stäng av platstjänster i telefonen om du inte vill dela din position.", CH, ""),
    ("Push-notiser kan stängas av när som helst.", CH, ""),
    ("Betalningar hanteras av en extern leverantör.", TP, ""),
    ("Teman i butiken görs av andra utvecklare än oss.", TP, ""),
    ("Appen skickar sitt versionsnummer när den startar.", "", PC),
    ("Vi rekommenderar att du slår på automatiska uppdateringar.", "", PC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_swedish_technical_notice_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(
    "line",
    [
        "Frågor? Skriv till integritet@exempel.example.",
        "Questions? Write to privacy@example.com.",
        "Вопросы? Пишите на privacy@example.ru.",
    ],
)
def test_a_question_and_an_address_after_a_section_take_none_of_its_practice(line: str) -> None:
    text = f"Changes to this notice\nWe may change this notice and post the new version.\n{line}\n"
    document = Document.from_text(text, title="case", format="txt")
    clauses = analyze_with_model(document)
    assert PC in clauses[1].category_ids
    last_line = [c for c in clauses if c.start >= text.index(line)]
    assert len(last_line) >= 1
    assert all(c.category_ids == ("other",) for c in last_line), last_line
