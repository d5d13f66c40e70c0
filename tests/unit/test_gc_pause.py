"""The cycle collector paused around an analysis, and its result kept out of the next pass."""

from __future__ import annotations

import gc

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.gc_pause import cyclic_gc_paused


def _in_collector_generations(objects: list[object]) -> bool:
    tracked = {id(found) for found in gc.get_objects()}
    return any(id(obj) in tracked for obj in objects)


def test_the_collector_runs_again_after_a_pause() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with cyclic_gc_paused(keep_result=True):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_a_kept_pause_made_is_frozen_and_an_ordinary_pause_leaves_it_young() -> None:
    with cyclic_gc_paused():
        young = [[number] for number in range(10)]
    assert _in_collector_generations(young)
    with cyclic_gc_paused(keep_result=True):
        kept = [[number] for number in range(10)]
    assert not _in_collector_generations(kept)


def test_an_inner_pause_leaves_the_freezing_to_the_outer_one() -> None:
    with cyclic_gc_paused():
        with cyclic_gc_paused(keep_result=True):
            made = [[number] for number in range(10)]
        assert not gc.isenabled()
    assert _in_collector_generations(made)


def test_an_analysis_keeps_its_clauses_out_of_the_collectors_next_pass() -> None:
    # A 1 MB analysis leaves ~40,000 clauses, scores and cues: the first pass of the
    # collector after it walked them all (5-30 ms) to find no garbage.
    document = Document.from_text(
        "Privacy\n\nWe collect your e-mail address.\n\nWe share it with our partners.",
        title="t",
        format="txt",
    )
    clauses = analyze(document)
    assert gc.isenabled()
    assert clauses
    assert not _in_collector_generations([*clauses, *(c.categories for c in clauses)])
    assert [c.category_ids for c in clauses] == [c.category_ids for c in analyze(document)]
