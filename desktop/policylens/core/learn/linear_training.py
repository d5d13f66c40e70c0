"""Fitting one category of a `LinearModel`: logistic regression, Platt scaling, a threshold.

Shared by `policylens train` (the user's model) and `make model` (the shipped one). Quality is
measured by stratified k-fold cross-validation; the out-of-fold decision values fit the Platt
calibration (a, b), and the calibrated out-of-fold probabilities pick the decision threshold
(F-beta-best on a grid), so one final fit on all the data gets calibration and threshold from
data it did not see — scikit-learn's `CalibratedClassifierCV(ensemble=False)` in spirit, but
stored as plain numbers.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

MAX_FOLDS = 5
# A sampled category (fitted by SGD) has thousands of examples: three folds measure it as well
# as five, and each fold saved is a fit (the 200k-annotation bench: ~5 s CPU per fold count).
MAX_SAMPLED_FOLDS = 3
INTERCEPT_SCALING = 10.0
MIN_FOR_CALIBRATION = 30
SOLVER = "liblinear"
# Where a category was sampled (see `sampling`): stochastic gradient descent, whose cost grows
# linearly with the rows, where liblinear's grows faster on thousands of near-separable rows.
SGD_EPOCHS = 30
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))  # 0.20 … 0.90

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class FittedCategory:
    coefficients: FloatArray  # one per column of the feature matrix
    intercept: float
    platt_a: float
    platt_b: float
    threshold: float
    precision: float
    recall: float
    f1: float
    folds: int
    out_of_fold: FloatArray  # calibrated out-of-fold probabilities
    # The same rows' out-of-fold decision values, before calibration: what a model stacked on
    # this one learns from (`stacked`).
    out_of_fold_decisions: FloatArray


def balanced_weights(labels: BoolArray, weights: FloatArray) -> FloatArray:
    """Sample weights scaled so positives and negatives weigh the same in total.

    Like sklearn's class_weight="balanced", but counting the (down-weighted) implicit
    negatives by their weight rather than by their number.
    """
    positive_total = float(weights[labels].sum())
    negative_total = float(weights[~labels].sum())
    scale = np.where(labels, 1.0 / positive_total, 1.0 / negative_total) * (len(labels) / 2)
    result: FloatArray = weights * scale
    return result


def scores(
    labels: BoolArray, predicted: BoolArray, beta: float = 1.0
) -> tuple[float, float, float]:
    """Precision, recall and F-beta (F1 by default)."""
    true_positives = int(np.sum(labels & predicted))
    precision = true_positives / int(predicted.sum()) if predicted.any() else 0.0
    recall = true_positives / int(labels.sum()) if labels.any() else 0.0
    b2 = beta * beta
    denominator = b2 * precision + recall
    f = (1 + b2) * precision * recall / denominator if denominator else 0.0
    return precision, recall, f


def fold_count(
    labels: Sequence[bool] | BoolArray, solver: str = SOLVER, groups: Sequence[str] | None = None
) -> int:
    """How many cross-validation folds `fit_category` makes of these labels (of `groups`)."""
    positives = int(np.sum(labels))
    most = MAX_SAMPLED_FOLDS if solver == "sgd" else MAX_FOLDS
    folds = max(2, min(most, positives, len(labels) - positives))
    if groups is not None:
        # By document: no more folds than documents with a positive, or with a negative.
        flags = np.asarray(labels, dtype=bool)
        owners = np.asarray(groups)
        grouped = min(folds, len(set(owners[flags])), len(set(owners[~flags])))
        if grouped >= 2:
            return grouped
    return folds


def _splits(
    labels: BoolArray, groups: Sequence[str] | None, folds: int, seed: int
) -> list[tuple[Any, Any]]:
    """Cross-validation (train, test) rows: by document where the documents allow it (a
    policy's clauses share its wording: split among folds they score each other, and the
    scores flatter), stratified by label; by clause otherwise."""
    rows = np.zeros(len(labels))
    if groups is not None and len(set(groups)) >= folds:
        grouped = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        splits = list(grouped.split(rows, labels, np.asarray(groups)))
        # Every training part needs both labels (few documents with positives may not give it).
        if all(0 < labels[train].sum() < len(train) for train, _ in splits):
            return splits
    plain = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return list(plain.split(rows, labels))


def _logistic(
    features: Any,
    labels: BoolArray,
    weights: FloatArray,
    c: float,
    solver: str = SOLVER,
    dual: bool = False,
    tol: float = 1e-4,
) -> Any:
    if solver == "sgd":
        return _sgd(features, labels, weights, c)
    # liblinear: a sparse, high-dimensional problem of a few thousand rows takes it a fraction
    # of a second where lbfgs needs tens (its cost per step grows with the column count).
    # `dual`: the same optimum (coefficients equal to 1e-5) reached through one variable per
    # row, not per column: with fewer rows than columns, a third of the time.
    model = LogisticRegression(
        C=c,
        solver=SOLVER,
        dual=dual and features.shape[0] < features.shape[1],
        max_iter=1000,
        tol=tol,
        random_state=0,
        intercept_scaling=INTERCEPT_SCALING,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, labels, sample_weight=balanced_weights(labels, weights))
    return model


def _sgd(features: Any, labels: BoolArray, weights: FloatArray, c: float) -> Any:
    from sklearn.linear_model import SGDClassifier

    # The same objective as liblinear's (C · Σ loss + ½‖w‖²) divided by C·n: alpha = 1 / (C·n).
    sample_weight = balanced_weights(labels, weights)
    model = SGDClassifier(
        loss="log_loss",
        alpha=1.0 / (c * float(sample_weight.sum())),
        max_iter=SGD_EPOCHS,
        tol=1e-4,
        average=True,
        random_state=0,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, labels, sample_weight=sample_weight)
    return model


def platt(
    decisions: FloatArray,
    labels: BoolArray,
    weights: FloatArray,
    minimum: int = MIN_FOR_CALIBRATION,
) -> tuple[float, float]:
    """(a, b) with p = 1 / (1 + exp(a·f + b)), fitted on held-out decision values.

    With Platt's (1999) smoothed targets — (N₊ + 1) / (N₊ + 2) for a positive, 1 / (N₋ + 2) for a
    negative — so that a small, separable set does not make the model claim certainty."""
    if min(int(labels.sum()), int((~labels).sum())) < minimum:
        # Too few on one side: a calibration on two or three held-out positives does more harm
        # than good. The class-balanced model's own probability is used (a = -1, b = 0).
        return -1.0, 0.0
    positives, negatives = float(weights[labels].sum()), float(weights[~labels].sum())
    target = np.where(labels, (positives + 1) / (positives + 2), 1 / (negatives + 2))
    column = np.concatenate([decisions, decisions]).reshape(-1, 1)
    outcome = np.concatenate([np.ones(len(labels), bool), np.zeros(len(labels), bool)])
    model = LogisticRegression(C=1e4, max_iter=1000)
    model.fit(
        column, outcome, sample_weight=np.concatenate([weights * target, weights * (1 - target)])
    )
    return -float(model.coef_[0, 0]), -float(model.intercept_[0])


def fit_category(
    features: Any,
    labels: BoolArray,
    weights: FloatArray,
    *,
    c: float,
    beta: float,
    step: Callable[[str], None] = lambda _message: None,
    name: str = "",
    seed: int = 0,
    thresholds: Sequence[float] = THRESHOLDS,
    solver: str = SOLVER,
    groups: Sequence[str] | None = None,
    final: bool = True,
    dual: bool = False,
    folds: int | None = None,
    calibrate_from: int = MIN_FOR_CALIBRATION,
    tol: float = 1e-4,
) -> FittedCategory:
    """Cross-validate, calibrate, pick the threshold, then fit on all rows (`final=False`:
    the cross-validated figures only, the coefficients left at zero). `folds`: that many
    folds instead of `fold_count`'s; `tol`: liblinear's stopping tolerance."""
    # Only the columns some row uses (hash buckets mostly stay empty); the coefficients are
    # scattered back to every column at the end.
    total_columns = features.shape[1]
    used = np.flatnonzero(np.asarray(abs(features).sum(axis=0)).ravel())
    features = features[:, used]
    folds = folds or fold_count(labels, solver, groups)
    out_of_fold = np.zeros(len(labels))
    for fold, (train_rows, test_rows) in enumerate(_splits(labels, groups, folds, seed), 1):
        fitted = _logistic(
            features[train_rows], labels[train_rows], weights[train_rows], c, solver, dual, tol
        )
        out_of_fold[test_rows] = fitted.decision_function(features[test_rows])
        step(f"{name}: fold {fold} of {folds}")
    a, b = platt(out_of_fold, labels, weights, calibrate_from)
    probabilities = 1.0 / (1.0 + np.exp(np.clip(a * out_of_fold + b, -60, 60)))
    best = max(
        thresholds,
        key=lambda t: (scores(labels, probabilities >= t, beta)[2], -abs(t - 0.5)),
    )
    precision, recall, f1 = scores(labels, probabilities >= best)
    coefficients = np.zeros(total_columns, dtype=np.float64)
    intercept = 0.0
    if final:
        fitted = _logistic(features, labels, weights, c, solver, dual, tol)
        coefficients[used] = fitted.coef_[0]
        intercept = float(fitted.intercept_[0])
    step(f"{name}: final model")
    return FittedCategory(
        coefficients,
        intercept,
        a,
        b,
        best,
        precision,
        recall,
        f1,
        folds,
        probabilities,
        out_of_fold,
    )
