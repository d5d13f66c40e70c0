"""English phrasings found from the misses of the en dev policies (session 14, branch en16): a
recipient that "receives your" data is a third party the data goes to, unless it is the
service ("we receive your", "our servers receive your"), the reader ("you receive your", "to
receive your newsletter") or a right to one's own data ("receive your data in a portable
format"). A heading or line on where data is stored names a place ("Where your files are
kept"), a server "where" data is stored does not. The lines are written for this test, not
taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, IN, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("The courier receives your name, address and phone number to deliver the parcel.", TP, ""),
    ("Your emergency contacts receive your location while an alert is on.", TP, ""),
    ("Our payment provider receives your card details directly from you.", TP, ""),
    ("We receive your order details when you check out.", "", TP),
    ("You have the right to receive your data in a portable format.", AC, TP),
    ("If you no longer wish to receive your weekly digest, click unsubscribe.", CH, TP),
    ("Where your files are stored", IN, ""),
    ("Where we host our services", IN, ""),
    ("Only the on-call engineer can log in to the servers where scores are stored.", "", IN),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
