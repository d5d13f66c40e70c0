"""The trained model: one fitted feature extractor, one calibrated classifier per category."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


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


@dataclass
class LearnedModel:
    """Fitted sklearn objects plus what they were trained on (the manifest's content)."""

    vectorizer: Any
    classifiers: dict[str, Any]
    thresholds: dict[str, float]
    # {"examples": n, "categories": {id: {"positives", "negatives"}}, "languages": {code: n}}
    trained_on: dict[str, Any]
    cv: dict[str, CategoryReport] = field(default_factory=dict)
    skipped: list[SkippedCategory] = field(default_factory=list)
    trained_at: str = ""

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.classifiers)

    def language_count(self, language: str) -> int:
        languages: dict[str, int] = self.trained_on.get("languages", {})
        return int(languages.get(language, 0))

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For every text, the probability of each trained category."""
        if not texts:
            return []
        features = self.vectorizer.transform(list(texts))
        result: list[dict[str, float]] = [{} for _ in texts]
        for category, classifier in self.classifiers.items():
            column = list(classifier.classes_).index(True)
            probabilities = classifier.predict_proba(features)[:, column]
            for row, probability in zip(result, probabilities, strict=True):
                row[category] = float(probability)
        return result
