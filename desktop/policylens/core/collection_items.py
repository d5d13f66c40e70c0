"""Items of a German, French or Kazakh list of what the service collects keep that collection.

A translated notice lists the kinds of data it collects under a heading or head sentence
("Welche Informationen wir erfassen", "Informations que vous nous fournissez :"), one kind a
line, mostly without bullets: "Profileinstellungen, zum Beispiel Ihre bevorzugte Sprache …",
"Die Kanäle und Newsletter, die Sie abonniert haben.", "Sicherheitsinformationen, etwa Ihr
Passwort …", "Préférences de communication, par exemple …". A word of another practice in the
item ("Einstellungen", "abonniert", "freiwillig", "Passwort", "préférences") names what is
collected as well: the guidelines judge a list's item with its head in mind. Such an item — a
line that starts with a noun phrase, not a sentence of its own, and offers the user nothing
("Sie können …", "vous pouvez …") — keeps the section's collection beside what its own words
say. (Dropping the choice or safeguard its words name cost labels such as "Einwilligung: wenn
Sie … zugestimmt haben" under a legal-bases head.)

Kazakh app policies set such items out as "label: value" rows ("Кіру деректері: логин,
құпиясөз"); a Kazakh clause ends in its verb, so a short phrase before a comma is no item
there ("Төлем Kaspi арқылы өтеді, …"): a Kazakh item is a row whose label names a kind of
record (`kazakh_rows.labels_a_record`) and that states no retention of its own.
"""

from __future__ import annotations

import re
from typing import Any

from policylens.core.kazakh_rows import labels_a_record
from policylens.core.taxonomy import FIRST_PARTY, RETENTION

_LANGUAGES = frozenset({"de", "fr", "kk"})
# The first words of a sentence of its own (a subject, a conjunction, a preposition that
# opens a clause), lower case: a line starting otherwise starts with a noun phrase.
_STARTERS = frozenset(
    "wir sie du ihr er es man dies diese dieser dieses an gegenüber wenn falls sofern soweit "
    "um damit da dabei hierbei mit nach bei zu für auf in über unter durch ohne bitte zudem "
    "außerdem ferner auch nur sobald solange während wo wie was welche welcher ob "
    "nous vous il elle ils elles on ce cette ces cela ceci si lorsque quand pour afin avec "
    "après avant dans par sans sur en au aux à dès tant nos notre vos votre".split()
)
_OFFER = re.compile(
    r"\b(?:können|kannst|könnt|dürfen|möchten|möchtest|pouvez|peux|pourrez|souhaitez)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# An item names its kind of data in its first words, then a comma, colon or dash ("Nutzungsdaten:
# …", "Profileinstellungen, zum Beispiel …"); a sentence ("Analyse-Cookies laufen nach 13
# Monaten ab.", "Wollen Sie keine Erinnerungen mehr, genügt …") has none that soon.
_HEAD_WORDS = 4
_SEPARATOR = re.compile(r"[,:;–—]|\s-\s")


def names_a_kind_of_data(line: str) -> bool:
    """Whether `line` reads as an item of a list of data kinds: it starts with a noun phrase
    of a few words, then a comma, colon or dash."""
    words = _WORD.findall(line)
    # ("Die Kanäle …", "Les préférences …": an article opens a noun phrase.)
    if not words or words[0].lower() in _STARTERS:
        return False
    parts = _SEPARATOR.split(line, maxsplit=1)
    if len(parts) < 2 or len(_WORD.findall(parts[0])) > _HEAD_WORDS:
        return False
    return not _OFFER.search(line)


def keep_collection(
    line: str,
    language: str,
    heading: bool,
    own: dict[str, Any],
    context: dict[str, tuple[float, str]],
    head: dict[str, float] | None,
    score: float,
) -> None:
    """In a section or list whose head names collection alone, an item naming a kind of data
    takes that collection too (into `context`, at `score`), beside what its own words say."""
    if (
        heading
        or not head
        or set(head) != {FIRST_PARTY}
        or FIRST_PARTY in own
        or not own
        or language.split("-")[0] not in _LANGUAGES
        or not (
            labels_a_record(line) and RETENTION not in own
            if language.split("-")[0] == "kk"
            else names_a_kind_of_data(line)
        )
    ):
        return
    context[FIRST_PARTY] = (score, "list head")
