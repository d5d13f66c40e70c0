"""The window's analysis call: the lexicon, plus the learned model when one is saved and wanted.

`core.learn.apply.analyze_with_model` looks for the model file before importing scikit-learn
(~1 s), so a library without a model pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from policylens.core.learn.apply import analyze_with_model

__all__ = ["analyze_with_model", "fraction_progress"]


def fraction_progress(context: Any) -> Callable[[float], None]:
    """`analyze`'s progress(fraction) as a TaskContext's progress(done, total)."""

    def progress(fraction: float) -> None:
        context.progress(int(fraction * 1000), 1000)

    return progress
