"""The units a comparison works on: clauses (from analysis) or, without them, paragraphs and
simple sentences of the document's own, each with its normalised words and their offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.normalize import normalize_for_matching, normalize_key

SegmentKind = str  # "heading" | "sentence" | "list_item" | "paragraph"

# Words are runs of letters/digits of any script, on the normalised copy (so "میشود" and
# "می‌شود", ي and ی are the same word). Punctuation is not a word: a changed comma alone
# still makes a clause `changed` (its key differs) but marks no word.
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*(?:[-–•*▪●·◦]|\(?[\d۰-۹٠-٩]+(?:[.)][\d۰-۹٠-٩]+)*[.)])\s")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: SegmentKind
    categories: tuple[str, ...]
    # Whitespace-collapsed normalised text: equal keys mean "the same clause".
    key: str
    words: tuple[str, ...]
    # The whole document text (a reference, not a copy), for the word offsets on demand.
    source: str = field(repr=False, compare=False)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @cached_property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """Offsets of each word in the ORIGINAL document text (only changed clauses need
        them, so they are mapped back lazily)."""
        normalized = normalize_for_matching(self.source[self.start : self.end])
        spans = []
        for match in _WORD.finditer(normalized.text):
            s, e = normalized.to_original(match.start(), match.end())
            spans.append((self.start + s, self.start + e))
        return tuple(spans)


def make_segment(
    text: str, start: int, end: int, kind: SegmentKind, categories: Sequence[str] = ()
) -> Segment:
    normalized = normalize_key(text[start:end])
    words = tuple(_WORD.findall(normalized))
    key = _SPACES.sub(" ", normalized).strip()
    return Segment(start, end, kind, tuple(categories), key, words, text)


def guess_kind(paragraph: str) -> SegmentKind:
    """A cheap structural guess used when no analysis is available."""
    if _BULLET.match(paragraph):
        return "list_item"
    stripped = paragraph.rstrip()
    if len(stripped.split()) <= 12 and not stripped.endswith((".", ";", ",", "،", "؛")):
        return "heading"
    return "paragraph"


def sentence_segments(document: Document) -> list[Segment]:
    """Clauses without categories, when no analysis is wanted: the segmenter's sentences,
    headings and list items (`core.segment`, abbreviations and numbering included)."""
    from policylens.core.segment import segment

    text = document.text
    return [
        make_segment(text, c.start, c.end, c.kind) for c in segment(document) if c.end > c.start
    ]


def clause_segments(document: Document, clauses: Sequence[Clause]) -> list[Segment]:
    text = document.text
    return [
        make_segment(text, c.start, c.end, c.kind, c.category_ids)
        for c in sorted(clauses, key=lambda c: (c.start, c.end))
        if c.end > c.start
    ]


def paragraph_segments(document: Document, clauses: Sequence[Clause] | None) -> list[Segment]:
    """Paragraphs, each with the categories of the clauses inside it (in first-seen order)."""
    text = document.text
    ordered = sorted(clauses or (), key=lambda c: c.start)
    segments: list[Segment] = []
    k = 0
    for p in document.paragraphs:
        while k < len(ordered) and ordered[k].end <= p.start:
            k += 1
        categories: dict[str, None] = {}
        j = k
        while j < len(ordered) and ordered[j].start < p.end:
            for category in ordered[j].category_ids:
                categories.setdefault(category)
            j += 1
        kind = guess_kind(text[p.start : p.end])
        segments.append(make_segment(text, p.start, p.end, kind, tuple(categories)))
    return segments


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Word-set overlap in [0, 1] (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def analysis_clauses(document: Document) -> list[Clause]:
    from policylens.core.analysis import analyze

    return list(analyze(document))
