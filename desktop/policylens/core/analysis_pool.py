"""Warm analysis processes for the window: a large document's analysis on every core.

The GIL lets one thread run Python at a time, so the analysis of a 1 MB policy (~0.5 s) ran on
one core while the other idled. `AnalysisPool` keeps an `analysis_worker` process (the shipped
model read once in it, started after the window is shown). The clauses are cut into chunks
(`analysis_parts.chunk_ranges`, ~512 clauses each); the worker takes them from the last back
and the calling thread from the first on, each saying which it takes, until they meet; then the
thread applies the page's context to the whole. So the work is shared however early or late
either side starts and however fast it runs (a fixed share left one waiting for the other:
the worker starts at once but cold, the thread once the document is shown, its lexicons warm),
and the worker's chunks are decoded as they come while the thread works or waits.

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
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from policylens.core.analysis_worker import CLAIM, READY, frame, read_frame, write_bytes
from policylens.core.classifier import ClauseEvidence
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
# Workers besides the calling thread: one, sharing the chunks with it. More gain little on the
# two cores this is made for: the context, the highlighting and the GUI stay serial.
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
        # Frames to the worker, written in order by a thread of their own: a worker busy
        # answering (a cancelled analysis's chunks) reads no more until it is done with a
        # chunk, while the analysis thread reads its answers meanwhile (written there, both
        # could wait for each other); one writer keeps a claim behind its request.
        self.outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        threading.Thread(target=self._write_outbox, daemon=True).start()

    def send(self, data: bytes) -> None:
        self.outbox.put(data)

    def _write_outbox(self) -> None:
        while (data := self.outbox.get()) is not None:
            try:
                write_bytes(self.stdin, data)
            except (OSError, ValueError):
                return  # the worker is gone: reading its answer says so

    def alive(self) -> bool:
        return self.process.poll() is None

    def end(self) -> None:
        """At once: the worker keeps nothing worth a clean exit (reading a model takes it
        ~0.3 s, which a window closing right after it opened would wait for)."""
        self.outbox.put(None)
        for stream in (self.stdin, self.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.process.kill()
        self.process.wait()


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
        self.size = min(default_size() if size is None else size, MAX_SIZE)
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()  # one analysis at a time uses the workers
        self._ids = itertools.count(1)
        self._broken = False
        self._spent: _Shared | None = None  # the last analysis's evidence

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
        self._spent = None
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
        use_shipped=True)` gives them, found with the worker; None when the pool cannot
        (the caller analyses itself) or the analysis was cancelled. The calling thread waits
        for `go` (if given) before its first chunk: the window sets it once the document is on
        screen (Python running on this thread meanwhile would halve the GUI thread's speed).
        `ready` (if given) is set when this thread starts waiting for `go`: its Python before
        that (cutting the clauses, ~50 ms for 1 MB) is best not run while the GUI shows the
        document, for the same reason."""
        self._spent = None
        if len(document.text) < MIN_CHARS or not self.running():
            return None
        while not self._lock.acquire(timeout=POLL_S):
            if cancelled():
                return None
        try:
            if self._broken or not self._workers:
                return None
            try:
                return self._analyze(self._workers[:1], document, cancelled, go, ready)
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
        """The chunks shared with the worker (it starts at once, this thread once `go` is
        set), then the context over all. A worker still starting takes no chunk until it has
        started; if this thread gets to the end first, it did them all."""
        from policylens.core.analysis_parts import chunk_ranges
        from policylens.core.learn.apply import shipped_model
        from policylens.core.normalize import normalize_for_matching
        from policylens.core.segment import segment

        worker = workers[0]
        request = next(self._ids)
        # Only what the analysis reads (the rest may not even pickle: a PDF's extraction).
        sent = replace(document, extraction=None, warnings=())
        worker.send(frame((request, sent)))
        # While the file is being stored (sqlite's work, mostly without the GIL): ~40 ms.
        shipped = shipped_model()
        segments = segment(document)
        ranges = chunk_ranges(segments)
        normalized = normalize_for_matching(document.text)
        if ready is not None:
            ready.set()
        if not wait_for(go, cancelled):
            return None  # the worker drops it when the next request comes
        with cyclic_gc_paused():  # (the window's task keeps it paused to its end: work.py)
            shared = _Shared(self, worker, request, document, ranges)
            # Kept until the next analysis starts: freed here, the evidence took ~10 ms of the
            # GIL (1 MB) while the window applied the clauses.
            self._spent = shared
            evidence = shared.gather(segments, normalized, shipped, cancelled)
            if evidence is None:
                return None
            from policylens.core.analysis_parts import clauses_from_evidence

            return clauses_from_evidence(document, segments, evidence)

    @staticmethod
    def _read(worker: _Worker) -> Any:
        try:
            reply = read_frame(worker.stdout)
        except (OSError, EOFError, ValueError) as error:
            raise WorkerFailed(f"reading an answer: {error}") from error
        if reply is None:
            raise WorkerFailed(f"a worker ended (exit status {worker.process.poll()})")
        return reply


class _Shared:
    """One analysis's chunks, shared by this thread (from the first on) and the worker (from
    the last back)."""

    def __init__(
        self,
        pool: AnalysisPool,
        worker: _Worker,
        request: int,
        document: Document,
        ranges: list[tuple[int, int]],
    ) -> None:
        self.pool, self.worker, self.request = pool, worker, request
        self.document, self.ranges = document, ranges
        self.found: dict[int, list[ClauseEvidence]] = {}
        self.worker_from = len(ranges)  # the first chunk the worker has taken
        self.ended = False  # the worker takes no more of this analysis's chunks

    def gather(
        self,
        segments: list[Segment],
        normalized: NormalizedText,
        shipped: ShippedModel | None,
        cancelled: Callable[[], bool],
    ) -> list[ClauseEvidence] | None:
        """Every chunk's evidence in order; None if cancelled."""
        from policylens.core.analysis_parts import part_evidence

        index = 0
        while index < len(self.ranges):
            if cancelled():
                return None
            started = self.pool._started(self.worker)
            if started and not self.ended:
                self._take_answers(0.0)
            if index >= self.worker_from:
                break
            if started and not self.ended:
                self.worker.send(frame((CLAIM, self.request, index)))
            if index not in self.found:
                self.found[index] = part_evidence(
                    self.document, segments, normalized, shipped, *self.ranges[index]
                )
            index += 1
        deadline = time.monotonic() + TIMEOUT_S
        while len(self.found) < len(self.ranges):
            if cancelled():
                return None
            if self.ended:  # the worker stopped short of them (it cannot; never trusted)
                for missing in range(len(self.ranges)):
                    if missing not in self.found:
                        self.found[missing] = part_evidence(
                            self.document, segments, normalized, shipped, *self.ranges[missing]
                        )
                break
            if time.monotonic() > deadline:
                raise WorkerFailed(f"no answer in {TIMEOUT_S:g} s")
            self._take_answers(POLL_S)
        return [item for index in range(len(self.ranges)) for item in self.found[index]]

    def _take_answers(self, wait_s: float) -> None:
        """Read what the worker has said (waiting up to `wait_s` for the first word)."""
        from policylens.core.analysis_parts import decode_evidence

        stdout = self.worker.stdout
        while select.select([stdout], [], [], wait_s)[0]:
            wait_s = 0.0
            reply = self.pool._read(self.worker)
            if reply == READY or reply[0] != self.request:
                continue  # a cancelled analysis's answer
            kind = reply[1]
            if kind == "taking":
                self.worker_from = min(self.worker_from, reply[2])
            elif kind == "done":
                index, begin, end, part = reply[2:]
                if index >= len(self.ranges) or (begin, end) != self.ranges[index]:
                    raise WorkerFailed(f"chunk {begin}–{end} for chunk {index} of {self.ranges}")
                if end - begin != len(part):
                    raise WorkerFailed(f"{len(part)} clauses for chunk {begin}–{end}")
                if index not in self.found:  # (both took it at once: this thread's is kept)
                    self.found[index] = decode_evidence(self.document.text, part)
            elif kind == "end":
                self.ended = True
            else:
                raise WorkerFailed(f"{reply[2]}\n{reply[3]}")
