"""Clauses and their categories: offsets into the document text, with the reasons why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

ClauseKind = Literal["heading", "sentence", "list_item"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A phrase that made the classifier assert a category: `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CategoryScore:
    id: str
    score: float
    cues: tuple[Cue, ...] = ()
    # Which classifier spoke: "lexicon" (cue phrases), "context" (heading / list heading),
    # "model" (learned from annotations).
    source: str = "lexicon"
    # A reason in words when there are no cue phrases to show, e.g. "learned model, 0.83".
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "id": self.id,
            "score": round(self.score, 4),
            "source": self.source,
            "cues": [{"start": c.start, "end": c.end, "text": c.text} for c in self.cues],
        }
        if self.note:
            result["note"] = self.note
        return result


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    kind: ClauseKind
    language: str
    direction: Literal["rtl", "ltr"]
    categories: tuple[CategoryScore, ...] = ()

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "language": self.language,
            "direction": self.direction,
            "categories": [c.to_json() for c in self.categories],
        }
