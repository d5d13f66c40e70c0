"""When data disappears, in sv and fr plain words (session 14, branch euro16): "tas bort ur",
"försvinner .. inom", "rensas", deletion "från/ur säkerhetskopiorna" (backups in a deletion
sentence are retention, not security), "effacées .. sous 30 jours", "supprimées au bout de".
The lines are written for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import RE, SE, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Gamla beställningar tas bort ur systemet efter ett år.", RE, ""),
    ("Din profil försvinner helt inom två veckor efter uppsägningen.", RE, ""),
    ("Chattloggar rensas varje månad.", RE, ""),
    ("Raderade konton finns kvar i säkerhetskopiorna i högst 60 dagar.", RE, SE),
    ("Les messages sont effacés au bout de six mois.", RE, ""),
    ("Les photos sont supprimées des sauvegardes sous 15 jours.", RE, ""),
    # Taking backups is still a safeguard.
    ("Vi tar säkerhetskopior av databasen varje natt.", SE, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_when_data_disappears_is_retention(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
