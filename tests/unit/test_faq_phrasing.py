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
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_faq_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
