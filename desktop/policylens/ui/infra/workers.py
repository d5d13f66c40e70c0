"""Work off the GUI thread: QRunnable tasks reporting progress and results through signals.

Signals are emitted on the worker thread and delivered queued on the GUI thread, so slots may
touch widgets. Store work goes through one single-thread pool (the sqlite connection is shared
with `check_same_thread=False`; one thread at a time, plus a lock for the GUI thread's reads).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from policylens.core.errors import PolicyLensError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals: enough for a smooth bar


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str, str)  # message for a person, details (traceback; "" for user errors)
    cancelled = Signal()


class TaskContext:
    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self._signals.progress.emit(int(done), int(total))


class Task(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], name: str = "task") -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (TaskRunner._running) until it reports
        self.name = name
        self.signals = TaskSignals()
        self.context = TaskContext(self.signals)
        self._fn = fn

    def cancel(self) -> None:
        self.context.cancel()

    def run(self) -> None:
        try:
            result = self._fn(self.context)
        except PolicyLensError as error:
            self.signals.failed.emit(str(error), "")
            return
        except Exception as error:
            log.exception("task %s failed", self.name)
            self.signals.failed.emit(
                QCoreApplication.translate("Task", "Unexpected error while {0}: {1}").format(
                    self.name, error
                ),
                traceback.format_exc(),
            )
            return
        if self.context.cancelled():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_pool = QThreadPool(self)
        self.store_pool.setMaxThreadCount(1)
        self.compute_pool = QThreadPool(self)
        self.compute_pool.setMaxThreadCount(
            max(1, QThreadPool.globalInstance().maxThreadCount() - 1)
        )
        self._running: set[Task] = set()

    def start(self, task: Task, *, store: bool = False) -> Task:
        self._running.add(task)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_args, t=task: self._running.discard(t))
        (self.store_pool if store else self.compute_pool).start(task)
        return task

    def running(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        ok_store = self.store_pool.waitForDone(msecs)
        return self.compute_pool.waitForDone(msecs) and ok_store

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()
