"""A "label: period" line under a retention head states how long that data is kept.

A retention section often sets its periods out as rows: "Support tickets: 2 years",
"Журналы: 90 дней", "Қолдау деректері: 2 жыл", "Protokolldaten: 30 Tage". The label alone
reads as a definition, a data item or security ("Access logs"), and a bare time span is only
a weak cue; under a retention heading or list head a reader takes the row as the period of
that kind of data, and so does this: the row states retention, and nothing else.
Elsewhere ("Response time: 30 days", "Trial: 14 days") a row is left as it reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from policylens.core.classifier import ClauseEvidence, Evidence
from policylens.core.clause import CategoryScore, Clause
from policylens.core.segment import Segment
from policylens.core.taxonomy import OTHER, RETENTION

SCORE = 0.6
NOTE = "a period under a retention head"

# Time units in the languages read: en, de, fr, sv, ru, kk, fa (ar by its words).
_UNITS = (
    r"(?:hours?|days?|weeks?|months?|years?"
    r"|stunden?|tage?n?|wochen?|monate?n?|jahre?n?"
    r"|heures?|jours?|semaines?|mois|ans?|années?"
    r"|timm(?:e|ar)|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år"
    r"|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьиюь]|месяц(?:а|ев)?|год(?:а)?|лет"
    r"|сағат|күн|апта|ай|жыл"
    r"|ساعت|روز|هفته|ماه|سال"
    r"|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|اشهر|سنة|سنوات)"
)
# A count: digits, or a number word ("one", "ein", "один", "бір", "یک").
_COUNT = (
    r"(?:\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+)?"
    r"|an?|one|two|three|six|ten|twelve|ein(?:e|en)?|zwei|drei|sechs|zehn"
    r"|un|une|deux|trois|six|dix|ett|en|två|tre|sex|tio"
    r"|один|одна|два|две|три|шесть|десять|бір|екі|үш|алты|он"
    r"|یک|دو|سه|شش|ده)"
)
# "up to", "max.", "bis zu", "до", "تا" before the count; "after the last visit" after it.
_BEFORE = (
    r"(?:(?:up to|max\.?|maximum|at most|bis zu|höchstens|maximal|jusqu'à|au plus|högst"
    r"|upp till|до|не более|дейін|حداکثر|تا)\s+)?"
)
_PERIOD_ROW = re.compile(
    r"^\s*(?:[-–—•*·]\s*)?(?P<label>[^:\d]{2,60}?)\s*:\s*"
    + _BEFORE
    + _COUNT
    + r"\s*"
    + _UNITS
    + r"\b(?P<rest>[^.;:]{0,40})\.?\s*$",
    re.IGNORECASE,
)
LABEL_MAX_WORDS = 5


def period_row(
    line: str,
    own: dict[str, Evidence],
    own_all: ClauseEvidence,
    section: Mapping[str, float],
    list_head: Mapping[str, float] | None,
) -> tuple[dict[str, Evidence], ClauseEvidence]:
    """The line's own categories and all its evidence (`own`, `own_all`), or retention alone
    when the line is a row "label: period" standing under a retention heading or list head."""
    if RETENTION not in section and not (list_head and RETENTION in list_head):
        return own, own_all
    found = _PERIOD_ROW.match(line)
    if found is None or len(found.group("label").split()) > LABEL_MAX_WORDS:
        return own, own_all
    before = own_all.get(RETENTION)
    evidence = Evidence(max(SCORE, before.score if before else 0.0), [], "context", NOTE)
    return {RETENTION: evidence}, {**own_all, RETENTION: evidence}


# The words a retention sentence breaks off on when a list finishes it: "…werden nur
# gespeichert, bis" / "- der Anruf beendet ist," / "- Sie widersprechen."
_UNTIL_END = re.compile(
    r"(?:\b(?:until|till|bis|tills|till dess|jusqu'à|jusqu'à ce que|до тех пор,? пока|пока"
    r"|до|дейін)|(?<!\S)تا(?: زمانی که)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
CONTINUES_NOTE = "finishes the retention sentence above the list"


def finish_open_heads(
    text: str, segments: Sequence[Segment], clauses: list[Clause]
) -> list[Clause]:
    """`clauses` with the items of a list that finishes a retention sentence ("Your data is
    kept only until" then "- the call has ended", "- you object") given retention: each item
    is the end of that sentence, whatever its own words read as."""
    for index, seg in enumerate(segments):
        if seg.kind == "list_item" or RETENTION not in clauses[index].category_ids:
            continue
        if _UNTIL_END.search(text, seg.start, seg.end) is None:
            continue
        score = CategoryScore(RETENTION, SCORE, (), "context", CONTINUES_NOTE)
        for position in range(index + 1, len(segments)):
            if segments[position].kind != "list_item":
                break
            kept = tuple(s for s in clauses[position].categories if s.id not in (OTHER, RETENTION))
            clauses[position] = replace(clauses[position], categories=(score, *kept))
    return clauses
