"""What training learns from, independent of where it came from (store, JSONL, a test)."""

from __future__ import annotations

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
