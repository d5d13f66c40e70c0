"""English phrasings found from the misses of the en dev policies (session 14, branch en17):
data "hosted in" a place is where it is stored, but "hosted in an encrypted data centre",
"hosted in our own systems" or "hosted in the cloud" name no place, and a single "data
centre in" a city does. The lines are written for this test, not taken from the dev policies
or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import IN, SE, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("The member list is hosted in a locked-down data centre with daily backups.", "", IN),
    ("Our booking system is hosted in an encrypted environment.", SE, IN),
    ("Everything is hosted in our own racks, behind a firewall.", "", IN),
    ("Your photos are hosted in the cloud.", "", IN),
    ("Your photos are hosted in Ireland.", IN, ""),
    ("Our forum is hosted in the European Union.", IN, ""),
    ("The app's backend runs in a data center in Oregon.", IN, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
