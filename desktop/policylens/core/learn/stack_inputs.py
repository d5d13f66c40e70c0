"""What the stacked model reads besides the user model's decision value (see `stacked`).

The shipped blend's score per category (`base:<category>`) is mostly the lexicon's: the blend
keeps a cue unless the shipped model is sure it is wrong and adds a category only where the
model is sure of it. What the shipped model thinks in between — a practice it finds likely but
not certain, a cue it doubts — is lost there, so its calibrated probability per category is
a feature of its own (`shipped:<category>`), next to the blend's score (the blend reports the
probabilities it read: `ShippedModel.blend_reading`). A stacked model saved
before had the blend's scores alone; it is read and applied as it was (`dense_columns`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

BASE_PREFIX = "base:"
SHIPPED_PREFIX = "shipped:"

FloatMatrix = npt.NDArray[np.float64]


def dense_columns(categories: Sequence[str], with_shipped: bool = True) -> tuple[str, ...]:
    """The stacked model's dense feature names over the shipped model's `categories`: the
    blend's scores, then (`with_shipped`) the shipped model's probabilities."""
    names = tuple(BASE_PREFIX + c for c in categories)
    return names + tuple(SHIPPED_PREFIX + c for c in categories) if with_shipped else names


def reads_shipped(names: Sequence[str]) -> bool:
    """Whether a stacked model with these dense features reads the shipped probabilities."""
    return any(name.startswith(SHIPPED_PREFIX) for name in names)


def stacking_features(
    decisions: FloatMatrix, base: FloatMatrix, probabilities: FloatMatrix | None = None
) -> FloatMatrix:
    """(rows × features): the user model's decision value, then the blend's score of each
    category, then (when given) the shipped model's probability of each."""
    parts = [decisions.reshape(-1, 1), base]
    if probabilities is not None:
        parts.append(probabilities)
    return np.column_stack(parts).astype(np.float64)
