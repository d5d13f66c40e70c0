"""How firmly the user's model says no, chosen by cross-validation on the user's own labels.

The user's model vetoes a category of the shipped blend (lexicon + shipped model) where its
probability is below a share of the category's threshold. How firm that "no" must be depends
on the labels — how often the blend asserts a practice the reviewers did not label, and how
well the model tells those apart — so `train` chooses the share per category from the
out-of-fold probabilities it has already computed (documents kept in one fold; no extra fit):
the share whose decisions score the best F1 on the labelled rows. The decisions are what
`analyze` makes of the category: the model's additions (probability ≥ threshold) plus the
blend's assertions the model does not veto. Ties go to the smaller share: a veto takes away
what a reviewer would otherwise see, so it has to earn its place.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from policylens.core.learn.linear_training import scores

# The shares tried for a paragraph model's "no" for a whole paragraph (`scoring.refine`);
# 0 is no paragraph veto at all.
PARAGRAPH_VETO_SHARES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]


def vetoed_decisions(
    base_on: BoolArray, probabilities: FloatArray, threshold: float, share: float
) -> BoolArray:
    """The category's decisions per row: the model adds it at its threshold, and keeps the
    blend's where its probability is at least `share` of the threshold."""
    decided: BoolArray = (probabilities >= threshold) | (
        base_on & (probabilities >= share * threshold)
    )
    return decided


def best_veto_share(
    labels: BoolArray,
    base_on: BoolArray,
    probabilities: FloatArray,
    threshold: float,
    shares: Sequence[float] = PARAGRAPH_VETO_SHARES,
) -> tuple[float, float]:
    """(the share of `shares` whose decisions score the best F1 on `labels`, that F1); the
    smallest such share on a tie."""
    best_share, best_f1 = 0.0, -1.0
    for share in sorted(shares):
        f1 = scores(labels, vetoed_decisions(base_on, probabilities, threshold, share))[2]
        if f1 > best_f1 + 1e-12:
            best_share, best_f1 = share, f1
    return best_share, best_f1
