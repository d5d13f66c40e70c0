"""The stacked model's threshold: how much it favours precision is chosen by cross-validation
on the user's labels, each fold decided at a threshold picked on the other folds only."""

from __future__ import annotations

import numpy as np
import pytest

from policylens.core.learn.linear_training import scores
from policylens.core.learn.threshold_choice import (
    best_threshold,
    chosen_beta,
    held_out_f1,
)


def _folds(count: int, folds: int) -> list[np.ndarray]:
    return [np.arange(count)[k::folds] for k in range(folds)]


def test_each_fold_is_decided_at_the_threshold_of_the_others() -> None:
    """Three folds alike: the threshold the other two pick decides the third, so the held-out
    F1 is the in-sample one; a fold unlike the others is decided by their threshold, not by
    its own best."""
    probabilities = np.tile([0.9, 0.7, 0.45, 0.3, 0.1], 3)
    labels = np.tile([True, True, True, False, False], 3)
    folds = [np.arange(5) + 5 * k for k in range(3)]
    assert best_threshold(labels, probabilities, 1.0) == 0.45
    assert held_out_f1(labels, probabilities, folds, 1.0) == pytest.approx(1.0)
    odd = labels.copy()
    odd[12] = False  # the third fold's 0.45 is a "no" there
    f1 = held_out_f1(odd, probabilities, folds, 1.0)
    assert f1 == pytest.approx(scores(odd, probabilities >= 0.45)[2])


def test_precision_is_favoured_where_it_holds_up_on_held_out_folds() -> None:
    """Positives sure (0.8) or unsure (0.4, half of them wrong): in every fold, a threshold
    above the unsure rows scores better held out; F1 alone picks them up on some folds."""
    generator = np.random.default_rng(3)
    sure = np.full(40, 0.8)
    unsure = np.full(40, 0.4)
    negatives = generator.uniform(0.0, 0.3, 80)
    probabilities = np.concatenate([sure, unsure, negatives])
    labels = np.concatenate([np.ones(40, bool), np.arange(40) % 4 == 0, np.zeros(80, bool)])
    folds = _folds(len(labels), 4)
    by_beta = {b: held_out_f1(labels, probabilities, folds, b) for b in (0.5, 1.0)}
    assert chosen_beta(labels, probabilities, folds) == max(by_beta, key=lambda b: by_beta[b])
    assert chosen_beta(labels, probabilities, folds) == 0.5


def test_recall_is_favoured_where_most_unsure_rows_are_right() -> None:
    probabilities = np.concatenate([np.full(30, 0.8), np.full(30, 0.4), np.full(60, 0.1)])
    labels = np.concatenate([np.ones(30, bool), np.arange(30) % 5 < 3, np.zeros(60, bool)])
    folds = _folds(len(labels), 3)
    assert chosen_beta(labels, probabilities, folds) == 1.0
    # A tie goes to the first β (the one used before).
    assert chosen_beta(labels, probabilities, folds, (1.0, 1.0)) == 1.0
    assert chosen_beta(np.ones(4, bool), np.full(4, 0.9), _folds(4, 2)) == 0.5
