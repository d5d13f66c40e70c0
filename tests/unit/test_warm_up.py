"""The analysis's warm-up (`core.warm_up`): it changes no result, and stops when asked."""

from __future__ import annotations

import time

from tests.unit.analysis_golden import inputs

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model
from policylens.core.warm_up import CHUNK_LINES, warm_up


def _clauses(text: str) -> list[dict[str, object]]:
    document = Document.from_text(text, title="t", format="txt")
    clauses = analyze_with_model(document, use_model=False, use_shipped=True)
    return [clause.to_json() for clause in clauses]


def test_a_warmed_up_analysis_gives_the_same_clauses() -> None:
    texts = inputs()
    before = {name: _clauses(text) for name, text in texts.items()}
    assert warm_up(lambda: False) > 0  # every bundled sample, line by line
    assert {name: _clauses(text) for name, text in texts.items()} == before


def test_the_warm_up_stops_within_a_step_when_a_document_is_wanted() -> None:
    asked = [0]

    def stop() -> bool:
        asked[0] += 1
        return asked[0] > 2

    started = time.process_time()
    assert warm_up(stop) <= CHUNK_LINES
    assert time.process_time() - started < 2.0  # a step, not every sample
    assert warm_up(lambda: True) == 0
