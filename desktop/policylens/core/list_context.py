"""A list item is read with its list head: the line ending with ":" before the list, or a
heading that names a practice right above it.

A head that names nothing itself ("This may include:") takes the practice of the sentence before
it on its line; a head stating a practice beside a law passes the practice on, not the law (each
item names a processor, not a jurisdiction), unless it is about children. An item stating a
right the user exercises by choosing ("withdraw your consent") does not take its rights list's
access category: it is `user_choice_control` by the guidelines.
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.core.classifier import Evidence
from policylens.core.clause import CategoryScore, Clause
from policylens.core.detail_lines import is_dateline
from policylens.core.own_categories import LIST_HEAD_SCORE, names_minors
from policylens.core.segment import Segment
from policylens.core.taxonomy import ACCESS, CHOICE, INTERNATIONAL, OTHER


def item_context(
    list_head: dict[str, float], own: dict[str, Evidence]
) -> dict[str, tuple[float, str]]:
    """The categories an item takes from its list head (those it does not state itself)."""
    return {
        c: (LIST_HEAD_SCORE, "list head")
        for c in list_head
        if c not in own and not (c == ACCESS and CHOICE in own)
    }


def list_head_after(
    text: str,
    seg: Segment,
    line: str,
    own: dict[str, Evidence],
    scores: Sequence[CategoryScore],
    clauses: Sequence[Clause],
    list_head: dict[str, float] | None,
) -> dict[str, float] | None:
    """The list head in force after the clause `seg` (`line`, its own categories `own`, its
    final `scores`, the last of `clauses`): its own categories if it introduces a list, a
    heading's practice for a list right under it, or the head before it for an item."""
    if seg.introduces:
        head = {s.id: s.score for s in scores if s.id != OTHER} or None
        if head is None:
            head = _head_sentence_before(text, clauses)
        if head and len(head) > 1 and not names_minors(line):
            head.pop(INTERNATIONAL, None)
        return head
    if seg.kind == "heading" and own and not is_dateline(line):
        # A list right under a heading that names a practice is that heading's list.
        return {c: e.score for c, e in own.items()}
    if seg.kind != "list_item":
        return None
    return list_head


def _head_sentence_before(text: str, clauses: Sequence[Clause]) -> dict[str, float] | None:
    """A list head that names nothing itself ("This may include:", "Det kan omfatta:") ends a
    line whose sentence before it states the practice ("Like most programs, it sends us some
    technical information. This may include:"): the items are that sentence's list."""
    if len(clauses) < 2:
        return None
    before, head = clauses[-2], clauses[-1]
    if before.kind == "heading" or "\n" in text[before.end : head.start]:
        return None
    return {s.id: s.score for s in before.categories if s.id != OTHER} or None
