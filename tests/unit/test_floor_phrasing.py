"""Small-site and translated-notice phrasing in de/fr/sv (issue 11, session 12): the cue families
the fresh dev policies' misses showed. The lines are written for this test, not taken from the
dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # German: deleting "auf Wunsch" / "auf Anfrage" is deletion, not a choice.
    ("Alte Karteikarten vernichten wir auf Wunsch sofort.", AC, CH),
    ("Auf Anfrage entfernen wir Ihre Fotos aus der Galerie.", AC, ""),
    # Keeping data "until you delete the account" is a retention period.
    ("Ihr Profil speichern wir, bis Sie Ihr Konto löschen.", RE, ""),
    # A safe or a locked drawer protects the papers; a security lock is a product.
    ("Die Verträge liegen im Tresor im Büro.", SE, ""),
    ("Wir bauen Sicherheitsschlösser und Schließanlagen ein.", "", SE),
    # Saying you no longer want something, or using the service without an account, is a choice.
    ("Wer keine Erinnerungen per SMS mehr bekommen möchte, sagt es uns einfach.", CH, ""),
    ("Die App lässt sich auch ohne Konto nutzen.", CH, ""),
    # A data set published for everyone is a disclosure.
    (
        "Die Messwerte werden als offener Datensatz veröffentlicht, den jeder herunterladen kann.",
        TP,
        "",
    ),
    # French: processed "par un service" is a processor; preferring a call is a choice;
    # a security key from the locksmith's supplier is not data security.
    ("Les rapports d'erreur sont traités par une société spécialisée.", TP, ""),
    ("Si vous préférez un e-mail, indiquez-le sur la fiche.", CH, ""),
    ("Vous pouvez consulter le catalogue sans compte.", CH, ""),
    ("Nous posons des serrures de sécurité et des portes blindées.", "", SE),
    ("Les enregistrements sont rendus publics dans un jeu de données ouvert.", TP, ""),
    # Swedish: selling bikes is not selling data; selling data still is.
    ("Vi säljer begagnade barnvagnar och lagar cyklar.", "", TP),
    ("Vi säljer aldrig dina uppgifter.", TP, ""),
    ("Kvittopärmen ligger i ett kassaskåp.", SE, ""),
    # A storage service is a provider, not a retention period.
    ("Vi anlitar lagringstjänster i molnet för säkerhetskopior.", "", RE),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_floor_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
