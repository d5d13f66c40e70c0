"""A large document analysed in parts, each in its own process, gives exactly the clauses of
one analysis; a worker that fails or dies costs nothing but the speed."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.bench.open_highlight import make_policy
from tests.unit.analysis_golden import inputs

from policylens.core.analysis import analyze
from policylens.core.analysis_parts import (
    chunk_ranges,
    clauses_from_evidence,
    decode_evidence,
    encode_evidence,
    part_evidence,
)
from policylens.core.analysis_pool import AnalysisPool
from policylens.core.classifier import LexiconScorer
from policylens.core.document import Document
from policylens.core.learn import shipped as shipped_module
from policylens.core.learn.apply import analyze_with_model
from policylens.core.learn.shipped import load_shipped
from policylens.core.loaders import load_document
from policylens.core.normalize import normalize_for_matching
from policylens.core.segment import segment


def _in_parts(document: Document, size: int, *, model: bool) -> tuple[int, list[str]]:
    shipped = load_shipped() if model else None
    segments = segment(document)
    normalized = normalize_for_matching(document.text)
    ranges = chunk_ranges(segments, min_part=size)
    evidence = []
    for begin, end in ranges:
        found = part_evidence(document, segments, normalized, shipped, begin, end)
        # As it travels between processes.
        evidence.extend(decode_evidence(document.text, encode_evidence(found)))
    clauses = clauses_from_evidence(document, segments, evidence)
    return len(ranges) - 1, [clause.to_json() for clause in clauses]


@pytest.mark.parametrize("model", [False, True], ids=["lexicon", "model"])
def test_every_sample_and_corpus_slice_in_parts_gives_the_clauses_of_one_analysis(
    model: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = load_shipped()
    if model and shipped is None:
        pytest.skip("no shipped model in this build")
    # Small batches too: cuts fall inside batches and on their edges.
    monkeypatch.setattr(shipped_module, "BATCH", 16)
    texts = inputs()
    texts["all"] = "\n\n".join(texts.values())
    cut_somewhere = 0
    for name, text in texts.items():
        document = Document.from_text(text, title=name, format="txt")
        whole = analyze(document, blenders=[shipped] if model and shipped else [])
        for size in (8, 24):
            cuts, clauses = _in_parts(document, size, model=model)
            cut_somewhere += bool(cuts)
            assert clauses == [c.to_json() for c in whole], f"{name} in chunks of {size}"
    assert cut_somewhere > 10


def test_a_part_never_starts_with_a_heading() -> None:
    document = Document.from_text(
        "\n".join(f"{n}. Heading {n}\nWe collect your email address." for n in range(1, 3000)),
        title="t",
        format="txt",
    )
    segments = segment(document)
    ranges = chunk_ranges(segments, min_part=8)
    assert len(ranges) > 100
    for cut, _end in ranges[1:]:
        assert segments[cut].kind != "heading"


def test_a_clause_scores_the_same_in_any_batch_of_the_model() -> None:
    """What lets the processes cut a document anywhere: a clause's probabilities do not
    depend on which clauses share its batch (one row alone is the matrix product's other
    path)."""
    import numpy as np

    shipped = load_shipped()
    if shipped is None:
        pytest.skip("no shipped model in this build")
    text = "\n\n".join(inputs().values())
    document = Document.from_text(text, title="t", format="txt")
    segments = [s for s in segment(document) if shipped.knows(s.language)][:300]
    normalized = normalize_for_matching(document.text)
    evidence = LexiconScorer().score(document, segments, normalized)

    def probabilities(begin: int, end: int) -> Any:
        rows = evidence[begin:end]
        score = shipped.lexicon_matrix(rows)[1]
        return shipped.probabilities(normalized, segments[begin:end], rows, score)

    whole = probabilities(0, len(segments))
    for cut in (1, 7, 100, 299):
        parts = np.vstack([probabilities(0, cut), probabilities(cut, len(segments))])
        assert np.array_equal(parts, whole), f"cut at {cut}"


@pytest.fixture
def big_policy() -> Iterator[Document]:
    with tempfile.TemporaryDirectory() as folder:
        yield load_document(make_policy(Path(folder)))


@pytest.fixture
def pool() -> Iterator[AnalysisPool]:
    pool = AnalysisPool(1)
    pool.start()
    yield pool
    pool.close()


def _wait_ready(pool: AnalysisPool) -> None:
    import time

    deadline = time.monotonic() + 60
    while not pool.ready():  # the test waits; the window never does
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_a_1_mb_policy_through_a_worker_process_gives_the_clauses_of_one_analysis(
    pool: AnalysisPool, big_policy: Document
) -> None:
    _wait_ready(pool)
    clauses = pool.analyze(big_policy)
    assert clauses is not None
    whole = analyze_with_model(big_policy, use_model=False, use_shipped=True)
    assert [c.to_json() for c in clauses] == [c.to_json() for c in whole]
    again = pool.analyze(big_policy)  # the worker stays warm for the next one
    assert again is not None and len(again) == len(whole)


def test_the_worker_and_the_caller_share_the_chunks_and_meet(
    pool: AnalysisPool, big_policy: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policylens.core import analysis_parts

    done_here: list[tuple[int, int]] = []

    def counted(*args: Any) -> Any:
        done_here.append(args[-2:])
        return part_evidence(*args)

    monkeypatch.setattr(analysis_parts, "part_evidence", counted)
    _wait_ready(pool)
    go = threading.Event()
    threading.Timer(0.5, go.set).start()  # the document shown a moment later
    clauses = pool.analyze(big_policy, go=go)
    whole = analyze_with_model(big_policy, use_model=False, use_shipped=True)
    assert clauses is not None
    assert [c.to_json() for c in clauses] == [c.to_json() for c in whole]
    ranges = chunk_ranges(segment(big_policy))
    assert len(ranges) >= 3
    # The caller took chunks from the first on, and left at least the last to the worker.
    assert done_here == ranges[: len(done_here)] and len(done_here) < len(ranges)


def test_a_small_document_is_left_to_the_caller(pool: AnalysisPool) -> None:
    small = Document.from_text("We collect your email.", title="t", format="txt")
    assert pool.analyze(small) is None
    _wait_ready(pool)
    assert pool.analyze(small) is None


def test_a_worker_still_starting_has_its_part_done_by_the_caller(big_policy: Document) -> None:
    pool = AnalysisPool(1)
    pool.start()
    try:
        clauses = pool.analyze(big_policy)  # at once: the worker is still reading the model
        whole = analyze_with_model(big_policy, use_model=False, use_shipped=True)
        assert clauses is not None
        assert [c.to_json() for c in clauses] == [c.to_json() for c in whole]
        _wait_ready(pool)
        assert pool.analyze(big_policy) is not None  # its late answer was dropped
    finally:
        pool.close()


def test_a_dead_worker_leaves_the_caller_to_analyse_and_is_not_used_again(
    pool: AnalysisPool, big_policy: Document
) -> None:
    _wait_ready(pool)
    (pid,) = pool.pids()
    os.kill(pid, signal.SIGKILL)
    assert pool.analyze(big_policy) is None  # no hang, no exception
    assert not pool.running()
    assert pool.analyze(big_policy) is None


def test_a_cancelled_analysis_returns_at_once_and_the_next_one_is_right(
    pool: AnalysisPool, big_policy: Document
) -> None:
    _wait_ready(pool)
    assert pool.analyze(big_policy, cancelled=lambda: True) is None
    clauses = pool.analyze(big_policy)  # the cancelled answer is read and dropped
    whole = analyze_with_model(big_policy, use_model=False, use_shipped=True)
    assert clauses is not None
    assert [c.to_json() for c in clauses] == [c.to_json() for c in whole]


def test_closing_the_pool_ends_its_processes() -> None:
    pool = AnalysisPool(1)
    pool.start()
    (pid,) = pool.pids()
    pool.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_closing_the_pool_during_an_analysis_leaves_it_to_the_caller(
    big_policy: Document,
) -> None:
    pool = AnalysisPool(1)
    pool.start()
    _wait_ready(pool)
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(pool.analyze(big_policy)))
    thread.start()
    pool.close()
    thread.join(30)
    assert not thread.is_alive()
    assert len(results) == 1  # the clauses, if the worker had answered; else None, no error
