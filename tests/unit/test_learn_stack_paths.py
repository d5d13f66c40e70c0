"""How each category is decided once the user's model is stacked on the shipped one is chosen
by cross-validation on the user's own labels (`stack_paths`), saved with the model, shown by
`policylens train`, and a model saved before the choice still loads and decides as it did."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from tests.unit.stacked_files import edit_stacked_reports, model_with_stack

from policylens.cli.commands.train import decides
from policylens.core.learn import LearnedModel, load_model, save_model
from policylens.core.learn.model import StackedReport
from policylens.core.learn.stack_paths import (
    BLEND,
    LEXICON,
    MIN_POSITIVES,
    STACKED,
    chosen_path,
    margin,
)
from policylens.core.taxonomy import OTHER

SHARING = "third_party_sharing_collection"


def test_as_before_unless_another_way_wins_by_the_margin() -> None:
    figures = {BLEND: 0.70, LEXICON: 0.71, STACKED: 0.715}
    assert chosen_path(SHARING, 200, figures) == BLEND  # within 0.02: noise
    assert chosen_path(SHARING, 200, {**figures, LEXICON: 0.80}) == LEXICON
    assert chosen_path(SHARING, 200, {**figures, STACKED: 0.80}) == STACKED
    # Both win: the better one.
    assert chosen_path(SHARING, 200, {BLEND: 0.6, LEXICON: 0.8, STACKED: 0.75}) == LEXICON
    assert chosen_path(SHARING, 200, {BLEND: 0.6, LEXICON: 0.75, STACKED: 0.8}) == STACKED
    # A tie goes to the way that changes less.
    assert chosen_path(SHARING, 200, {BLEND: 0.6, LEXICON: 0.8, STACKED: 0.8}) == LEXICON


def test_a_gain_on_few_labels_must_be_large() -> None:
    # 10 positives: one standard error of an F1 of 0.8 is 0.126.
    assert margin(0.8, 10) == pytest.approx(np.sqrt(0.8 * 0.2 / 10))
    assert chosen_path(SHARING, 10, {BLEND: 0.7, LEXICON: 0.8}) == BLEND
    assert chosen_path(SHARING, 10, {BLEND: 0.6, LEXICON: 0.8}) == LEXICON


def test_the_stacked_model_decides_nothing_on_few_labels_nor_other() -> None:
    figures = {BLEND: 0.5, LEXICON: 0.5, STACKED: 0.95}
    assert chosen_path(SHARING, MIN_POSITIVES - 1, figures) == BLEND
    assert chosen_path(SHARING, MIN_POSITIVES, figures) == STACKED
    assert chosen_path(OTHER, 500, {BLEND: 0.2, LEXICON: 0.9, STACKED: 0.9}) == BLEND
    # Without a usable stacked model (left out of the figures), the lexicon may still win.
    assert chosen_path(SHARING, 500, {BLEND: 0.5, LEXICON: 0.7}) == LEXICON


def _report(category: str, path: str) -> StackedReport:
    paths = {BLEND: 0.6, LEXICON: 0.75, STACKED: 0.7}
    return StackedReport(
        category, 30, 0.7, 0.6, 0.6, 0.6, 0.7, 0.7, 0.7, 0.5,
        path == STACKED, "stacked", None, path == LEXICON, paths,
    )  # fmt: skip


def _model(paths: dict[str, str]) -> LearnedModel:
    return model_with_stack({c: _report(c, path) for c, path in paths.items()})


def test_the_chosen_ways_and_their_figures_are_saved_with_the_model() -> None:
    paths = {"data_security": LEXICON, "policy_change": STACKED, SHARING: BLEND}
    save_model(_model(paths))
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert {c: r.path for c, r in loaded.stacked.reports.items()} == paths
    assert loaded.stacked.without_shipped == frozenset({"data_security"})
    assert loaded.stacked.takeover == frozenset({"policy_change"})
    assert loaded.stacked.reports["data_security"].paths == {
        BLEND: 0.6,
        LEXICON: 0.75,
        STACKED: 0.7,
    }


def test_a_model_saved_before_the_ways_were_compared_decides_as_before() -> None:
    save_model(_model({"data_security": STACKED, SHARING: BLEND}))

    def as_written_before(reports: dict[str, Any]) -> None:
        for report in reports.values():
            report.pop("paths")

    edit_stacked_reports(as_written_before)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None  # not refused
    assert loaded.stacked.reports["data_security"].path == STACKED
    assert loaded.stacked.reports[SHARING].path == BLEND
    assert loaded.stacked.without_shipped == frozenset()
    assert loaded.stacked.reports[SHARING].paths == {}


@pytest.mark.parametrize("value", ['"0.7"', "[0.7]", '{"blend": true}', '{"blend": "x"}'])
def test_damaged_figures_leave_the_stacked_part_out(value: str) -> None:
    save_model(_model({"data_security": LEXICON}))
    edit_stacked_reports(lambda reports: reports["data_security"].update(paths=json.loads(value)))
    loaded = load_model()
    assert loaded is not None  # the plain model still works
    assert loaded.stacked is None


def test_the_train_summary_says_which_way_decides_and_why() -> None:
    assert decides(_report(SHARING, BLEND)) == "as before"
    assert decides(_report(SHARING, LEXICON)) == (
        "without the shipped model (CV 0.75 against 0.60 as before)"
    )
    assert decides(_report(SHARING, STACKED)) == (
        "user model on top (CV 0.70 against 0.60 as before)"
    )
    # A model saved before: no figures to show.
    older = StackedReport(SHARING, 30, 0.7, 0.6, 0.6, 0.6, 0.7, 0.7, 0.7, 0.5, True, "user")
    assert decides(older) == "user model alone"
