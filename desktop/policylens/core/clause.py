"""Clauses and their categories: offsets into the document text, with the reasons why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Literal

ClauseKind = Literal["heading", "sentence", "list_item"]

# The classes below are frozen, but their __init__ is written out: a frozen dataclass's own
# sets each field through object.__setattr__, looked up anew each time, and the analysis of a
# 1 MB text makes some 60 000 cues, scores and clauses (~5 % of its time). The slots' own
# setters store the same values, and the instances are as frozen (and hash and compare the
# same) after.
_Setter = Callable[[object, Any], None]


def slot_setters(cls: type) -> tuple[_Setter, ...]:
    """The setters of a slotted dataclass's fields, in their order (fast frozen __init__s)."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


@dataclass(frozen=True, slots=True, init=False)
class Cue:
    """A phrase that made the classifier assert a category: `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        _set_cue_start(self, start)
        _set_cue_end(self, end)
        _set_cue_text(self, text)


_set_cue_start, _set_cue_end, _set_cue_text = slot_setters(Cue)


@dataclass(frozen=True, slots=True, init=False)
class CategoryScore:
    id: str
    score: float
    cues: tuple[Cue, ...] = ()
    # Which classifier spoke: "lexicon" (cue phrases), "context" (heading / list heading),
    # "model" (learned from annotations).
    source: str = "lexicon"
    # A reason in words when there are no cue phrases to show, e.g. "learned model, 0.83".
    note: str = ""

    def __init__(
        self,
        id: str,
        score: float,
        cues: tuple[Cue, ...] = (),
        source: str = "lexicon",
        note: str = "",
    ) -> None:
        _set_score_id(self, id)
        _set_score_score(self, score)
        _set_score_cues(self, cues)
        _set_score_source(self, source)
        _set_score_note(self, note)

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


_set_score_id, _set_score_score, _set_score_cues, _set_score_source, _set_score_note = slot_setters(
    CategoryScore
)


@dataclass(frozen=True, slots=True, init=False)
class Clause:
    start: int
    end: int
    kind: ClauseKind
    language: str
    direction: Literal["rtl", "ltr"]
    categories: tuple[CategoryScore, ...] = ()

    def __init__(
        self,
        start: int,
        end: int,
        kind: ClauseKind,
        language: str,
        direction: Literal["rtl", "ltr"],
        categories: tuple[CategoryScore, ...] = (),
    ) -> None:
        _set_clause_start(self, start)
        _set_clause_end(self, end)
        _set_clause_kind(self, kind)
        _set_clause_language(self, language)
        _set_clause_direction(self, direction)
        _set_clause_categories(self, categories)

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


(
    _set_clause_start,
    _set_clause_end,
    _set_clause_kind,
    _set_clause_language,
    _set_clause_direction,
    _set_clause_categories,
) = slot_setters(Clause)
