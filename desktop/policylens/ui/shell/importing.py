"""Files into the library: File ▸ Open, drops, the command line, recent files and, on first
run, the bundled samples. Files are read by a load job on the compute pool (a scan's OCR,
with its pages on the progress bar and a cancel that stores nothing), then stored on the
store thread; the window shows the document asked for and reports each file that could not
be read."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, SignalInstance
from PySide6.QtWidgets import QFileDialog, QWidget

from policylens.core.document import Document
from policylens.ui.dialogs.ocr_language_box import SETTING as OCR_SETTING
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import format_number, isolate
from policylens.ui.infra.jobs import Jobs, StoreJobs
from policylens.ui.infra.ocr_languages import languages_label
from policylens.ui.infra.workers import Task
from policylens.ui.shell import work
from policylens.ui.shell.search_indexing import SearchIndexing
from policylens.ui.shell.status import StatusArea

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class ImportTarget(Protocol):
    """What the importer needs of the main window."""

    settings: QSettings
    status: StatusArea
    jobs: Jobs
    store_jobs: StoreJobs
    search_indexing: SearchIndexing
    import_finished: SignalInstance

    def refresh_library(self) -> None: ...
    def rebuild_recent(self) -> None: ...
    def show_document(self, document: Document) -> None: ...
    def analyse_early(self, document: Document) -> threading.Event | None: ...
    def document_wanted(self) -> None: ...
    def cancel_early(self) -> None: ...
    def open_document(self, sha: str) -> None: ...
    def show_error(self, title: str, message: str, details: str = "") -> None: ...


class Importer(QObject):
    loading_changed = Signal(bool)  # files are being read (File ▸ Cancel Import is on)

    def __init__(self, window: ImportTarget, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self._parent = parent
        self.pending = 0  # imports not finished (read, then stored)
        self._loading: list[Task] = []  # the load jobs still reading

    def open_dialog(self) -> None:
        settings = self.window.settings
        start = str(settings.value("session/open_dir", "") or Path.home())
        title = translate("MainWindow", "Open policies")
        paths, _ = QFileDialog.getOpenFileNames(self._parent, title, start, work.open_filters())
        if paths:
            settings.setValue("session/open_dir", str(Path(paths[0]).parent))
            self.import_files(paths)

    def import_files(
        self,
        paths: list[str],
        *,
        remember: bool = True,
        open_last: bool = True,
        open_first: bool = False,
    ) -> None:
        w = self.window
        show_number = len(paths) - 1 if open_last else 0 if open_first else -1
        w.document_wanted()

        def finished(result: work.Imported) -> None:  # (GUI thread) stored
            self.pending -= 1
            w.refresh_library()
            if remember:
                for path, _sha in result.done:
                    prefs.add_recent_file(w.settings, str(Path(path).resolve()))
                w.rebuild_recent()
            if result.to_show is not None:
                w.show_document(result.to_show)
            else:
                w.cancel_early()  # the file analysed since it was read is not shown
                if result.done and (open_last or open_first):  # it failed: another is shown
                    w.open_document(result.done[-1 if open_last else 0][1])
            if result.done:  # stored unindexed: indexed once the one shown is highlighted
                w.search_indexing.after_open(result.to_show is not None)
                count = format_number(len(result.done))
                w.status.message(translate("MainWindow", "Imported {0} file(s)").format(count))
            w.import_finished.emit([sha for _path, sha in result.done])
            if result.errors:
                text = "\n\n".join(error_about_file(Path(p).name, m) for p, m in result.errors)
                w.show_error(translate("MainWindow", "Could not open"), text)

        def failed(message: str, details: str) -> None:
            self._ended(task)
            w.cancel_early()
            self.pending -= 1
            w.show_error("PolicyLens", message, details)

        def stopped() -> None:  # the ✕, File ▸ Cancel Import or Esc: nothing was stored
            self._ended(task)
            self.pending -= 1
            w.status.message(translate("MainWindow", "Import cancelled; nothing was added"))

        def loaded(result: work.Loaded) -> None:  # stored on the store thread, in order
            self._ended(task)
            ready = None
            for number, _path, document in result.documents:
                if number == show_number:  # analysed while it is stored
                    ready = w.analyse_early(document)
            w.store_jobs.run(
                lambda _context: work.store_loaded(w.store_jobs, result, show_number, ready),
                translate("MainWindow", "importing files"),
                done=finished,
                failed=failed,
            )

        def progress(done: int, total: int) -> None:
            if task in self._loading:
                label = progress_label(state, done, total)
                w.status.show_progress(label, done, total, self.cancel, percent=False)

        state = work.LoadState()
        ocr_languages = str(w.settings.value(OCR_SETTING, "") or "") or None
        self.pending += 1
        # Read on the compute pool, not the store thread: a scan's OCR takes seconds a page,
        # and the library stays free for everything else meanwhile.
        task = w.jobs.run(
            lambda context: work.load_files(paths, context, state, ocr_languages),
            translate("MainWindow", "reading files"),
            done=loaded,
            failed=failed,
            cancelled=stopped,
            on_progress=progress,
        )
        self._loading.append(task)
        self.loading_changed.emit(True)

    def cancel(self) -> None:
        """Stop every file being read (File ▸ Cancel Import, Esc, the ✕): none is stored."""
        for task in self._loading:
            task.cancel()

    def loading(self) -> bool:
        return bool(self._loading)

    def _ended(self, task: Task) -> None:
        if task in self._loading:
            self._loading.remove(task)
            self.window.status.end_progress()
            self.loading_changed.emit(bool(self._loading))


def progress_label(state: work.LoadState, done: int, total: int) -> str:
    """ "scan.pdf: OCR (فارسی (fas)), 2 of 5 pages" while a scan is read; otherwise the
    file being read and how many of the files are done."""
    if state.ocr:
        languages = (
            languages_label(state.ocr_languages)
            if state.ocr_languages
            else translate("MainWindow", "finding the language")
        )
        return translate("MainWindow", "{0}: OCR ({1}), {2} of {3} pages").format(
            isolate(state.name), languages, format_number(done), format_number(total)
        )
    if total == 1:
        return translate("MainWindow", "Reading {0}").format(isolate(state.name))
    return translate("MainWindow", "Reading {0}, {1} of {2} files").format(
        isolate(state.name), format_number(done), format_number(total)
    )


def error_about_file(name: str, message: str) -> str:
    """ "name: message", unless the message already starts with the name (the loaders' own
    messages do: "empty.txt is empty." rather than "empty.txt: empty.txt is empty.")."""
    if message.startswith(name):
        return isolate(name) + message[len(name) :]
    return f"{isolate(name)}: {message}"
