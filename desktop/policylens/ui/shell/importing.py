"""Files into the library: File ▸ Open, drops, the command line, recent files and, on first
run, the bundled samples. Loading and storing run on the store thread; the window shows the
document asked for and reports each file that could not be read."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, SignalInstance
from PySide6.QtWidgets import QFileDialog, QWidget

from policylens.core.document import Document
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import format_number, isolate
from policylens.ui.infra.jobs import StoreJobs
from policylens.ui.shell import work
from policylens.ui.shell.status import StatusArea

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class ImportTarget(Protocol):
    """What the importer needs of the main window."""

    settings: QSettings
    status: StatusArea
    store_jobs: StoreJobs
    import_finished: SignalInstance

    def refresh_library(self) -> None: ...
    def rebuild_recent(self) -> None: ...
    def show_document(self, document: Document) -> None: ...
    def open_document(self, sha: str) -> None: ...
    def show_error(self, title: str, message: str, details: str = "") -> None: ...


class Importer(QObject):
    def __init__(self, window: ImportTarget, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self._parent = parent
        self.pending = 0

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

        def finished(result: work.Imported) -> None:
            self.pending -= 1
            w.refresh_library()
            if remember:
                for path, _sha in result.done:
                    prefs.add_recent_file(w.settings, str(Path(path).resolve()))
                w.rebuild_recent()
            if result.to_show is not None:
                w.show_document(result.to_show)
            elif result.done and (open_last or open_first):  # the chosen file failed: another
                w.open_document(result.done[-1 if open_last else 0][1])
            if result.done:
                count = format_number(len(result.done))
                w.status.message(translate("MainWindow", "Imported {0} file(s)").format(count))
            w.import_finished.emit([sha for _path, sha in result.done])
            if result.errors:
                text = "\n\n".join(error_about_file(Path(p).name, m) for p, m in result.errors)
                w.show_error(translate("MainWindow", "Could not open"), text)

        def failed(message: str, details: str) -> None:
            self.pending -= 1
            w.show_error("PolicyLens", message, details)

        def stopped() -> None:  # the ✕ by the progress bar (OCR of a scan takes a while)
            self.pending -= 1
            w.refresh_library()
            w.status.message(translate("MainWindow", "Import stopped"))

        ocr_languages = str(w.settings.value("import/ocr_languages", "") or "") or None
        self.pending += 1
        task = w.store_jobs.run(
            lambda context: work.import_files(
                w.store_jobs, paths, show_number, context, ocr_languages
            ),
            translate("MainWindow", "importing files"),
            done=finished,
            progress=translate("MainWindow", "Importing"),
            failed=failed,
        )
        task.signals.progress.connect(lambda *_: w.status.offer_cancel(task.cancel))
        task.signals.cancelled.connect(stopped)


def error_about_file(name: str, message: str) -> str:
    """ "name: message", unless the message already starts with the name (the loaders' own
    messages do: "empty.txt is empty." rather than "empty.txt: empty.txt is empty.")."""
    if message.startswith(name):
        return isolate(name) + message[len(name) :]
    return f"{isolate(name)}: {message}"
