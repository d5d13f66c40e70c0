"""What training learns from, independent of where it came from (store, JSONL, a test)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Implicit negatives (a clause of an annotated document that nobody labelled with a category)
# are weaker evidence than a rejected suggestion: the annotator may simply not have got there.
IMPLICIT_NEGATIVE_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class TrainingExample:
    """One text span, and whether it belongs to `category` (one-vs-rest)."""

    text: str
    language: str
    category: str
    positive: bool
    weight: float = 1.0
    # The document the text comes from ("" unknown): cross-validation keeps a document's texts
    # in one fold, so that a policy's own wording does not score its other clauses.
    document: str = ""


def documents_of(items: Sequence[TrainingExample]) -> list[str] | None:
    """The cross-validation group of each example: its document, or where that is unknown its
    text (kept apart from every document); None when no document is known at all."""
    if not any(e.document for e in items):
        return None
    return [e.document or "\0" + e.text for e in items]
