"""The result types of a comparison: plain, immutable data a view (or JSON) can consume."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Mode = Literal["versions", "policies", "translation"]
Relation = Literal["same", "changed", "added", "removed", "moved", "aligned"]
Span = tuple[int, int]

MODES: tuple[Mode, ...] = ("versions", "policies", "translation")


@dataclass(frozen=True, slots=True)
class WordChange:
    """One run of changed words inside a changed (or moved-and-edited) pair.

    `a` is the span of the old words in document A, `b` of the new words in document B;
    one side is None for words that were only deleted (`b` None) or only inserted (`a` None).
    """

    a: Span | None
    b: Span | None

    @property
    def op(self) -> Literal["replace", "delete", "insert"]:
        if self.a is None:
            return "insert"
        if self.b is None:
            return "delete"
        return "replace"

    def to_json(self) -> dict[str, Any]:
        return {
            "a": list(self.a) if self.a else None,
            "b": list(self.b) if self.b else None,
            "op": self.op,
        }


@dataclass(frozen=True, slots=True)
class Pair:
    """A span of A beside a span of B (either side None when it has no counterpart)."""

    a: Span | None
    b: Span | None
    relation: Relation
    categories: tuple[str, ...] = ()
    word_changes: tuple[WordChange, ...] = ()
    # Similarity of the two sides in [0, 1] (1.0 for `same`, 0.0 when a side is missing).
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "a": list(self.a) if self.a else None,
            "b": list(self.b) if self.b else None,
            "relation": self.relation,
            "categories": list(self.categories),
            "score": round(self.score, 4),
        }
        if self.word_changes:
            data["words"] = [w.to_json() for w in self.word_changes]
        return data


@dataclass(frozen=True)
class Comparison:
    mode: Mode
    pairs: list[Pair] = field(default_factory=list)

    def differences(self) -> list[int]:
        """Indices of the pairs a reviewer steps through with next/previous difference."""
        return [
            i
            for i, p in enumerate(self.pairs)
            if p.relation not in ("same", "aligned") or p.a is None or p.b is None
        ]

    def counterpart_in_b(self, offset: int) -> Span | None:
        """The B span aligned with the A clause containing `offset` (click-to-jump)."""
        for p in self.pairs:
            if p.a is not None and p.b is not None and p.a[0] <= offset < p.a[1]:
                return p.b
        return None

    def counterpart_in_a(self, offset: int) -> Span | None:
        """The A span aligned with the B clause containing `offset`."""
        for p in self.pairs:
            if p.a is not None and p.b is not None and p.b[0] <= offset < p.b[1]:
                return p.a
        return None

    def silent_categories(self) -> dict[str, Literal["a", "b"]]:
        """Categories (policies mode) that only one document speaks about, and which one is
        silent: {"data_retention": "b"} means B says nothing about retention."""
        has_a: set[str] = set()
        has_b: set[str] = set()
        for p in self.pairs:
            if p.a is not None:
                has_a.update(p.categories)
            if p.b is not None:
                has_b.update(p.categories)
        silent: dict[str, Literal["a", "b"]] = {}
        for category in has_a - has_b:
            silent[category] = "b"
        for category in has_b - has_a:
            silent[category] = "a"
        return silent

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "pairs": [p.to_json() for p in self.pairs]}
