"""What each pane of the side-by-side view paints: relation tints, changed words, category
colours or underlines, carried-over annotations — merged into per-block spans for a highlighter.

Pure Python (no Qt objects), so the spans are cut on the worker thread with the comparison.
A format is a short string key ("bg=#fff1c2;ul=#8ecae6;us=line;strong=1") that the pane's
highlighter turns into a QTextCharFormat once and caches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from policylens.core.clause import Clause
from policylens.core.compare import Comparison
from policylens.view.clauses import visible_category
from policylens.view.offsets import QtOffsets
from policylens.view.spans import BlockSpans, LineCutter

Side = Literal["a", "b"]
ColourBy = Literal["changes", "categories"]

# Tints readable under black text; the connectors use the same colours (gutter.py).
RELATION_COLORS: dict[str, str] = {
    "changed": "#ffe7a3",  # amber
    "added": "#c9efc4",  # green
    "removed": "#ffc9c4",  # red
    "moved": "#dccfff",  # violet
    "unmatched": "#e4e4e4",  # translation: a paragraph with no counterpart
}
WORD_COLOR = "#ffb429"  # the changed words inside a changed clause: stronger amber
ANNOTATION_COLOR = "#1f4fbf"
SAME_CONNECTOR = "#c8c8c8"


@dataclass(frozen=True, slots=True)
class Mark:
    """One painted range in code-point offsets; later marks win attribute by attribute."""

    start: int
    end: int
    attrs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class CarriedAnnotation:
    """An annotation of document A placed on document B (versions mode)."""

    start: int
    end: int
    category: str
    note: str
    how: str  # "pair" (found inside its clause's counterpart), or core.anchoring's `how`


@dataclass
class PaneMarks:
    relation: list[Mark] = field(default_factory=list)
    words: list[Mark] = field(default_factory=list)
    categories: list[Mark] = field(default_factory=list)
    annotations: list[Mark] = field(default_factory=list)

    def all(self) -> list[Mark]:
        return self.categories + self.relation + self.words + self.annotations


def pair_relation(relation: str, mine: object, other: object) -> str:
    """The relation a pane shows for its side of a pair (translation gaps: "unmatched")."""
    if relation == "aligned" and (mine is None or other is None):
        return "unmatched"
    return relation


def pane_marks(
    comparison: Comparison,
    side: Side,
    clauses: Sequence[Clause],
    colors: dict[str, str],
    hidden: set[str],
    colour_by: ColourBy,
    annotations: Iterable[CarriedAnnotation] = (),
) -> PaneMarks:
    marks = PaneMarks()
    for clause in clauses:
        category = visible_category(clause, hidden)
        color = colors.get(category) if category else None
        if color is None or clause.end <= clause.start:
            continue
        attrs: tuple[tuple[str, str], ...] = (
            (("bg", color),) if colour_by == "categories" else (("ul", color),)
        )
        marks.categories.append(Mark(clause.start, clause.end, attrs))
    if colour_by == "changes":
        for pair in comparison.pairs:
            mine, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
            if mine is None:
                continue
            relation = pair_relation(pair.relation, mine, other)
            tint = RELATION_COLORS.get(relation)
            if tint is not None:
                marks.relation.append(Mark(mine[0], mine[1], (("bg", tint),)))
            for change in pair.word_changes:
                span = change.a if side == "a" else change.b
                if span is not None and span[1] > span[0]:
                    strike = (("st", "1"),) if side == "a" and change.b is None else ()
                    attrs = (("bg", WORD_COLOR), ("strong", "1"), *strike)
                    marks.words.append(Mark(span[0], span[1], attrs))
    for note in annotations:
        if note.end > note.start:
            attrs = (("ul", ANNOTATION_COLOR), ("us", "dash"), ("fg", ANNOTATION_COLOR))
            marks.annotations.append(Mark(note.start, note.end, attrs))
    return marks


def format_key(attrs: dict[str, str]) -> str:
    if "ul" in attrs and "us" not in attrs:
        attrs = {**attrs, "us": "line"}
    return ";".join(f"{k}={attrs[k]}" for k in sorted(attrs))


def parse_key(key: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in key.split(";") if "=" in part)


def block_spans(text: str, marks: Sequence[Mark], offsets: QtOffsets) -> BlockSpans:
    """Cut overlapping marks into elementary runs, merge their attributes (later marks win),
    split them at line ends and convert to Qt positions relative to each block."""
    if not marks:
        return {}
    order = {id(m): i for i, m in enumerate(marks)}
    events: dict[int, list[tuple[bool, Mark]]] = {}
    for mark in marks:
        if mark.end > mark.start:
            events.setdefault(mark.start, []).append((True, mark))
            events.setdefault(mark.end, []).append((False, mark))
    cutter = LineCutter(text, offsets)
    spans: BlockSpans = {}
    active: dict[int, Mark] = {}
    points = sorted(events)
    for here, following in pairwise(points):
        for opening, mark in events[here]:
            if opening:
                active[order[id(mark)]] = mark
            else:
                active.pop(order[id(mark)], None)
        if not active:
            continue
        attrs: dict[str, str] = {}
        for number in sorted(active):
            attrs.update(active[number].attrs)
        cutter.add(spans, here, following, format_key(attrs))
    return spans
