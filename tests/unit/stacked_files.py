"""Small user models with a stacked part, for the tests of how a stacked model's choices are
saved and read back (`test_learn_stack_paths`, `test_learn_veto_choice`): all-zero weights,
since those tests are about the reports, not about scoring."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np

from policylens.core.learn import LearnedModel, model_dir
from policylens.core.learn.hashing import FeatureSpec
from policylens.core.learn.linear import LinearModel
from policylens.core.learn.location import MANIFEST_FILE, STACKED_DIR
from policylens.core.learn.model import StackedModel, StackedReport


def zero_linear(categories: tuple[str, ...], dense_names: tuple[str, ...] = ()) -> LinearModel:
    """A linear model over `categories` whose weights are all zero."""
    spec = FeatureSpec(bits=10, char_sizes=(3,), word_max=1, languages="shared")
    zeros = np.zeros(len(categories), dtype=np.float32)
    return LinearModel(
        spec=spec,
        categories=categories,
        hashed=np.zeros((len(categories), spec.buckets), dtype=np.float32),
        idf=np.ones(spec.buckets, dtype=np.float32),
        dense_names=dense_names,
        dense=np.zeros((len(categories), len(dense_names)), dtype=np.float32),
        intercept=zeros,
        platt_a=zeros - 1,
        platt_b=zeros,
        thresholds=zeros + 0.5,
    )


def model_with_stack(reports: dict[str, StackedReport], unit: str = "clause") -> LearnedModel:
    """A user model with a stacked part holding `reports` (one per category)."""
    categories = tuple(reports)
    stacked = StackedModel(
        zero_linear(categories, tuple(f"base:{c}" for c in categories)), reports, "x", unit
    )
    return LearnedModel(zero_linear(categories), {"languages": {"en": 100}}, stacked=stacked)


def edit_stacked_reports(edit: Callable[[dict[str, Any]], None]) -> None:
    """Rewrite the saved stacked manifest's reports (category → fields) through `edit`, as an
    older version or a damaged file would have them."""
    path = model_dir() / STACKED_DIR / MANIFEST_FILE
    manifest = json.loads(path.read_text("utf-8"))
    edit(manifest["reports"])
    path.write_text(json.dumps(manifest), "utf-8")
