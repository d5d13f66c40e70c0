"""Training the user's model: one class-balanced logistic regression per category (one-vs-rest)
over hashed n-grams, Platt-calibrated on out-of-fold predictions (see `linear_training`).

A function with progress and cancel callbacks, never a thread of its own: the GUI runs it on a
worker, the CLI in the foreground. Quality is measured by stratified k-fold cross-validation on
out-of-fold probabilities; the same predictions pick each category's decision threshold (the
F1-best on a small grid), so the reported F1 is that of the threshold the model then uses —
slightly optimistic on very small sets.

At scale (tens of thousands of examples in a category) the examples are sampled and fitted by
SGD (`sampling`), and features are built in batches (`training_features`): 200 documents with
200 000 annotations train in seconds, in a few hundred MB, and the output says what was sampled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from policylens.core.learn.examples import TrainingExample, documents_of
from policylens.core.learn.hashing import FeatureSpec
from policylens.core.learn.linear import LinearModel
from policylens.core.learn.linear_training import (
    MAX_FOLDS,
    FittedCategory,
    balanced_weights,
    fit_category,
    fold_count,
)
from policylens.core.learn.model import CategoryReport, LearnedModel, SkippedCategory
from policylens.core.learn.sampling import Sampled
from policylens.core.learn.training_features import FeatureRows, batched_idf
from policylens.core.learn.training_rows import training_rows

MIN_POSITIVES = 5
REGULARISATION_C = 4.0
# The user's model: shared weights for every language (it learns from a few hundred labels;
# the hashed n-grams of different scripts hardly collide anyway).
FEATURES = FeatureSpec(bits=18, char_sizes=(3, 4, 5), word_max=2, languages="shared")
# The threshold of the model's suggestions (and of its veto, a share of it): the F1-best on the
# out-of-fold probabilities. (F0.5, favouring precision, was the rule before: on OPP-115's
# three document folds, shipped + user 0.735 / 0.775 / 0.744 with it, 0.782 / 0.760 / 0.749
# with F1 on the same trained models — a value tried on those folds.)
THRESHOLD_BETA = 1.0

# liblinear's stopping tolerance for the user's model (sklearn's default 1e-4): a fifth of the
# iterations fewer on OPP-115's categories.
TOLERANCE = 1e-3

__all__ = ["MAX_FOLDS", "balanced_weights"]

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


def _summary(examples: Sequence[TrainingExample], sampled: list[Sampled]) -> dict[str, Any]:
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
    summary: dict[str, Any] = {
        "examples": len(examples),
        "texts": len({e.text for e in examples}),
        "categories": dict(sorted(categories.items())),
        "languages": dict(languages.most_common()),
    }
    if sampled:
        summary["sampled"] = {s.category: s.to_json() for s in sampled}
    return summary


@dataclass(frozen=True, slots=True)
class CategoryFit:
    """One category of the user's model as fitted: its rows (`training_rows`) and the fit with
    its out-of-fold scores, which the model stacked on the shipped one learns from."""

    items: list[TrainingExample]
    labels: npt.NDArray[np.bool_]
    weights: npt.NDArray[np.float64]
    fitted: FittedCategory
    sampled: bool


def train(
    examples: Sequence[TrainingExample],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    min_positives: int = MIN_POSITIVES,
) -> LearnedModel:
    """Fit the model; raises TrainingCancelled or NotEnoughExamples (nothing half-done)."""
    return train_with_fits(
        examples, progress=progress, cancelled=cancelled, min_positives=min_positives
    )[0]


def train_with_fits(
    examples: Sequence[TrainingExample],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    min_positives: int = MIN_POSITIVES,
) -> tuple[LearnedModel, dict[str, CategoryFit]]:
    """`train`, and each category's fit (see `CategoryFit`)."""
    by_category: dict[str, list[TrainingExample]] = {}
    for example in examples:
        if example.text.strip():
            by_category.setdefault(example.category, []).append(example)

    counts: dict[str, tuple[int, int]] = {}
    skipped: list[SkippedCategory] = []
    for category, items in sorted(by_category.items()):
        positives = sum(e.positive for e in items)
        negatives = len(items) - positives
        if positives < min_positives:
            reason = f"only {positives} positive examples (needs {min_positives})"
        elif negatives < 2:
            reason = f"only {negatives} negative examples (needs 2)"
        else:
            counts[category] = (positives, negatives)
            continue
        skipped.append(SkippedCategory(category, positives, negatives, reason))
    if not counts:
        raise NotEnoughExamples(skipped)
    trainable, sampled = training_rows(list(counts), examples)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise TrainingCancelled("Training was cancelled; the previous model is kept.")

    folds_of = {
        category: fold_count(
            [e.positive for e in items],
            "sgd" if category in sampled else "liblinear",
            documents_of(items),
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
    idf = batched_idf(texts, FEATURES).astype(np.float16).astype(np.float32)
    rows = FeatureRows(texts, FEATURES, idf)
    del texts
    step("features")

    categories = list(trainable)
    hashed = np.zeros((len(categories), FEATURES.buckets), dtype=np.float32)
    intercept = np.zeros(len(categories), dtype=np.float32)
    platt_a = np.zeros(len(categories), dtype=np.float32)
    platt_b = np.zeros(len(categories), dtype=np.float32)
    thresholds = np.zeros(len(categories), dtype=np.float32)
    reports: dict[str, CategoryReport] = {}
    fits: dict[str, CategoryFit] = {}
    for index, (category, items) in enumerate(trainable.items()):
        features = rows.of([e.text for e in items])
        labels = np.array([e.positive for e in items], dtype=bool)
        weights = np.array([e.weight for e in items], dtype=float)
        # Implicit negatives count in the CV scores too: they are what a reviewer would see.
        fitted = fit_category(
            features,
            labels,
            weights,
            c=REGULARISATION_C,
            beta=THRESHOLD_BETA,
            step=step,
            name=category,
            solver="sgd" if category in sampled else "liblinear",
            groups=documents_of(items),
            dual=True,
            tol=TOLERANCE,
        )
        hashed[index] = fitted.coefficients * idf
        intercept[index] = fitted.intercept
        platt_a[index], platt_b[index] = fitted.platt_a, fitted.platt_b
        thresholds[index] = fitted.threshold
        fits[category] = CategoryFit(items, labels, weights, fitted, category in sampled)
        del features
        positives, negatives = counts[category]
        reports[category] = CategoryReport(
            category,
            positives,
            negatives,
            fitted.f1,
            fitted.precision,
            fitted.recall,
            fitted.threshold,
            fitted.folds,
        )

    linear = LinearModel(
        spec=FEATURES,
        categories=tuple(categories),
        # Rounded as the file stores them: the model in memory scores as the saved one will.
        hashed=hashed.astype(np.float16).astype(np.float32),
        idf=idf,
        dense_names=(),
        dense=np.zeros((len(categories), 0), dtype=np.float32),
        intercept=intercept,
        platt_a=platt_a,
        platt_b=platt_b,
        thresholds=thresholds,
    )
    model = LearnedModel(
        linear=linear,
        trained_on=_summary(examples, list(sampled.values())),
        cv=reports,
        skipped=skipped,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return model, fits
