"""How much the stacked model's threshold favours precision, chosen by cross-validation on the
user's own labels instead of a constant.

Where the stacked model takes a category over, its "yes" replaces the blend's, so a threshold
that favours precision (the F0.5-best) may serve better than the F1-best — or not: it depends
on the labels. A threshold picked on the very out-of-fold probabilities it is then scored on
always looks best by the measure it was picked by, so each β is judged the honest way: for
every fold, the threshold is the F_β-best on the other folds' rows, and the fold's rows are
decided at it; the β whose decisions over all folds score the best F1 is kept (ties: the
first of `BETAS`, the one used before). Out-of-fold probabilities only: no extra fit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from policylens.core.learn.linear_training import THRESHOLDS, scores

BETAS = (0.5, 1.0)

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]


def best_threshold(
    labels: BoolArray,
    probabilities: FloatArray,
    beta: float,
    thresholds: Sequence[float] = THRESHOLDS,
) -> float:
    """The F_β-best of `thresholds` (ties: the one nearest 0.5), as `fit_category` picks."""
    return max(
        thresholds,
        key=lambda t: (scores(labels, probabilities >= t, beta)[2], -abs(t - 0.5)),
    )


def held_out_f1(
    labels: BoolArray,
    probabilities: FloatArray,
    test_folds: Sequence[npt.NDArray[np.intp]],
    beta: float,
    thresholds: Sequence[float] = THRESHOLDS,
) -> float:
    """F1 of deciding each fold's rows at the F_β-best threshold of the other folds' rows."""
    decided = np.zeros(len(labels), dtype=bool)
    for test in test_folds:
        train = np.ones(len(labels), dtype=bool)
        train[test] = False
        threshold = best_threshold(labels[train], probabilities[train], beta, thresholds)
        decided[test] = probabilities[test] >= threshold
    return scores(labels, decided)[2]


def chosen_beta(
    labels: BoolArray,
    probabilities: FloatArray,
    test_folds: Sequence[npt.NDArray[np.intp]],
    betas: Sequence[float] = BETAS,
) -> float:
    """The β of `betas` whose thresholds, chosen fold by fold, score the best held-out F1."""
    best, best_f1 = betas[0], -1.0
    for beta in betas:
        f1 = held_out_f1(labels, probabilities, test_folds, beta)
        if f1 > best_f1 + 1e-12:
            best, best_f1 = beta, f1
    return best
