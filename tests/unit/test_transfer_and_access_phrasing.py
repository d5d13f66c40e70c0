"""Data processed in or sent to "other countries" is a cross-border transfer
(`international_specific_audiences`, the guidelines' "cross-border transfer of data") in every
language, as "third countries" and "outside the EU" already were; the right to get information
on or a copy of one's data is access (`user_access_edit_deletion`) in the wordings that read as
collection or nothing. The lines are written for this test, not taken from the dev policies or
the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, IN, check_phrasing

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


ACCESS = [
    ("Вы вправе получить информацию о данных, которые мы о вас храним.", FP),
    ("Сіз өзіңіз туралы деректер жөнінде ақпарат алуға құқылысыз.", FP),
    ("شما حق دارید رونوشتی از اطلاعات خود را از ما درخواست کنید.", ""),
]


@pytest.mark.parametrize(("text", "unwanted"), ACCESS)
def test_the_right_to_information_on_ones_data(text: str, unwanted: str) -> None:
    check_phrasing(text, (AC,), unwanted)
