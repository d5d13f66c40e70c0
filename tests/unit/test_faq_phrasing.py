"""FAQ-form and plain parents'-app / public-consultation phrasing in de/fr/sv (issue 11,
session 13): the cue families the fresh dev policies' misses showed. The lines are written for
this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # German: "den Stand" (a version date) is not "den Standort".
    ("Den Standort des Rollers sehen wir nur während der Fahrt.", "", PC),
    # Data that is "weg" or "verschwindet" after a span, FAQ questions on how long, and deleting
    # "sobald" something is done are retention periods, not a right to deletion.
    ("Die Fotos der Feier sind nach vier Wochen weg.", RE, ""),
    ("Die Chatverläufe verschwinden nach einem halben Jahr von selbst.", RE, ""),
    ("Wie lange bewahrt ihr meine Rechnungen auf?", RE, ""),
    ("Den Mietvertrag löschen wir, sobald die Kaution zurückgezahlt ist.", RE, AC),
    # FAQ questions: is my data safe with you, what do you know about me, what must you know.
    ("Sind meine Angaben bei euch sicher?", SE, ""),
    ("Du kannst jederzeit fragen, was wir über dich gespeichert haben.", AC, ""),
    ("Kann ich sehen, was ihr über mich habt?", AC, ""),
    # ... but a heading on what we know about you is collection.
    ("Was wir über dich wissen", FP, AC),
    ("Was müsst ihr von mir wissen?", FP, ""),
    # The Swiss authority (EDÖB) to complain to; changing "these notes" is a policy change.
    ("Beschwerden nimmt der EDÖB in Bern entgegen.", AC, ""),
    ("Ändern sich diese Hinweise, sagen wir es dir per Mail.", PC, ""),
    # French: "société tierce", "faire appel à" a provider, shown to everyone, under an age.
    ("Nous partageons des statistiques avec une société tierce de mesure d'audience.", TP, ""),
    ("Pour l'envoi des SMS, nous faisons appel à un prestataire situé à Lille.", TP, ""),
    ("Votre pseudonyme est visible par tous les membres du forum.", TP, ""),
    ("En dessous de 15 ans, l'inscription demande l'accord d'un parent.", IN, ""),
    ("Vous pouvez masquer votre adresse dans votre profil public.", CH, ""),
    # Swedish: "avdelning" (a department) is not "delning" (sharing); staff who only see their
    # own group protect the data.
    ("Lärarna på varje avdelning ser bara sina egna elever.", SE, TP),
    # "Det här sparas" heads a list of what is collected, not a retention period.
    ("Det här sparas när du bokar en tid", FP, RE),
    ("Vi sparar kvittona i sju år.", RE, ""),
    ("Därför behöver vi ditt personnummer", FP, ""),
    # The Finnish authority (dataombudsmannen) to complain to.
    ("Du kan klaga hos dataombudsmannen om du tycker att vi gör fel.", AC, ""),
    # Second round (corpus dev misses): versions that "gelten ab dem" a date or were "zuletzt ..
    # überarbeitet", and earlier "Fassungen", are policy change; a discount that "gilt ab" an
    # amount is not.
    ("Diese Datenschutzhinweise gelten seit dem 1. Mai 2026.", PC, ""),
    ("Ältere Fassungen schicken wir Ihnen gern zu; frühere Fassungen liegen im Archiv.", PC, ""),
    ("Der Rabatt gilt ab einem Einkaufswert von 50 Euro.", "", PC),
    ("Fotos aus dem Gruppenchat sind nach zwei Wochen aus der App weg.", RE, ""),
    ("Keine Lust auf unseren Newsletter? Ein Klick unten genügt.", CH, ""),
    # A booking that "läuft über" a provider, a court order, categorising purchases.
    ("Die Terminvergabe läuft über einen externen Kalenderdienst.", TP, ""),
    ("Nur auf gerichtliche Anordnung geben wir Kundendaten heraus.", TP, ""),
    ("Wir kategorisieren Ihre Einkäufe, um Ihnen passende Angebote zu zeigen.", FP, ""),
    # French: orders that "passent par" a provider; "avec votre permission", "si vous êtes
    # d'accord"; the Swiss law (LPD) and authority (PFPDT); "faire corriger"; a country where the
    # data is stored is not a retention period.
    ("Les commandes passent par une plateforme de paiement externe.", TP, ""),
    ("Nous ne publions votre témoignage qu'avec votre permission.", CH, ""),
    ("Si vous êtes d'accord, nous ajoutons votre nom à la liste des donateurs.", CH, ""),
    ("La loi fédérale sur la protection des données (LPD) s'applique à nos traitements.", IN, ""),
    ("Vous pouvez faire corriger une adresse erronée en nous écrivant.", AC, ""),
    ("Les données sont stockées en Suisse chez notre hébergeur.", IN, RE),
    ("Dernière révision : mai 2026", PC, ""),
    # Swedish: "vad vi har sparat om dig", ticking a box, deleted "från servern efter", an age
    # one must have reached, Skatteverket, a duty of confidentiality.
    ("Vi berättar gärna vad vi har sparat om dig.", AC, ""),
    ("Vill du veta vad vi har om dig, hör av dig.", AC, ""),
    ("Vad vi vet om dig", FP, AC),
    ("Kryssa i rutan om du vill ha påminnelser.", CH, ""),
    ("Loggfilerna raderas automatiskt från servern efter två veckor.", RE, ""),
    ("Du måste ha fyllt 16 år för att skapa ett konto.", IN, ""),
    ("Vi lämnar uppgifter om RUT-avdrag till Skatteverket.", TP, ""),
    ("Alla som arbetar hos oss har tystnadsplikt om det de ser hos dig.", SE, ""),
    # Third round (fresh plain probes): throwing away, keeping ("heben wir .. auf"), striking
    # off a list, not wanting more mail, what an outside office "bekommt von uns", counting
    # page views; a notice that "gilt für" someone states its scope, not a version.
    ("Die alten Lieferscheine werfen wir nach zwei Jahren weg.", RE, ""),
    ("Ihre Bewerbungsunterlagen heben wir drei Monate auf.", RE, ""),
    ("Wir können Sie jederzeit aus der Kartei streichen.", AC, ""),
    ("Wenn Sie keine Werbung mehr von uns bekommen möchten, rufen Sie an.", CH, ""),
    ("Das Lohnbüro bekommt von uns die Arbeitszeiten der Aushilfen.", TP, ""),
    ("Unsere Website zählt, wie viele Besucher eine Seite aufrufen.", FP, ""),
    ("Diese Hinweise gelten für Kundinnen und Kunden unserer Filialen.", "", PC),
    # French: the carrier, counting visits, photos that "restent en ligne".
    ("Votre adresse est donnée uniquement au livreur de la commande.", TP, ""),
    ("Notre site compte le nombre de visites par jour.", FP, ""),
    ("Les avis restent en ligne deux ans.", RE, ""),
    # Swedish: not wanting more mailings, the accounting firm, asking what we hold, counting
    # visits, what "ligger kvar till" a date.
    ("Om du inte vill ha våra nyhetsbrev, svara nej.", CH, ""),
    ("Vår bokföringsbyrå får kvittona varje månad.", TP, ""),
    ("Du kan fråga vilka uppgifter vi har sparat.", AC, ""),
    ("Sidan räknar hur många som klickar på varje länk.", FP, ""),
    ("Annonsen ligger kvar till sista ansökningsdag och tas sedan bort.", RE, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_faq_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
