"""Active learning: the clauses across the library the model is least sure about.

Uncertainty of a clause = the smallest distance, over categories, between the model's
probability and that category's decision threshold (the margin): 0 means a coin toss. Clauses
that overlap an existing annotation (any category, any state) are left out: someone has already
looked at them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.learn.clauses import clause_spans
from policylens.core.learn.from_store import stored_labels
from policylens.core.learn.model import LearnedModel
from policylens.core.learn.scoring import LearnedScorer

# Headings and fragments too short to label usefully.
MIN_CLAUSE_CHARS = 12


@dataclass(frozen=True, slots=True)
class LabelCandidate:
    document: str
    title: str
    start: int
    end: int
    text: str
    category: str  # the category the model is least sure about
    probability: float
    margin: float  # |probability − threshold|: smaller is less sure

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "probability": round(self.probability, 4),
            "margin": round(self.margin, 4),
        }


def next_to_label(
    store: Any,
    limit: int = 20,
    *,
    model: LearnedModel | None = None,
    segment: Callable[[Document], list[Clause]] = clause_spans,
    cancelled: Callable[[], bool] | None = None,
) -> list[LabelCandidate]:
    """Up to `limit` unlabelled clauses, least sure first; [] when there is no model."""
    if model is None:
        from policylens.core.learn.storage import load_model

        model = load_model()
    if model is None or limit <= 0:
        return []
    scorer = LearnedScorer(model)
    annotated: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for label in stored_labels(store):
        annotated[label.document].append((label.start, label.end))
    candidates: list[LabelCandidate] = []
    for summary in store.documents.all():
        if cancelled is not None and cancelled():
            break
        document = store.documents.get(summary.sha256)
        if document is None:
            continue
        taken = annotated.get(summary.sha256, [])
        clauses = [
            c
            for c in segment(document)
            if c.end - c.start >= MIN_CLAUSE_CHARS
            and not any(a < c.end and c.start < b for a, b in taken)
        ]
        for clause, probabilities in zip(
            clauses,
            scorer.probabilities([document.text[c.start : c.end] for c in clauses]),
            strict=True,
        ):
            if not probabilities:
                continue
            category, probability = min(
                probabilities.items(), key=lambda item: abs(item[1] - scorer.threshold(item[0]))
            )
            candidates.append(
                LabelCandidate(
                    document.sha256,
                    document.title,
                    clause.start,
                    clause.end,
                    document.text[clause.start : clause.end],
                    category,
                    probability,
                    abs(probability - scorer.threshold(category)),
                )
            )
    candidates.sort(key=lambda c: (c.margin, c.document, c.start))
    return candidates[:limit]
