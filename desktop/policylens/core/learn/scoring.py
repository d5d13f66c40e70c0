"""Scoring clauses with the learned model, and combining it with the lexicon classifier.

Combination, per clause and category:
- the model alone is sure (p ≥ the category's CV-chosen threshold): a cue-less CategoryScore with
  `source="model"` and the note "learned model, 0.83";
- the lexicon (or context) asserted it too: its cues and source stay, the score is the larger of
  the two, and the note says the model agrees;
- the lexicon asserted it and the model is sure it is wrong (p < VETO_BELOW) — only in a language
  the model has seen enough of (MIN_LANGUAGE_EXAMPLES), and only when `veto` is on: dropped;
- "other" means "nothing else fits": it gives way when the model finds a substantive category,
  and the model never adds it beside one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from policylens.core.clause import CategoryScore, Clause
from policylens.core.learn.model import LearnedModel

OTHER = "other"
VETO_BELOW = 0.1
MIN_LANGUAGE_EXAMPLES = 50


def model_note(probability: float) -> str:
    return f"learned model, {probability:.2f}"


class LearnedScorer:
    """Per-category probabilities for clauses of a document, from a trained model."""

    source = "model"

    def __init__(self, model: LearnedModel, *, veto: bool = False) -> None:
        self.model = model
        self.veto = veto

    @property
    def categories(self) -> tuple[str, ...]:
        return self.model.categories

    def threshold(self, category: str) -> float:
        return self.model.thresholds.get(category, 0.5)

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.model.predict_proba(texts)

    def score_clauses(self, text: str, clauses: Sequence[Clause]) -> list[dict[str, float]]:
        """For each clause of the document `text`, the probability of each trained category."""
        return self.probabilities([text[c.start : c.end] for c in clauses])

    def __call__(self, text: str, clauses: Sequence[Clause]) -> list[Clause]:
        """The hook `analyze` calls: the clauses with model and lexicon combined."""
        return self.combine(clauses, self.score_clauses(text, clauses))

    def combine(
        self, clauses: Sequence[Clause], probabilities: Sequence[dict[str, float]]
    ) -> list[Clause]:
        return [
            self._combine_one(clause, probs)
            for clause, probs in zip(clauses, probabilities, strict=True)
        ]

    def _combine_one(self, clause: Clause, probabilities: dict[str, float]) -> Clause:
        existing = {score.id: score for score in clause.categories}
        may_veto = self.veto and (
            self.model.language_count(clause.language) >= MIN_LANGUAGE_EXAMPLES
        )
        combined: dict[str, CategoryScore] = {}
        for category_id, score in existing.items():
            probability = probabilities.get(category_id)
            if probability is None:
                combined[category_id] = score
            elif probability >= self.threshold(category_id):
                combined[category_id] = replace(
                    score,
                    score=max(score.score, probability),
                    note=score.note or f"{model_note(probability)} (agrees)",
                )
            elif not (may_veto and probability < VETO_BELOW):
                combined[category_id] = score
        for category_id, probability in probabilities.items():
            if category_id not in combined and probability >= self.threshold(category_id):
                combined[category_id] = CategoryScore(
                    category_id, probability, (), self.source, model_note(probability)
                )
        if OTHER in combined and len(combined) > 1:
            other = combined[OTHER]
            substantive_from_model = any(
                s.source == self.source for c, s in combined.items() if c != OTHER
            )
            if other.source == self.source or substantive_from_model:
                del combined[OTHER]
        ordered = tuple(sorted(combined.values(), key=lambda s: (-s.score, s.id)))
        if ordered == clause.categories:
            return clause
        return replace(clause, categories=ordered)
