"""Training: one class-balanced logistic regression per category (one-vs-rest).

Probabilities are Platt-calibrated once a category has enough examples on both sides
(MIN_FOR_CALIBRATION); below that, a calibration fold would hold two or three positives and do
more harm than good, and the balanced model's own probability is used.

A function with progress and cancel callbacks, never a thread of its own: the GUI runs it on a
worker, the CLI in the foreground. Quality is measured by stratified k-fold cross-validation on
out-of-fold probabilities; the same predictions pick each category's decision threshold (the
F0.5-best on a small grid), so the reported F1 is that of the threshold the model then uses —
slightly optimistic on very small sets.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from policylens.core.learn.examples import TrainingExample
from policylens.core.learn.features import build_vectorizer
from policylens.core.learn.model import CategoryReport, LearnedModel, SkippedCategory

MIN_POSITIVES = 5
MAX_FOLDS = 5
REGULARISATION_C = 2.0
MIN_FOR_CALIBRATION = 30
_THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))  # 0.20 … 0.90
# The model's suggestions come on top of the lexicon's: a wrong one costs a reviewer more than
# a missed one the lexicon may catch, so thresholds favour precision (F-beta, beta < 1).
THRESHOLD_BETA = 0.5

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class TrainingCancelled(Exception):
    """The user cancelled training; nothing was saved."""


class NotEnoughExamples(Exception):
    """No category had enough labelled examples to learn from."""

    def __init__(self, skipped: list[SkippedCategory]) -> None:
        self.skipped = skipped
        detail = ", ".join(f"{s.category} ({s.positives})" for s in skipped) or "none labelled"
        super().__init__(
            f"No category has {MIN_POSITIVES} confirmed examples yet ({detail}). "
            "Confirm or label more clauses, then train again."
        )


def _classifier(positives: int, negatives: int) -> Any:
    base = LogisticRegression(C=REGULARISATION_C, max_iter=2000)
    if min(positives, negatives) < MIN_FOR_CALIBRATION:
        return base
    # Platt scaling needs data of its own: only worth it once there is enough.
    return CalibratedClassifierCV(base, method="sigmoid", cv=3)


def balanced_weights(labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Sample weights scaled so positives and negatives weigh the same in total.

    Like sklearn's class_weight="balanced", but counting the (down-weighted) implicit
    negatives by their weight rather than by their number.
    """
    positive_total = float(weights[labels].sum())
    negative_total = float(weights[~labels].sum())
    scale = np.where(labels, 1.0 / positive_total, 1.0 / negative_total) * (len(labels) / 2)
    result: np.ndarray = weights * scale
    return result


def _fit(features: Any, labels: np.ndarray, weights: np.ndarray) -> Any:
    positives = int(labels.sum())
    classifier = _classifier(positives, len(labels) - positives)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        classifier.fit(features, labels, sample_weight=balanced_weights(labels, weights))
    return classifier


def _positive_column(classifier: Any) -> int:
    return list(classifier.classes_).index(True)


def _scores(
    labels: np.ndarray, predicted: np.ndarray, beta: float = 1.0
) -> tuple[float, float, float]:
    """Precision, recall and F-beta (F1 by default)."""
    true_positives = int(np.sum(labels & predicted))
    precision = true_positives / int(predicted.sum()) if predicted.any() else 0.0
    recall = true_positives / int(labels.sum()) if labels.any() else 0.0
    b2 = beta * beta
    denominator = b2 * precision + recall
    f = (1 + b2) * precision * recall / denominator if denominator else 0.0
    return precision, recall, f


def _summary(examples: Sequence[TrainingExample]) -> dict[str, Any]:
    categories: dict[str, dict[str, int]] = {}
    for example in examples:
        counts = categories.setdefault(
            example.category, {"positives": 0, "negatives": 0, "implicit_negatives": 0}
        )
        if example.positive:
            counts["positives"] += 1
        elif example.weight < 1.0:
            counts["implicit_negatives"] += 1
        else:
            counts["negatives"] += 1
    languages = Counter(language for _, language in {(e.text, e.language) for e in examples})
    return {
        "examples": len(examples),
        "texts": len({e.text for e in examples}),
        "categories": dict(sorted(categories.items())),
        "languages": dict(languages.most_common()),
    }


def train(
    examples: Sequence[TrainingExample],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    min_positives: int = MIN_POSITIVES,
) -> LearnedModel:
    """Fit the model; raises TrainingCancelled or NotEnoughExamples (nothing half-done)."""
    by_category: dict[str, list[TrainingExample]] = {}
    for example in examples:
        if example.text.strip():
            by_category.setdefault(example.category, []).append(example)

    trainable: dict[str, list[TrainingExample]] = {}
    skipped: list[SkippedCategory] = []
    for category, items in sorted(by_category.items()):
        positives = sum(e.positive for e in items)
        negatives = len(items) - positives
        if positives < min_positives:
            reason = f"only {positives} positive examples (needs {min_positives})"
        elif negatives < 2:
            reason = f"only {negatives} negative examples (needs 2)"
        else:
            trainable[category] = items
            continue
        skipped.append(SkippedCategory(category, positives, negatives, reason))
    if not trainable:
        raise NotEnoughExamples(skipped)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise TrainingCancelled("Training was cancelled; the previous model is kept.")

    folds_of = {
        category: max(
            2, min(MAX_FOLDS, sum(e.positive for e in items), sum(not e.positive for e in items))
        )
        for category, items in trainable.items()
    }
    total_steps = 1 + sum(folds + 1 for folds in folds_of.values())
    done = 0

    def step(message: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total_steps, message)
        check()

    check()
    texts = sorted({e.text for items in trainable.values() for e in items})
    vectorizer = build_vectorizer()
    matrix = vectorizer.fit_transform(texts)
    row_of = {text: row for row, text in enumerate(texts)}
    step("features")

    classifiers: dict[str, Any] = {}
    thresholds: dict[str, float] = {}
    reports: dict[str, CategoryReport] = {}
    for category, items in trainable.items():
        features = matrix[[row_of[e.text] for e in items]]
        labels = np.array([e.positive for e in items], dtype=bool)
        weights = np.array([e.weight for e in items], dtype=float)
        folds = folds_of[category]
        out_of_fold = np.zeros(len(items))
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
        for fold, (train_rows, test_rows) in enumerate(splitter.split(features, labels), 1):
            fitted = _fit(features[train_rows], labels[train_rows], weights[train_rows])
            probabilities = fitted.predict_proba(features[test_rows])
            out_of_fold[test_rows] = probabilities[:, _positive_column(fitted)]
            step(f"{category}: fold {fold} of {folds}")
        # Implicit negatives count in the CV scores too: they are what a reviewer would see.
        best = max(
            _THRESHOLDS,
            key=lambda t: (_scores(labels, out_of_fold >= t, THRESHOLD_BETA)[2], -abs(t - 0.5)),
        )
        precision, recall, f1 = _scores(labels, out_of_fold >= best)
        positives = int(labels.sum())
        reports[category] = CategoryReport(
            category, positives, len(items) - positives, f1, precision, recall, best, folds
        )
        thresholds[category] = best
        classifiers[category] = _fit(features, labels, weights)
        step(f"{category}: final model")

    return LearnedModel(
        vectorizer=vectorizer,
        classifiers=classifiers,
        thresholds=thresholds,
        trained_on=_summary(examples),
        cv=reports,
        skipped=skipped,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
