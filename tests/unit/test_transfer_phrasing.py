"""Data processed in or sent to "other countries" is a cross-border transfer
(`international_specific_audiences`, the guidelines' "cross-border transfer of data") in every
language, as "third countries" and "outside the EU" already were. The lines are written for
this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import IN, check_phrasing

CASES = [
    "Ваши данные могут передаваться в другие страны.",
    "Данные могут обрабатываться в третьих странах.",
    "Деректеріңіз басқа елдерге берілуі мүмкін.",
    "Dina uppgifter kan behandlas i andra länder.",
    "Vos données peuvent être traitées dans d'autres pays.",
]


@pytest.mark.parametrize("text", CASES)
def test_transfer_to_other_countries(text: str) -> None:
    check_phrasing(text, (IN,), "")
