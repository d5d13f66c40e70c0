"""One comparison at a time on a worker thread: a newer request supersedes the one running,
whose answer is then dropped; progress goes to the compare window's own bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar

from policylens.ui.infra.workers import Task, TaskContext, TaskRunner
from policylens.view.compare_job import CompareRequest, CompareResult, run_compare


class ComparisonRun(QObject):
    finished = Signal(object)  # CompareResult of the latest request
    failed = Signal(str)  # its error, for a person

    def __init__(self, runner: TaskRunner, progress: QProgressBar, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner
        self.progress = progress
        self.task: Task | None = None

    def start(self, request: CompareRequest) -> None:
        self.cancel()

        def work(context: TaskContext) -> CompareResult | None:
            return run_compare(request, context.progress, context.cancelled)

        task = Task(work, "comparing the documents")
        self.task = task
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda result, t=task: self._finished(t, result))
        task.signals.failed.connect(lambda message, _details, t=task: self._failed(t, message))
        task.signals.cancelled.connect(lambda t=task: self._forget(t))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runner.start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _forget(self, task: Task) -> None:
        if self.task is task:
            self.task = None
            self.progress.hide()

    def _failed(self, task: Task, message: str) -> None:
        if self.task is task:
            self._forget(task)
            self.failed.emit(message)

    def _finished(self, task: Task, result: CompareResult | None) -> None:
        if self.task is not task:
            return  # superseded by a newer request
        self._forget(task)
        if result is not None:
            self.finished.emit(result)
