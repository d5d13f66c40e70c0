"""Recipients a small sv/fr/de organisation hands data to without the words "third party":
a federation or association ("till förbundet", "an den Landesverband"), an insurer, the tax
office, family-benefit and social-security bodies ("la CAF", "l'URSSAF"), the police; and the
Swedish "skickar vi till" / "rapporterar vi till". The lines are written for this test, not
taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Närvarolistor skickar vi till kommunen en gång per termin.", TP, ""),
    ("Medlemsantalet rapporterar vi till förbundet varje år.", TP, ""),
    ("Vid en skada går anmälan till försäkringsbolaget.", TP, ""),
    ("Die Mitgliederzahl melden wir jährlich an den Landesverband.", TP, ""),
    ("Unfälle melden wir an unsere Haftpflichtversicherung.", TP, ""),
    ("Spendenquittungen legen wir dem Finanzamt vor.", TP, ""),
    ("Les attestations de présence sont envoyées à la CAF.", TP, ""),
    ("Nous déclarons les salaires à l'URSSAF.", TP, ""),
    ("En cas de sinistre, notre assureur reçoit le constat.", TP, ""),
    # Our own sending to the member is no sharing.
    ("Kvittot skickas till din e-post.", "", TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_an_authority_federation_or_insurer_receiving_data_is_sharing(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
