"""Warm analysis processes for the window: a large document's analysis on every core.

The GIL lets one thread run Python at a time, so the analysis of a 1 MB policy (~0.5 s) ran on
one core while the other idled. `AnalysisPool` keeps `analysis_worker` processes (one on two
cores; the shipped model read once in each, started after the window is shown) and gives each
a part of the clauses (`analysis_parts`); the calling thread scores the first part meanwhile,
then applies the page's context to the whole.

Nothing here is needed for a correct result: a document too small to cut, a pool that is not
running (one core, a frozen bundle), a worker that failed or died all make `analyze` return
None, and the caller analyses in its own thread as before (a real error then reaches the user
as the usual error message). A worker that stops answering is killed after `TIMEOUT_S`.
`close` ends the processes; they also end by themselves when this process goes (their stdin
closes).
"""

from __future__ import annotations

import itertools
import logging
import os
import select
import selectors
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from policylens.core.analysis_worker import READY, frame, read_frame, write_bytes
from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.gc_pause import cyclic_gc_paused

if TYPE_CHECKING:
    from policylens.core.learn.shipped import ShippedModel
    from policylens.core.normalize import NormalizedText
    from policylens.core.segment import Segment

log = logging.getLogger(__name__)

# Below this many characters one thread is as quick (sending the text and the evidence back
# costs more than the work saved).
MIN_CHARS = 200_000
TIMEOUT_S = 60.0
POLL_S = 0.05  # how often a waiting analysis looks at its cancel flag


SIZE_ENV = "POLICYLENS_ANALYSIS_PROCESSES"  # how many (0: none; the tests' default)
# Workers besides the calling thread. More parts gain little: the context, the highlighting
# and the GUI stay serial, and the shipped model's batches leave few places to cut.
MAX_SIZE = 1


def default_size() -> int:
    """A worker per core besides the caller's, when there are at least two (with one, a
    process gains nothing)."""
    setting = os.environ.get(SIZE_ENV, "").strip()
    if setting.isdigit():
        return int(setting)
    cores = os.cpu_count() or 1
    if cores < 2 or getattr(sys, "frozen", False):  # a bundle has no `python -m`
        return 0
    return min(cores - 1, MAX_SIZE)


class _Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policylens.core.analysis_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Unbuffered: a frame read ahead into a buffer would be unseen by `select`.
            bufsize=0,
            stderr=None,  # the worker's errors and warnings go where ours go
            env=dict(os.environ),
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.stdout: IO[bytes] = self.process.stdout
        self.ready = False
        self.writing = threading.Lock()

    def alive(self) -> bool:
        return self.process.poll() is None

    def end(self) -> None:
        """At once: the worker keeps nothing worth a clean exit (reading a model takes it
        ~0.3 s, which a window closing right after it opened would wait for)."""
        for stream in (self.stdin, self.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.process.kill()
        self.process.wait()


def _send(worker: _Worker, data: bytes) -> None:
    try:
        with worker.writing:  # a cancelled analysis's frame may still be on its way
            write_bytes(worker.stdin, data)
    except (OSError, ValueError):
        pass  # the worker is gone: reading its answer says so


def wait_for(go: threading.Event | None, cancelled: Callable[[], bool]) -> bool:
    """Wait until `go` is set (None: at once); False if cancelled first."""
    while go is not None and not go.wait(POLL_S):
        if cancelled():
            return False
    return not cancelled()


class WorkerFailed(Exception):
    """A worker died, timed out or raised: the pool is not used again."""


class AnalysisPool:
    def __init__(self, size: int | None = None) -> None:
        self.size = default_size() if size is None else size
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()  # one analysis at a time uses the workers
        self._ids = itertools.count(1)
        self._broken = False

    def start(self) -> None:
        """Start the processes (they read the model meanwhile); a no-op if they run."""
        with self._lock:
            if self._workers or self._broken or self.size < 1:
                return
            try:
                self._workers = [_Worker() for _ in range(self.size)]
            except OSError as error:
                log.warning("no analysis processes: %s", error)
                self._broken = True

    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self._workers]

    def running(self) -> bool:
        return bool(self._workers) and not self._broken

    def close(self) -> None:
        """End the workers (an analysis using them meanwhile finds them gone: its caller
        analyses alone)."""
        workers, self._workers = self._workers, []
        self._broken = True
        for worker in workers:
            worker.end()

    def analyze(
        self,
        document: Document,
        cancelled: Callable[[], bool] = lambda: False,
        go: threading.Event | None = None,
        ready: threading.Event | None = None,
    ) -> list[Clause] | None:
        """The clauses of `document` as `analyze_with_model(use_model=False,
        use_shipped=True)` gives them, found by the workers; None when the pool cannot
        (the caller analyses itself) or the analysis was cancelled. The calling thread waits
        for `go` (if given) before its own part: the window sets it once the document is on
        screen (Python running on this thread meanwhile would halve the GUI thread's speed).
        `ready` (if given) is set when this thread starts waiting for `go`: its Python before
        that (cutting the clauses, ~50 ms for 1 MB) is best not run while the GUI shows the
        document, for the same reason."""
        if len(document.text) < MIN_CHARS or not self.running():
            return None
        while not self._lock.acquire(timeout=POLL_S):
            if cancelled():
                return None
        try:
            if self._broken or not self._workers:
                return None
            try:
                return self._analyze(list(self._workers), document, cancelled, go, ready)
            except (WorkerFailed, OSError, ValueError) as failure:  # ValueError: pipe closed
                log.warning("analysis processes not used any more: %s", failure)
                self._broken = True
                workers, self._workers = self._workers, []
                for worker in workers:
                    worker.end()
                return None
        finally:
            self._lock.release()

    def ready(self) -> bool:
        """Whether every worker has started (has said it is ready; without waiting)."""
        return self.running() and all(self._started(worker) for worker in self._workers)

    def _started(self, worker: _Worker) -> bool:
        if not worker.ready:
            readable, _, _ = select.select([worker.stdout], [], [], 0)
            if readable:
                if self._read(worker) != READY:
                    raise WorkerFailed("a worker did not start as expected")
                worker.ready = True
        return worker.ready

    def _analyze(
        self,
        workers: list[_Worker],
        document: Document,
        cancelled: Callable[[], bool],
        go: threading.Event | None,
        ready: threading.Event | None,
    ) -> list[Clause] | None:
        """Part 0 here, part i in worker i, all at once; then the context over all. A worker
        still starting when this thread is done with its own part (a window just opened on a
        busy machine) has its part done here too, its answer dropped when it comes."""
        from policylens.core.analysis_parts import cut_points, part_ranges
        from policylens.core.learn.apply import shipped_model
        from policylens.core.normalize import normalize_for_matching
        from policylens.core.segment import segment

        request = next(self._ids)
        parts = len(workers) + 1
        # Only what the analysis reads (the rest may not even pickle: a PDF's extraction).
        sent = replace(document, extraction=None, warnings=())
        for index, worker in enumerate(workers, start=1):
            # Sent from a thread of its own: a worker still answering a cancelled analysis
            # reads no more until its answer is taken, which this thread does meanwhile
            # (written here, both would wait for each other).
            data = frame((request, sent, parts, index))
            threading.Thread(target=_send, args=(worker, data), daemon=True).start()
        # While the file is being stored (sqlite's work, mostly without the GIL): ~40 ms.
        shipped = shipped_model()
        segments = segment(document)
        ranges = part_ranges(len(segments), cut_points(segments, shipped, parts))
        normalized = normalize_for_matching(document.text)
        if ready is not None:
            ready.set()
        if not wait_for(go, cancelled):
            return None  # the answers are dropped by the next analysis
        with cyclic_gc_paused():
            # In a call of its own: the parts' evidence is freed before the collector is back,
            # whose first pass then walks the clauses alone (1 MB: 76k young objects → 31k;
            # the pass held the GIL ~50 ms on a busy machine between the context and the
            # clause layer).
            return self._gather(
                workers, request, document, segments, normalized, shipped, ranges, cancelled
            )

    def _gather(
        self,
        workers: list[_Worker],
        request: int,
        document: Document,
        segments: list[Segment],
        normalized: NormalizedText,
        shipped: ShippedModel | None,
        ranges: list[tuple[int, int]],
        cancelled: Callable[[], bool],
    ) -> list[Clause] | None:
        """Part 0 here (and the part of a worker not started yet), the workers' parts
        taken, the context applied."""
        from policylens.core.analysis_parts import (
            clauses_from_evidence,
            decode_evidence,
            part_evidence,
        )

        found = {0: part_evidence(document, segments, normalized, shipped, *ranges[0])}
        waiting: dict[int, _Worker] = {}
        for index, worker in enumerate(workers[: len(ranges) - 1], start=1):
            if cancelled():
                return None
            if self._started(worker):
                waiting[index] = worker
            else:
                found[index] = part_evidence(
                    document, segments, normalized, shipped, *ranges[index]
                )
        replies = self._replies(request, waiting, cancelled)
        if replies is None:
            return None
        for index, (begin, end, part) in replies.items():
            if (begin, end) != ranges[index] or end - begin != len(part):
                raise WorkerFailed(f"part {begin}–{end} for part {ranges[index]}")
            found[index] = decode_evidence(document.text, part)
        evidence = [item for index in range(len(ranges)) for item in found[index]]
        return clauses_from_evidence(document, segments, evidence)

    def _replies(
        self, request: int, waiting: dict[int, _Worker], cancelled: Callable[[], bool]
    ) -> dict[int, tuple[int, int, Any]] | None:
        """Each waited-for worker's (begin, end, evidence) by part; None if cancelled (the
        answers still to come are read and dropped by the next analysis)."""
        replies: dict[int, tuple[int, int, Any]] = {}
        deadline = time.monotonic() + TIMEOUT_S
        with selectors.DefaultSelector() as selector:
            for index, worker in waiting.items():
                selector.register(worker.stdout, selectors.EVENT_READ, index)
            while len(replies) < len(waiting):
                if cancelled():
                    return None
                if time.monotonic() > deadline:
                    raise WorkerFailed(f"no answer in {TIMEOUT_S:g} s")
                for key, _events in selector.select(POLL_S):
                    index = key.data
                    reply = self._read(waiting[index])
                    if reply == READY or reply[0] != request:
                        continue  # a cancelled analysis's answer
                    if reply[1] != "ok":
                        raise WorkerFailed(f"{reply[2]}\n{reply[3]}")
                    replies[index] = (reply[2], reply[3], reply[4])
                    selector.unregister(key.fileobj)
        return replies

    @staticmethod
    def _read(worker: _Worker) -> Any:
        try:
            reply = read_frame(worker.stdout)
        except (OSError, EOFError, ValueError) as error:
            raise WorkerFailed(f"reading an answer: {error}") from error
        if reply is None:
            raise WorkerFailed(f"a worker ended (exit status {worker.process.poll()})")
        return reply
