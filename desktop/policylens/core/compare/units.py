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

UnitKind = str  # "heading" | "sentence" | "list_item" | "paragraph"

# Words are runs of letters/digits of any script, on the normalised copy (so "میشود" and
# "می‌شود", ي and ی are the same word). Punctuation is not a word: a changed comma alone
# still makes a clause `changed` (its key differs) but marks no word.
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: UnitKind
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


def make_unit(
    text: str, start: int, end: int, kind: UnitKind, categories: Sequence[str] = ()
) -> Unit:
    normalized = normalize_key(text[start:end])
    words = tuple(_WORD.findall(normalized))
    key = _SPACES.sub(" ", normalized).strip()
    return Unit(start, end, kind, tuple(categories), key, words, text)


def paragraph_kinds(document: Document) -> list[UnitKind]:
    """Each paragraph's kind by the segmenter's rules (`core.segment`, the one heading rule):
    a heading when it is one heading, a list item when it opens with one, else a paragraph."""
    from policylens.core.segment import segment

    parts: dict[int, list[str]] = {}
    for unit in segment(document):
        parts.setdefault(unit.paragraph, []).append(unit.kind)
    kinds: list[UnitKind] = []
    for index in range(len(document.paragraphs)):
        found = parts.get(index, [])
        if found == ["heading"]:
            kinds.append("heading")
        elif found and found[0] == "list_item":
            kinds.append("list_item")
        else:
            kinds.append("paragraph")
    return kinds


def sentence_units(document: Document) -> list[Unit]:
    """Clauses without categories, when no analysis is wanted: the segmenter's sentences,
    headings and list items (`core.segment`, abbreviations and numbering included)."""
    from policylens.core.segment import segment

    text = document.text
    return [make_unit(text, c.start, c.end, c.kind) for c in segment(document) if c.end > c.start]


def clause_units(document: Document, clauses: Sequence[Clause]) -> list[Unit]:
    text = document.text
    return [
        make_unit(text, c.start, c.end, c.kind, c.category_ids)
        for c in sorted(clauses, key=lambda c: (c.start, c.end))
        if c.end > c.start
    ]


def paragraph_units(document: Document, clauses: Sequence[Clause] | None) -> list[Unit]:
    """Paragraphs, each with the categories of the clauses inside it (in first-seen order)."""
    text = document.text
    ordered = sorted(clauses or (), key=lambda c: c.start)
    segments: list[Unit] = []
    kinds = paragraph_kinds(document)
    k = 0
    for number, p in enumerate(document.paragraphs):
        while k < len(ordered) and ordered[k].end <= p.start:
            k += 1
        categories: dict[str, None] = {}
        j = k
        while j < len(ordered) and ordered[j].start < p.end:
            for category in ordered[j].category_ids:
                categories.setdefault(category)
            j += 1
        segments.append(make_unit(text, p.start, p.end, kinds[number], tuple(categories)))
    return segments


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Word-set overlap in [0, 1] (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def analysis_clauses(document: Document) -> list[Clause]:
    from policylens.core.analysis import analyze

    return list(analyze(document))
