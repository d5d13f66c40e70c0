"""Pausing the cycle collector around work that makes many small objects and no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused(*, keep_result: bool = False) -> Iterator[None]:
    """The analysis of a large text makes some hundred thousand small objects (cues, scores,
    clauses) that all live until it ends and form no cycles, and so does a PDF export (a few
    tuples per glyph); the cycle collector, triggered by the allocations, walked them again
    and again (a fifth of the time of a 1 MB text). Reference counting still frees
    everything; the collector runs again afterwards.

    `keep_result`: what the work made and still holds at its end (its result: a 1 MB
    analysis's ~40,000 clauses, scores and cues) is frozen, out of the collector's sight,
    before the collector runs again. Otherwise its first pass walked every one of them to
    find no garbage: 5-30 ms after a 1 MB analysis (what the window's analysis task already
    did, `ui/shell/work.py`). Frozen objects are still freed by reference counting; a cycle
    made meanwhile (by another thread) would not be collected. Only the outermost pause
    freezes: an inner one leaves that to the work around it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if keep_result:
                gc.freeze()
            gc.enable()
