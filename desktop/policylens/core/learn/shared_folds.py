"""Cross-validation folds shared by every category: each document's rows in its fold, the
same fold for every category, so that a fold's models of all categories can analyse the
fold's documents together (`pipeline_cv`)."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from policylens.core.learn.examples import TrainingExample


def shared_splits(
    items: Sequence[TrainingExample], labels: npt.NDArray[np.bool_], fold_of: dict[str, int]
) -> list[tuple[Any, Any]] | None:
    """(train, test) rows by the documents' folds; None where a training part would lack a
    label (the category is then cross-validated on its own folds and judged on stand-ins)."""
    count = max(fold_of.values()) + 1
    owners = np.array(
        [
            fold_of[e.document] if e.document in fold_of else zlib.crc32(e.text.encode()) % count
            for e in items
        ]
    )
    splits = []
    for fold in range(count):
        test = np.flatnonzero(owners == fold)
        train = np.flatnonzero(owners != fold)
        if len(test) == 0:
            continue
        if not 0 < int(labels[train].sum()) < len(train):
            return None
        splits.append((train, test))
    return splits if len(splits) >= 2 else None
