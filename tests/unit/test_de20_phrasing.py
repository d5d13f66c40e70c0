"""Choices, sharing, lifetimes and export as translated de policies word them (session 18, branch
de20): a foundation's website notice or a mood-diary app rendered from English. "Sie entscheiden
(selbst), ob" / "Sie können wählen", objecting to advertising or analytics, "wenn Sie nicht ...
möchten", switching something off ("ausschalten", "abstellen"), "festlegen", details that are
optional or need not be given, a permission taken back ("wieder entziehen") and use without
registering are choices; embedded videos (YouTube, Vimeo), what a provider "erhält", data sent
"an Server von" a company and photos published ("veröffentlichen", Instagram, social media),
"diese Unternehmen", payments handled "über" someone and what is visible to a named group reach
third parties, but publishing a new version of the notice does not; cookies that "verfallen" or
"laufen ... ab" have a lifetime; Matomo, "um zu verstehen, wie", what "wir vermerken", the
address book, a ping and entries kept "lokal" on the device are the service's own collection;
"Wer ist für die Verarbeitung verantwortlich?" names no practice; an export function is access;
two-factor log-in, a device that locks itself, a separated network and access for "diejenigen"
who need it are security; an app that "merkt sich" something, data linked ("verknüpfen"), what
"wir sehen" are collection; deleting "sobald" or "wenn" something ends is retention, not
erasure; "wir passen diese ... an" and "neue Versionen dieser" are changes; the rights to
restriction and objection name no collection; a parent's consent to a child's use is about
children, not a choice; objecting to "dieser Verarbeitung" is access; the AO is a named law. The
lines are written for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # choices
    ("Sie entscheiden selbst, ob die App auf Ihre Kamera zugreifen darf.", CH, ""),
    ("Sie können wählen, ob Ihre Notizen in der Cloud gesichert werden.", CH, ""),
    ("Du entscheidest, ob wir dir Tipps per E-Mail schicken.", CH, ""),
    ("Sie entscheiden, ob Ihre Daten für Statistiken genutzt werden.", CH, ""),
    ("Der Nutzung Ihrer Adresse für Werbung können Sie jederzeit widersprechen.", CH, ""),
    ("Sie können der Analyse Ihres Nutzungsverhaltens jederzeit widersprechen.", CH, ""),
    ("Wenn Sie nicht angerufen werden möchten, genügt eine kurze Nachricht.", CH, ""),
    ("Benachrichtigungen können Sie in der App jederzeit ausschalten.", CH, ""),
    ("In Ihrem Kundenkonto können Sie festlegen, welche Nachrichten Sie erhalten.", CH, ""),
    # ...but a volunteers' day ("Freiwilligenaktion") is no voluntary choice.
    ("Für eine Freiwilligenaktion speichern wir Ihren Namen und Ihre Telefonnummer.", FP, CH),
    # third parties: embedded content, what a provider receives, publication
    ("Eingebettete Videos und Karten", TP, ""),
    ("Auf einigen Seiten sind Videos von Vimeo eingebunden.", TP, ""),
    ("Beim Laden der Karte erhält Google Ihre IP-Adresse.", TP, ""),
    ("Die Messwerte werden an Server von Microsoft übertragen.", TP, ""),
    ("Gruppenfotos veröffentlichen wir im Jahresbericht.", TP, ""),
    ("Einige Bilder der Feier veröffentlichen wir auf der Website.", TP, ""),
    ("Ausgewählte Bilder zeigen wir auch auf Instagram.", TP, ""),
    # ...but publishing a new version of the notice shares nothing.
    ("Wenn wir etwas ändern, veröffentlichen wir die neue Fassung auf dieser Seite.", PC, TP),
    # lifetimes
    ("Diese Cookies verfallen nach sechs Monaten.", RE, ""),
    ("Das Cookie läuft nach 24 Stunden ab.", RE, ""),
    ("Nach zwei Jahren ohne Nutzung wird Ihr Konto entfernt.", RE, ""),
    # the service's own collection; who is responsible names no practice
    ("Mit Matomo messen wir, welche Seiten aufgerufen werden.", FP, ""),
    ("Wir setzen ein Werkzeug ein, um zu verstehen, wie Besucher die Seiten nutzen.", FP, ""),
    ("Unverträglichkeiten vermerken wir in Ihrer Kundenakte.", FP, ""),
    ("Mit Ihrer Erlaubnis liest die App Ihr Adressbuch, um Freunde zu finden.", FP, ""),
    ("Wer ist für die Datenverarbeitung verantwortlich?", "", FP),
    # access: export
    ("Ihre Einträge können Sie jederzeit als CSV-Datei exportieren.", AC, ""),
    ("Über die Exportfunktion erhalten Sie eine Kopie aller Notizen.", AC, ""),
    ("Welche Datenschutzrechte haben Sie?", AC, ""),
    # security
    ("Die Anmeldung ist durch eine Zwei-Faktor-Authentifizierung abgesichert.", SE, ""),
    ("Das Tablet sperrt sich nach zwei Minuten ohne Eingabe.", SE, ""),
    ("Die Kasse hängt an einem vom Netz getrennten Rechner, den Gäste nicht nutzen.", SE, ""),
    (
        "Im Verein erhalten diejenigen Mitarbeiter Zugriff, die ihn für ihre Aufgabe brauchen.",
        SE,
        "",
    ),
    # choices: switching off, details one need not give, permissions taken back, no account
    ("Die Weitergabe von Diagnosedaten können Sie in den Einstellungen abstellen.", CH, ""),
    ("Sie müssen uns Ihre Telefonnummer nicht angeben.", CH, ""),
    ("Die Angabe eines Spitznamens ist optional.", CH, ""),
    ("Die Erlaubnis für Benachrichtigungen können Sie jederzeit wieder entziehen.", CH, ""),
    ("Um keine Angebote mehr zu erhalten, genügt eine E-Mail an uns.", CH, ""),
    ("Sie können unseren Dienst auch nutzen, ohne sich zu registrieren.", CH, ""),
    # third parties: "diese Unternehmen", payment handled "über" someone, visible to a group
    ("Diese Unternehmen verwenden die Daten ausschließlich für uns.", TP, ""),
    ("Die Bezahlung wird über Apple abgewickelt.", TP, ""),
    ("Ihre Beiträge sind für die Moderatoren des Forums sichtbar.", TP, ""),
    # the service's own collection: a daily ping, entries kept on the device
    ("Die App sendet einmal am Tag einen Ping an unseren Server.", FP, ""),
    ("Ihre Notizen werden lokal auf Ihrem Gerät gespeichert.", FP, ""),
    # own collection: what the app "merkt sich", linked data, "was ... gespeichert wird"
    ("Die App merkt sich, welche Übungen du gemacht hast.", FP, ""),
    ("Wir verknüpfen Ihre Bestellungen mit Ihrem Kundenkonto.", FP, ""),
    ("Was auf dem Server gespeichert wird", FP, ""),
    ("Wir sehen nur, wann Sie sich angemeldet haben.", FP, SE),
    # deleting "once" something is done is a retention period, not the right to erasure
    ("Belege löschen wir, sobald die Reparatur bezahlt ist.", RE, AC),
    # changes to the notice
    ("Wir passen diese Hinweise an, wenn sich unser Angebot ändert.", PC, ""),
    ("Neue Versionen dieser Erklärung zeigen wir Ihnen in der App an.", PC, ""),
    # each staff member "sieht nur" their own group: access control
    ("Jeder Trainer sieht nur die Daten seiner eigenen Gruppe.", SE, ""),
    # the rights to restriction and objection name no collection
    ("Sie haben das Recht auf Einschränkung der Verarbeitung.", AC, FP),
    # a parent's consent to a child's use is about children, not a choice of the reader
    ("Kinder unter 16 Jahren dürfen die App nur mit Zustimmung der Eltern nutzen.", IN, CH),
    ("Jugendliche benötigen die Einwilligung eines Erziehungsberechtigten.", IN, CH),
    # objecting to "dieser Verarbeitung" is the right to object
    ("Sie können dieser Verarbeitung jederzeit widersprechen.", AC, CH),
    # the tax code (AO) is a named law
    ("Buchungsbelege bewahren wir nach § 147 AO zehn Jahre auf.", IN, ""),
    # third probe: data provided to the competent authorities; "wir analysieren", "abgelegt";
    # "die Wahl", what is off by default
    ("Auf Anordnung stellen wir Informationen den zuständigen Behörden bereit.", TP, ""),
    ("Sie können sich bei der zuständigen Aufsichtsbehörde beschweren.", AC, TP),
    ("Wir analysieren, welche Seiten am häufigsten besucht werden.", FP, ""),
    ("Ihre Antworten werden in unserer Datenbank abgelegt.", FP, ""),
    ("Sie haben die Wahl, ob Sie uns Ihre Adresse mitteilen.", CH, ""),
    ("Die Ortung ist standardmäßig deaktiviert.", CH, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_choices_sharing_and_lifetimes(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
