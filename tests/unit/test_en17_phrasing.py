"""English phrasings found from the misses of the en dev policies (session 14, branch en17):
data "hosted in" a place is where it is stored, but "hosted in an encrypted data centre",
"hosted in our own systems" or "hosted in the cloud" name no place, and a single "data
centre in" a city does. Whatever a policy says about "the police" is data handed to them, and
the right to "object to the way we use your information" is a right, not a statement of use.
Data we "pass on to", "pass it to" or "hand over" to someone goes to a third party, and so
does data "our providers", "our suppliers" or "our payment provider" hold.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, IN, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("The member list is hosted in a locked-down data centre with daily backups.", "", IN),
    ("Our booking system is hosted in an encrypted environment.", SE, IN),
    ("Everything is hosted in our own racks, behind a firewall.", "", IN),
    ("Your photos are hosted in the cloud.", "", IN),
    ("Your photos are hosted in Ireland.", IN, ""),
    ("Our forum is hosted in the European Union.", IN, ""),
    ("The app's backend runs in a data center in Oregon.", IN, ""),
    ("If a ticket was bought with a stolen card, we pass the booking to the police.", TP, ""),
    ("We will help the police trace a lost dog's owner from the microchip number.", TP, ""),
    # English cues are read in every language: a French insurance "police" is no police.
    ("Le numéro de votre police d'assurance sert à traiter le sinistre.", "", TP),
    ("Les fiches de police sont gardées six mois.", "", TP),
    ("We may pass it to the specialist who treats you next.", TP, ""),
    ("Your order is passed on to the courier for delivery.", TP, ""),
    ("We only hand over records when a court orders it.", TP, ""),
    ("Some of our suppliers keep their copies in Canada.", TP, ""),
    ("Our providers run the mailing list for us.", TP, ""),
    ("Donations by card go through our payment provider.", TP, ""),
    ("You can object to the way we use your details for fundraising.", AC, FP),
    ("You may ask us to restrict how we use your records while we check them.", AC, FP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
