"""An app's or a program's new version is no change of the policy (the corpus README's
convention) in sv/fr/de: "söker efter uppdateringar", "si une nouvelle version est disponible",
"neue Versionen der App" name software updates; a new version of the policy still is one. And
updates that "rättar buggar" fix the program, not the user's data. The lines are written for
this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, PC, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Programmet frågar vår server om det finns nya versioner av programmet.", "", PC),
    ("Telefonen söker själv efter uppdateringar och laddar ner nya versioner.", "", PC),
    ("L'appli vérifie chaque semaine si une nouvelle version est disponible.", "", PC),
    ("Les mises à jour de l'application corrigent des bugs.", "", PC),
    ("Neue Versionen der App installiert der Store automatisch.", "", PC),
    ("Die App-Aktualisierung läuft über den Store.", "", PC),
    ("Uppdateringarna rättar buggar och säkerhetshål i programmet.", "", AC),
    # The policy's own new version is a change of it; correcting one's data is access.
    ("Vi publicerar en ny version av policyn på webbplatsen.", PC, ""),
    ("Une nouvelle version de cette politique sera publiée ici.", PC, ""),
    ("Eine neue Fassung dieser Erklärung veröffentlichen wir hier.", PC, ""),
    ("Du kan få felaktiga uppgifter om dig rättade.", AC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_a_new_version_of_the_app_is_no_policy_change(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
