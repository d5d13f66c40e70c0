"""The window's analysis call: the lexicon, plus the learned model when one is saved and wanted.

`core.learn.apply.analyze_with_model` needs NumPy only (never scikit-learn) to apply a model;
`model_notices` says why a saved model is not used (an old pickled one, a damaged file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from policylens.core.learn.apply import analyze_with_model, model_notices

__all__ = ["analyze_with_model", "fraction_progress", "model_notices"]


def fraction_progress(context: Any) -> Callable[[float], None]:
    """`analyze`'s progress(fraction) as a TaskContext's progress(done, total)."""

    def progress(fraction: float) -> None:
        context.progress(int(fraction * 1000), 1000)

    return progress
