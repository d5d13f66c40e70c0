"""The one way to run work off the GUI thread (`Jobs`), and the one path to the store from
threads (`StoreJobs`).

`Jobs.run` wires a task's progress to the status bar, its failure to an error dialog and its
result to `done`, so a feature states what to run and what to do with the answer. Store work
runs on the runner's single store thread in submission order; every touch of the store, on
that thread or a short read on the GUI thread, goes through `StoreJobs.locked()` (the sqlite
connection is shared with `check_same_thread=False`: one thread at a time).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from policylens.ui.infra.workers import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from policylens.store.database import Store

T = TypeVar("T")
Progress = Callable[[str, int, int], None]
Report = Callable[[str, str], None]  # message for a person, details (traceback or "")


class Jobs:
    """Runs tasks on the compute pool (or the store thread) with progress, cancel and errors."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        show_progress: Progress,
        end_progress: Callable[[], None],
        report: Report,
    ) -> None:
        self.runner = runner
        self._show_progress = show_progress
        self._end_progress = end_progress
        self._report = report

    def run(
        self,
        work: Callable[[TaskContext], T],
        what: str,
        *,
        done: Callable[[T], None] | None = None,
        progress: str | None = None,
        failed: Report | None = None,
        cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        store_thread: bool = False,
    ) -> Task:
        """Start `work(context)`. `progress`: the label of a status-bar progress bar (ended
        when the task reports). `failed`: instead of the error dialog. `on_progress`: a
        progress display of the feature's own, besides the status bar."""
        task = Task(work, what)
        signals = task.signals
        if on_progress is not None:
            signals.progress.connect(on_progress)
        if progress is not None:
            label = progress
            signals.progress.connect(lambda n, total: self._show_progress(label, n, total))
            for ended in (signals.finished, signals.failed, signals.cancelled):
                ended.connect(lambda *_args: self._end_progress())
        if done is not None:
            signals.finished.connect(done)
        signals.failed.connect(failed if failed is not None else self._failed)
        if cancelled is not None:
            signals.cancelled.connect(cancelled)
        return self.runner.start(task, store=store_thread)

    def _failed(self, message: str, details: str) -> None:
        self._end_progress()
        self._report(message, details)

    def running(self) -> int:
        return self.runner.running()


class StoreJobs:
    """The library from any thread: `locked()` for a short read or write, `run` for work on
    the store thread."""

    def __init__(self, store: Store, jobs: Jobs) -> None:
        self.store = store
        self._jobs = jobs
        self._lock = threading.Lock()

    @contextmanager
    def locked(self) -> Iterator[Store]:
        with self._lock:
            yield self.store

    def read(self, fn: Callable[[Store], T]) -> T:
        """`fn(store)` here and now, under the lock (GUI thread: keep it short)."""
        with self._lock:
            return fn(self.store)

    def run(
        self,
        work: Callable[[TaskContext], T],
        what: str,
        *,
        done: Callable[[T], None] | None = None,
        progress: str | None = None,
        failed: Report | None = None,
    ) -> Task:
        """Start `work(context)` on the store thread; it takes `locked()` around each touch of
        the store (so slow work between touches, such as reading files, keeps the GUI free)."""
        return self._jobs.run(
            work, what, done=done, progress=progress, failed=failed, store_thread=True
        )

    def run_locked(
        self,
        work: Callable[[Store], T],
        what: str,
        *,
        done: Callable[[T], None] | None = None,
        failed: Report | None = None,
    ) -> Task:
        """Start `work(store)` on the store thread, holding the lock for all of it."""

        def locked_work(_context: TaskContext) -> T:
            with self._lock:
                return work(self.store)

        return self.run(locked_work, what, done=done, failed=failed)

    @property
    def read_only_reason(self) -> str:
        """Why the library is read-only ("" when it is writable)."""
        if self.store.read_only:
            return self.store.read_only_reason or "another window has it"
        return ""
