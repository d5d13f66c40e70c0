"""How firmly the user's model vetoes the shipped blend is chosen by cross-validation on the
user's own labels (no constant tuned on someone else's data), saved with the model, and a
model saved before that still loads and keeps behaving as it did."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from tests.unit.stacked_files import edit_stacked_reports, model_with_stack

from policylens.core.learn import LearnedModel, load_model, save_model
from policylens.core.learn.linear_training import scores
from policylens.core.learn.model import StackedReport
from policylens.core.learn.scoring import LEGACY_PARAGRAPH_VETO_SHARE, LearnedScorer
from policylens.core.learn.veto_choice import best_veto_share, vetoed_decisions

SHARES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def test_the_chosen_share_is_the_one_whose_decisions_score_the_best_f1() -> None:
    """Eight paragraphs the blend calls "retention"; the reviewers agreed on the ones where the
    user's model is not nearly sure they are not: a veto below 0.3 of the threshold is right."""
    threshold = 0.5
    probabilities = np.array([0.9, 0.6, 0.3, 0.2, 0.16, 0.1, 0.05, 0.02])
    labels = np.array([True, True, True, True, True, False, False, False])
    base_on = np.ones(len(labels), dtype=bool)
    share, f1 = best_veto_share(labels, base_on, probabilities, threshold, SHARES)
    by_share = {
        s: scores(labels, vetoed_decisions(base_on, probabilities, threshold, s))[2] for s in SHARES
    }
    assert f1 == pytest.approx(max(by_share.values()))
    assert share == 0.3  # keeps 0.16 (0.32 of the threshold), drops 0.1 and below
    assert f1 == pytest.approx(1.0)
    assert by_share[0.0] < f1  # no veto keeps the blend's three wrong paragraphs


def test_without_anything_to_gain_there_is_no_veto() -> None:
    """Where vetoing only loses (every paragraph the blend asserts is labelled), the share is
    the smallest: the blend keeps what a reviewer would see."""
    probabilities = np.array([0.9, 0.3, 0.05, 0.01])
    labels = np.ones(4, dtype=bool)
    share, f1 = best_veto_share(labels, np.ones(4, dtype=bool), probabilities, 0.5, SHARES)
    assert share == 0.0 and f1 == pytest.approx(1.0)


def test_on_random_rows_the_choice_is_the_f1_best_of_the_grid() -> None:
    generator = np.random.default_rng(7)
    for _ in range(50):
        labels = generator.random(40) < 0.4
        base_on = generator.random(40) < 0.6
        probabilities = np.clip(labels * 0.3 + generator.random(40) * 0.7, 0, 1)
        threshold = float(generator.choice([0.3, 0.5, 0.7]))
        share, f1 = best_veto_share(labels, base_on, probabilities, threshold, SHARES)
        scored = [
            scores(labels, vetoed_decisions(base_on, probabilities, threshold, s))[2]
            for s in SHARES
        ]
        assert f1 == pytest.approx(max(scored))
        assert share == SHARES[scored.index(max(scored))]  # the first (smallest) best


def _paragraph_model(shares: dict[str, float | None]) -> LearnedModel:
    reports = {
        c: StackedReport(c, 30, 0.7, 0.6, 0.6, 0.6, 0.7, 0.7, 0.7, 0.5, False, "stacked", share)
        for c, share in shares.items()
    }
    return model_with_stack(reports, "paragraph")


def test_chosen_shares_are_saved_with_the_model_and_used_after_loading() -> None:
    save_model(_paragraph_model({"data_retention": 0.2, "policy_change": 0.0}))
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    scorer = LearnedScorer(loaded)
    assert scorer.paragraph_veto("data_retention") == 0.2
    assert scorer.paragraph_veto("policy_change") == 0.0


def test_a_model_saved_before_shares_were_chosen_loads_and_vetoes_as_before() -> None:
    save_model(_paragraph_model({"data_retention": 0.2, "policy_change": 0.0}))

    def as_written_before(reports: dict[str, Any]) -> None:
        for report in reports.values():
            del report["paragraph_veto"]

    edit_stacked_reports(as_written_before)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None  # not refused
    scorer = LearnedScorer(loaded)
    for category in ("data_retention", "policy_change"):
        assert scorer.paragraph_veto(category) == LEGACY_PARAGRAPH_VETO_SHARE


@pytest.mark.parametrize("value", ['"0.3"', "true", "1.5", "-0.1"])
def test_a_damaged_share_leaves_the_stacked_part_out(value: str) -> None:
    save_model(_paragraph_model({"data_retention": 0.2}))
    edit_stacked_reports(
        lambda reports: reports["data_retention"].update(paragraph_veto=json.loads(value))
    )
    loaded = load_model()
    assert loaded is not None  # the plain model still works
    assert loaded.stacked is None
