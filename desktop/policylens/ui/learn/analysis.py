"""The window's analysis call: the lexicon, plus the learned model when one is saved and wanted.

Importing `policylens.core.learn` loads scikit-learn (~1 s here). A library without a saved
model never needs it, so the model file is looked for first and the plain `analyze` runs when
there is none (tests/ui/test_learn_analysis.py checks the path against `core.learn.storage`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from policylens.core.clause import Clause
from policylens.core.document import Document

# core.learn.storage: model_dir() / MODEL_FILE — repeated here to keep sklearn out of start-up.
MODEL_SUBDIR = "model"
MODEL_FILE = "model.joblib"


def saved_model_path() -> Path:
    from policylens.paths import data_dir

    return data_dir() / MODEL_SUBDIR / MODEL_FILE


def analyze_with_model(
    document: Document,
    *,
    use_model: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Clause]:
    """`core.learn.analyze_with_model`, without its import cost when it would add nothing."""
    if use_model and saved_model_path().exists():
        from policylens.core.learn import analyze_with_model as with_model

        clauses: list[Clause] = with_model(
            document, use_model=True, progress=progress, cancelled=cancelled
        )
        return clauses
    from policylens.core.analysis import analyze

    return analyze(document, progress=progress, cancelled=cancelled)


def fraction_progress(context: Any) -> Callable[[float], None]:
    """`analyze`'s progress(fraction) as a TaskContext's progress(done, total)."""

    def progress(fraction: float) -> None:
        context.progress(int(fraction * 1000), 1000)

    return progress
