"""The shipped model's gate vetoes only cues that could assert their category (in a heading,
from HEADING_THRESHOLD): a weak or lone medium cue stated nothing, so a veto (and its note, which
withholds the section's practice from the clause) would say nothing about the clause either."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.clause import Cue
from policylens.core.learn.shipped import ShippedModel

RETENTION = "data_retention"


def _gate(lexicon: float, probability: float) -> ClauseEvidence:
    fake = SimpleNamespace(
        linear=SimpleNamespace(categories=[RETENTION], thresholds=np.array([0.5]))
    )
    result: list[ClauseEvidence] = [
        {"x": Evidence(0.0)},  # a title row the gate treats apart
        {RETENTION: Evidence(lexicon, [Cue(0, 4, "days")])},
    ]
    ShippedModel._gate(
        fake,  # type: ignore[arg-type]
        [1],
        np.array([[probability]]),
        np.array([[probability * THRESHOLD / 0.5]]),
        np.array([[True]]),
        np.array([[lexicon]]),
        result,
        0,
    )
    return result[1]


def test_a_cue_that_asserted_is_vetoed_with_the_model_s_note() -> None:
    vetoed = _gate(0.8, 0.05)[RETENTION]
    assert vetoed.score < THRESHOLD
    assert vetoed.note.startswith("model, ")


def test_a_cue_too_weak_to_assert_is_left_as_the_lexicon_found_it() -> None:
    for weak in (0.1, 0.28):
        kept = _gate(weak, 0.05)[RETENTION]
        assert (kept.score, kept.note) == (weak, "")


def test_a_cue_that_would_assert_a_heading_is_vetoed() -> None:
    assert _gate(0.48, 0.05)[RETENTION].note.startswith("model, ")
