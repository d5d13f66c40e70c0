"""The user's trained model: a `LinearModel` (hashed n-grams, NumPy arrays) and its reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from policylens.core.learn.linear import LinearModel


@dataclass(frozen=True, slots=True)
class CategoryReport:
    """Cross-validated quality of one category's classifier (out-of-fold predictions)."""

    category: str
    positives: int
    negatives: int
    f1: float
    precision: float
    recall: float
    threshold: float
    folds: int

    def to_json(self) -> dict[str, Any]:
        return {
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "positives": self.positives,
            "negatives": self.negatives,
            "threshold": round(self.threshold, 4),
            "folds": self.folds,
        }


@dataclass(frozen=True, slots=True)
class SkippedCategory:
    category: str
    positives: int
    negatives: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "positives": self.positives,
            "negatives": self.negatives,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class StackedReport:
    """One category of the stacked model against the shipped blend it sits on, scored on the
    same out-of-fold rows: the stacked model takes the category over only where it is better."""

    category: str
    positives: int
    user_f1: float  # the plain user model's, on the same rows
    base_f1: float
    base_precision: float
    base_recall: float
    f1: float
    precision: float
    recall: float
    threshold: float
    takeover: bool
    # Which model decides a category taken over: "stacked", or "user" (the plain model, where
    # it beat the blend and the stacked model: the blend over-asserts there).
    decider: str = "stacked"
    # A paragraph model's veto share for the plain model's "no" to a whole paragraph
    # (`scoring.refine`), chosen by cross-validation (`veto_choice`); None in a model saved
    # before it was chosen (`scoring.LEGACY_PARAGRAPH_VETO_SHARE` applies).
    paragraph_veto: float | None = None
    # The shipped model's blend undone for this category (the lexicon's evidence kept): the
    # plain model adds and vetoes as it does without the shipped model (`stack_paths.LEXICON`).
    without_shipped: bool = False
    # The cross-validated F1 of each way of deciding the category `train` compared
    # (`stack_paths`); empty in a model saved before the ways were compared.
    paths: dict[str, float] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """How `analyze` decides the category: "blend" (as before), "lexicon", "stacked" or
        "user" (`stack_paths`)."""
        if self.without_shipped:
            return "lexicon"
        return self.decider if self.takeover else "blend"

    def to_json(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.paragraph_veto is not None:
            extra["paragraph_veto"] = self.paragraph_veto
        if self.paths:
            extra["paths"] = {p: round(f1, 4) for p, f1 in self.paths.items()}
        if self.without_shipped:
            extra["path"] = self.path
        return {
            "positives": self.positives,
            "user_f1": round(self.user_f1, 4),
            "base_f1": round(self.base_f1, 4),
            "base_precision": round(self.base_precision, 4),
            "base_recall": round(self.base_recall, 4),
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "threshold": round(self.threshold, 4),
            "takeover": self.takeover,
            "decider": self.decider,
            **extra,
        }


@dataclass
class StackedModel:
    """The user's model trained on top of the shipped one (see `stacked`): its dense features
    are the shipped blend's scores per category (`base:<category>`)."""

    linear: LinearModel
    reports: dict[str, StackedReport]
    # Which shipped model the base scores came from: another one (an update) makes it unusable.
    shipped_id: str
    # What the user labelled, and so what the model decides on: "clause", or "paragraph" where
    # most labelled texts run over several clauses (an imported paragraph-level labelling).
    unit: str = "clause"

    @property
    def takeover(self) -> frozenset[str]:
        return frozenset(c for c, r in self.reports.items() if r.takeover)

    @property
    def without_shipped(self) -> frozenset[str]:
        """The categories where the shipped model's blend is undone (`StackedReport`)."""
        return frozenset(c for c, r in self.reports.items() if r.without_shipped)


@dataclass
class LearnedModel:
    """The user's trained model (a `LinearModel`) plus what it was trained on (the manifest)."""

    linear: LinearModel
    # {"examples": n, "categories": {id: {"positives", "negatives"}}, "languages": {code: n}}
    trained_on: dict[str, Any]
    cv: dict[str, CategoryReport] = field(default_factory=dict)
    skipped: list[SkippedCategory] = field(default_factory=list)
    trained_at: str = ""
    # The same labels learned on top of the shipped model (None: no shipped model, or too few).
    stacked: StackedModel | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        return self.linear.categories

    @property
    def thresholds(self) -> dict[str, float]:
        return {
            c: round(float(t), 4)
            for c, t in zip(self.linear.categories, self.linear.thresholds, strict=True)
        }

    def language_count(self, language: str) -> int:
        languages: dict[str, int] = self.trained_on.get("languages", {})
        return int(languages.get(language, 0))

    def predict_proba(
        self, texts: Sequence[str], languages: Sequence[str] | None = None
    ) -> list[dict[str, float]]:
        """For every text, the probability of each trained category."""
        if not texts:
            return []
        probabilities = self.linear.probabilities_of_texts(texts, languages)
        return self.rows(probabilities)

    def rows(self, probabilities: Any) -> list[dict[str, float]]:
        categories = self.linear.categories
        return [dict(zip(categories, map(float, row), strict=True)) for row in probabilities]
