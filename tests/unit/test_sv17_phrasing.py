"""Swedish wordings of a few practices that the Swedish cues missed: unsubscribing with
"avsäga sig" / "avanmäla sig från utskick", Do Not Track as a request "om att inte spåras",
asking "att uppgifterna raderas", "mottagare" (recipients) and "lämna ut" (disclose), and
the policy's "väsentliga ändringar" / "senaste versionen".
An app's latest version stays no policy change. The lines are written for this test, not taken
from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, DNT, PC, TP, check_phrasing

CASES = [
    ("Vill du inte längre få våra erbjudanden kan du avsäga dig dem på Mina sidor.", (CH,), ""),
    ("Du kan avanmäla dig från våra utskick genom att mejla kundtjänst.", (CH,), ""),
    ("Vi bryr oss inte om webbläsarens önskemål om att inte spåras.", (DNT,), ""),
    (
        "Om du inte vill bli spårad kan din webbläsare skicka en signal, men vi följer den inte.",
        (DNT,),
        "",
    ),
    ("Du kan när som helst begära att dina kontaktuppgifter raderas.", (AC,), ""),
    ("Vid väsentliga ändringar av policyn skickar vi ett meddelande till dig.", (PC,), ""),
    ("Den senaste versionen av integritetspolicyn hittar du alltid på vår webbplats.", (PC,), ""),
    ("Mottagare av dina uppgifter", (TP,), ""),
    ("Kategorier av mottagare av dina uppgifter", (TP,), ""),
    ("Vi kan bli tvungna att lämna ut kunduppgifter till Tullverket.", (TP,), ""),
    # The app's latest version is no policy change.
    ("Den senaste versionen av appen kräver iOS 16 eller senare.", (), PC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_sv17_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
