"""Precision where a user sees mistakes (issue 11, part 3): every false positive found so far.

`false_positives.jsonl`, one case a line: `text` (a one-line document), its `language`, the
categories it must NOT get (`forbidden`) and those it must get (`expected`). Analysed as the
CLI and the window do by default (lexicon + shipped model). Add each new one you find.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.unit.phrasing import categories_shown

from policylens.core.learn.shipped import load_shipped

CASES = [
    json.loads(line)
    for line in (Path(__file__).with_name("false_positives.jsonl")).read_text("utf-8").splitlines()
    if line.strip()
]


def test_the_shipped_model_is_there() -> None:
    assert load_shipped() is not None, "resources/models/clauses is missing: run `make model`"


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_no_false_positive(case: dict[str, Any]) -> None:
    found = categories_shown(case["text"])
    assert not found & set(case["forbidden"]), found
    assert set(case["expected"]) <= found, found
