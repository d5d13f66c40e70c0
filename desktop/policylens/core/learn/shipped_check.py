"""Whether the shipped arrays are what `make model` makes of today's corpus and cues.

`make model` is reproducible to the byte (fixed seeds, sorted inputs, no clock in the arrays), so
`python -m policylens.core.learn.build_shipped --check` fits the model again, writes it to a
temporary folder and compares its arrays with the shipped ones. A corpus clause or a cue added
without `make model` afterwards shows here (the cue scores are features of the model).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from policylens.core.learn.model_file import ARRAYS_FILE


def differences(built: Path, shipped: Path) -> list[str]:
    """What differs between the arrays of `built` and of `shipped` (empty: the same bytes)."""
    built_file, shipped_file = built / ARRAYS_FILE, shipped / ARRAYS_FILE
    if not shipped_file.is_file():
        return [f"no shipped arrays at {shipped_file}"]
    if built_file.read_bytes() == shipped_file.read_bytes():
        return []
    with (
        np.load(built_file, allow_pickle=False) as new,
        np.load(shipped_file, allow_pickle=False) as old,
    ):
        found = []
        for name in sorted(set(new.files) | set(old.files)):
            if name not in new.files or name not in old.files:
                found.append(f"{name}: only in {'the shipped' if name in old.files else 'the new'}")
            elif new[name].shape != old[name].shape:
                found.append(f"{name}: shape {old[name].shape} shipped, {new[name].shape} new")
            elif not np.array_equal(new[name], old[name]):
                gap = np.abs(new[name].astype(np.float64) - old[name].astype(np.float64))
                found.append(
                    f"{name}: {int(np.count_nonzero(gap))} values differ (max {gap.max():.4g})"
                )
        return found or ["the arrays are equal but the files differ (format or order)"]
