"""Unmarked list items that read like headings: "We'll use this information to:" followed by
"Process payments and prevent fraud", "Show you products you recently viewed" on lines of their
own, without bullets or a full stop.

The segmenter takes such short lines without a full stop for headings; a heading that names
nothing then gives them nothing, and the purposes of a shop's or an app's use list go unmarked.
A line right after a head ending with ":" (or after another such line), that names no practice
and no generic topic of its own and is short, is an item of that head's list: it takes the
head's categories, as a bulleted item would (`list_context.item_context`). A line with a
practice of its own ("Data retention") or a generic one ("Contact us") is a heading again and
ends the list, and so does a "label: value" row, an address or a link; a head naming a law or a
place (the controller "within the meaning of the GDPR is:" over its address) passes nothing on.
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.clause import Clause
from policylens.core.segment import Segment
from policylens.core.taxonomy import INTERNATIONAL, OTHER

ITEM_NOTE = "an unmarked item of the list head before it"
MAX_WORDS = 14
MAX_ITEMS = 12
# A generic heading ("Contact us", "Definitions") is this short; a longer line with a contact
# word ("Answer your questions by e-mail") may be a purpose.
GENERIC_WORDS = 4


def unmarked_item(
    line: str,
    heading: bool,
    own: ClauseEvidence,
    own_all: ClauseEvidence,
    before: tuple[str, Sequence[Segment], Sequence[Clause]],
    score: float,
) -> tuple[ClauseEvidence, ClauseEvidence]:
    """`own`/`own_all` with the list head's categories for a heading-like line that is an
    unmarked item of a list (`before`: the text, its segments and the clauses so far)."""
    if not heading or own or not _item_like(line):
        return own, own_all
    other = own_all.get(OTHER)
    if other is not None and other.score >= THRESHOLD and len(line.split()) <= GENERIC_WORDS:
        return own, own_all
    text, segments, clauses = before
    head = None
    for back in range(len(clauses) - 1, max(-1, len(clauses) - 1 - MAX_ITEMS), -1):
        segment = segments[back]
        if segment.introduces:
            head = clauses[back]
            break
        if segment.kind != "heading" or not _item_like(text[segment.start : segment.end]):
            return own, own_all
    if head is None:
        return own, own_all
    found = {
        c.id: Evidence(score, [], "context", ITEM_NOTE)
        for c in head.categories
        if c.id not in (OTHER, INTERNATIONAL)
    }
    if not found:
        return own, own_all
    return found, {**own_all, **found}


def _item_like(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and ":" not in stripped
        and "：" not in stripped
        and "@" not in stripped
        and "http" not in stripped
        and len(stripped.split()) <= MAX_WORDS
    )
