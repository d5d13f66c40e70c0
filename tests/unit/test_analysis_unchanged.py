"""Speed-ups of the analysis must not change what a reader sees: the same clauses, categories,
scores and cue phrases as recorded in `tests/data/analysis_golden.json`."""

from __future__ import annotations

import json

import pytest
from tests.unit.analysis_golden import GOLDEN, fingerprint, results


def test_analysis_gives_the_recorded_clauses_categories_and_cues() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    if golden["fingerprint"] != fingerprint():
        pytest.skip(
            "the cue lexicons, taxonomy or shipped model changed since the golden results were "
            "recorded; regenerate with `python -m tests.unit.analysis_golden`"
        )
    current = results()
    assert current.keys() == golden["results"].keys()
    for name, clauses in golden["results"].items():
        assert current[name] == clauses, f"analysis of {name} changed"
