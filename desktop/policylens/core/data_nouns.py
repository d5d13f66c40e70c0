"""The words for "personal data" alone state no collection where a line states another practice.

The German lexicon reads "personenbezogene Daten" as a strong cue
of the service's own collection: right in "Wir erheben personenbezogene Daten" and in headings
("Personenbezogene Daten, die wir erfassen"), but a translated policy names them on nearly every
line of its other sections — "Wir verkaufen Ihre personenbezogenen Daten nicht", "Wir geben Ihre
personenbezogenen Daten nicht an Dritte weiter", "Ihre personenbezogenen Daten werden
verschlüsselt übertragen". (French "données personnelles" is read the same way, but there the
rule cost the held-out French policies more than it gained.) The
guidelines label those lines with that practice alone. Where the only cues of collection in a
clause are such nouns and another practice is stated outright (a strong cue of its own, over
the threshold), the nouns assert no collection; "Wir speichern Ihre Daten … und geben sie …
weiter" keeps its "wir speichern".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.core.substrings import may_contain
from policylens.core.taxonomy import FIRST_PARTY

# (weight, start, end) of one cue in a clause; a negative weight is a "not" phrase.
_Hit = tuple[float, int, int]

# The practices such a line states instead: sharing, retention, security, access and deletion.
# (Not consent or where the data goes: "Mit Ihrer Einwilligung verarbeiten wir …", "… werden
# in der EU verarbeitet" say what the service does with them as well.)
OTHER_PRACTICES = (
    "third_party_sharing_collection",
    "data_retention",
    "data_security",
    "user_access_edit_deletion",
)
# A strong cue weighs 0.8: the practice is stated by one phrase of its own.
_STRONG = 0.8

# Every match of _DATA_NOUN holds one of these, in lower case (for `substrings.may_contain`).
NOUN_PARTS = ("daten", "informationen", "angaben")
_DATA_NOUN = re.compile(
    r"(?:(?:personenbezogenen?|persönlichen?)\s+)?daten|informationen|angaben",
    re.IGNORECASE,
)


def is_data_noun(phrase: str) -> bool:
    """Whether a cue's text is just a German word for data ("personenbezogenen Daten",
    "Informationen", "Angaben"; not a kind of data such as "Protokolldaten", which "Wir
    verwenden Protokolldaten, um Angriffe zu erkennen" names as what the service uses)."""
    return _DATA_NOUN.fullmatch(" ".join(phrase.split())) is not None


def data_noun_alone(
    text: str,
    per_category: dict[str, list[_Hit]],
    unblocked: Callable[[list[_Hit]], list[_Hit]],
) -> None:
    """Drop the clause's collection (`per_category[FIRST_PARTY]`) when its only cues are the
    words for personal data and a strong cue, outside any "not" phrase, states another practice.
    `unblocked` gives the hits that no "not" phrase overlaps."""
    practices = [per_category[p] for p in OTHER_PRACTICES if per_category.get(p)]
    if not practices:
        return
    cues = per_category[FIRST_PARTY]
    # A line with no cue that may be such a noun (most of them, every one in another
    # language) keeps its collection without the regex. Tested once on the stretch from the
    # first cue to the last (a cue that may hold a noun makes it pass too): one test per
    # line instead of one per cue, each of which searched a Persian cue for odd letters.
    spans = [(start, end) for weight, start, end in cues if weight >= 0]
    if not spans or not may_contain(text[min(spans)[0] : max(e for _, e in spans)], NOUN_PARTS):
        return
    hits = unblocked(cues)
    if not hits or not all(is_data_noun(text[start:end]) for _, start, end in hits):
        return
    for practice_hits in practices:
        if any(weight >= _STRONG - 1e-9 for weight, _, _ in unblocked(practice_hits)):
            del per_category[FIRST_PARTY]
            return
