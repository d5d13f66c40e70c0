"""Sharing and collection as translated de/fr policies word them (session 17, branch de19): a
loyalty-card app's or an EU body's notice rendered from English. Companies of "our group", a
buyer or legal successor, advertisers and data passed on ("geben ... weiter") are recipients;
what "you provide" and what "we evaluate" ("werten ... aus") is the service's own collection;
"sofern Sie ... zugestimmt haben" is consent; the EU member state of residence is a
jurisdiction; "Sie können der Verarbeitung ... widersprechen" is the right to object (access),
not a choice. In French, "les entités du groupe", suppliers ("fournisseurs") and a successor
receive data, while what "vous nous communiquez" is collected, not shared. The lines are
written for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # de: recipients
    (
        "Unternehmen unserer Unternehmensgruppe erhalten diese Angaben für die Verwaltung.",
        TP,
        "",
    ),
    ("Ihre Daten können an Käufer oder Rechtsnachfolger übertragen werden.", TP, ""),
    ("Wir teilen aggregierte Statistiken mit Werbetreibenden.", TP, ""),
    ("Im Falle einer Fusion können Kundendaten auf das neue Unternehmen übergehen.", TP, ""),
    ("Ihre Kontaktdaten geben wir grundsätzlich nicht weiter.", TP, ""),
    # de: the service's own collection
    (
        "Die von Ihnen bereitgestellten Informationen umfassen Ihren Namen und Ihre Anschrift.",
        FP,
        "",
    ),
    ("Wir werten Ihr Einkaufsverhalten aus, um Ihnen passende Angebote anzuzeigen.", FP, ""),
    ("Von ehrenamtlichen Helfern speichern wir Kontaktdaten und Einsatzzeiten.", FP, ""),
    # de: consent, residence, objection
    (
        "Sofern Sie zugestimmt haben, verwenden wir Ihren Standort für Angebote in Ihrer Nähe.",
        CH,
        "",
    ),
    (
        "Sie können sich an die Aufsichtsbehörde im Mitgliedstaat Ihres Aufenthalts wenden.",
        IN,
        "",
    ),
    (
        "Sie können der Verarbeitung aufgrund berechtigter Interessen jederzeit widersprechen.",
        AC,
        CH,
    ),
    # de: who gets access, public bodies, other users; logging, device data, profiles
    ("Wer erhält Zugriff auf Ihre Daten?", TP, ""),
    (
        "Soweit wir gesetzlich verpflichtet sind, geben wir Daten an die zuständigen Stellen.",
        TP,
        "",
    ),
    ("Ihre Bewertungen sind für andere Nutzer sichtbar.", TP, ""),
    ("Wenn Sie uns kontaktieren, speichern wir den Inhalt Ihrer Nachricht.", FP, ""),
    ("Wir protokollieren Fehlermeldungen, um Probleme zu beheben.", FP, ""),
    ("Wir können Ihre Daten mit Informationen aus anderen Quellen zusammenführen.", FP, ""),
    ("Wir erstellen kein Profil über Sie.", FP, ""),
    # ...and a device sending data to the service's own servers shares nothing.
    ("Beim Start übermittelt Ihr Gerät technische Informationen an unsere Server.", FP, TP),
    # de: forwarding, payment processors, sharing "mit" someone, a party told nothing
    ("Ihre Antworten werden an die Kommission weitergeleitet.", TP, ""),
    ("Die Daten werden von unserem Zahlungsabwickler verarbeitet.", TP, ""),
    ("Sie können Ihre Einträge mit Ihrem Therapeuten teilen.", TP, ""),
    ("Ihr Arbeitgeber erhält keine Informationen über Ihre Einträge.", TP, ""),
    # ...but telling us something ("teilen Sie uns ... mit") shares nothing.
    ("Mit diesem Formular teilen Sie uns Ihre Wünsche mit.", "", TP),
    # de: what the service receives and learns, and what it is used for
    ("Wir speichern die Informationen, die Sie uns geben.", FP, ""),
    ("Wir empfangen Informationen über die Funktionen, die Sie verwenden.", FP, ""),
    ("Kontoinformationen, etwa Ihr Anzeigename", FP, ""),
    ("Dazu gehören Informationen über Ihre Interaktionen mit der App.", FP, ""),
    ("Wir erfahren, welche Angebote Sie angesehen haben.", FP, ""),
    ("Ihre Daten werden ausschließlich zur Bereitstellung des Dienstes genutzt.", FP, ""),
    # fr: recipients
    ("Les entités du groupe peuvent avoir accès à vos données pour leur gestion.", TP, AC),
    ("Ces fournisseurs sont tenus contractuellement de protéger vos données.", TP, ""),
    ("Votre contribution peut être rendue publique sur le site.", TP, ""),
    ("Les informations peuvent être mises à disposition d'un successeur.", TP, ""),
    # fr: what the user gives the service is its own collection, not sharing
    ("Les informations que vous nous communiquez servent à répondre à votre demande.", FP, TP),
    ("Nous analysons les réponses pour établir un rapport de synthèse.", FP, ""),
    ("Lorsque vous utilisez l'outil, nous enregistrons la date de votre contribution.", FP, ""),
    ("Vous pouvez saisir l'autorité de contrôle de l'État membre de votre résidence.", IN, ""),
    # fr: what reaches the service's own servers, profiling, merging, uses
    ("Votre appareil envoie ces informations à nos serveurs.", FP, ""),
    ("Les entrées de votre journal ne nous sont pas transmises.", FP, TP),
    ("Nous ne procédons à aucun profilage.", FP, ""),
    ("Nous pouvons combiner ces informations avec celles d'autres sources.", FP, ""),
    ("L'application envoie un ping quotidien contenant sa version.", FP, ""),
    ("Vos données de santé ne sont jamais utilisées à des fins publicitaires.", FP, ""),
    # fr: what the service receives, learns and measures; location sharing as a setting
    ("Contenus que vous créez dans l'application, par exemple vos notes", FP, ""),
    ("Nous conservons des informations sur vos interactions avec l'application.", FP, ""),
    ("Votre localisation, si vous avez activé le partage de position", FP, TP),
    ("Nous apprenons quelles offres vous avez consultées.", FP, ""),
    ("Nous mesurons la fréquence d'ouverture de l'application.", FP, ""),
    ("Vos données sont utilisées exclusivement pour fournir le service.", FP, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_sharing_and_collection(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
