"""File ▸ Export PDF… (Ctrl+E): options, a file name, then the annotated PDF written off the GUI
thread with a progress dialog that can cancel.

The document's annotations are read on the store thread (the sqlite connection is the store
pool's), the PDF is written on the compute pool, so reading and labelling carry on meanwhile.
The engine writes atomically: a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QProgressDialog,
    QPushButton,
)

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import isolate, shortcut
from policylens.ui.infra.workers import Task, TaskContext

if TYPE_CHECKING:
    from policylens.export.pdf_model import PdfAnnotation, PdfOptions
    from policylens.store.database import Store
    from policylens.ui.host import Host

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
LAST_DIR_KEY = "export/last_dir"


def suggested_name(title: str) -> str:
    """`<title>.pdf` with the characters file systems refuse taken out."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return (" ".join(name.split())[:120] or "policy") + ".pdf"


class PdfExporter(QObject):
    def __init__(self, window: Host) -> None:
        super().__init__(window.widget())
        self.window = window
        self.progress_dialog: QProgressDialog | None = None
        self.last_path: Path | None = None
        self._task: Task | None = None
        self._message = ""
        self._analysed: str | None = None  # sha whose analysis window.clauses holds
        self.action = QAction(translate("ExportPdf", "Export &PDF…"), window.widget())
        self.action.setObjectName("exportPdfAction")
        self.action.setShortcut(shortcut("Ctrl+E"))
        self.action.setEnabled(window.reader.document_model is not None)
        self.action.triggered.connect(self.export)
        menus = window.menus
        menus.file_menu.insertAction(menus.quit_action, self.action)
        menus.file_menu.insertSeparator(menus.quit_action)
        bar = window.status.bar
        self.open_pdf_button = QPushButton(translate("ExportPdf", "Open PDF"), bar)
        self.open_pdf_button.setObjectName("openExportedPdf")
        self.open_folder_button = QPushButton(translate("ExportPdf", "Open folder"), bar)
        self.open_folder_button.setObjectName("openExportFolder")
        for button in (self.open_pdf_button, self.open_folder_button):
            button.setFlat(True)
            button.hide()
            window.add_status_widget(button)
        self.open_pdf_button.clicked.connect(lambda: self._open(False))
        self.open_folder_button.clicked.connect(lambda: self._open(True))
        bar.messageChanged.connect(self._message_changed)
        window.session.document_shown.connect(self._document_shown)
        window.session.analysis_applied.connect(self._analysis_applied)

    def _document_shown(self, _sha: str) -> None:
        self._analysed = None
        self.action.setEnabled(True)

    def _analysis_applied(self, sha: str) -> None:
        self._analysed = sha

    # -- asking ----------------------------------------------------------------------------
    def ask_options(self) -> PdfOptions | None:
        # The dialog (and the OCR language box it holds) is imported when first asked for,
        # not while the window starts.
        from policylens.ui.dialogs.pdf_export_dialog import (
            COVER_LANGUAGE_KEY,
            NOTES_KEY,
            ExportOptionsDialog,
        )

        dialog = ExportOptionsDialog(
            self.window.settings,
            self.window.session.categories,
            self.window.widget(),
            language=self.window.language,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            settings = self.window.settings
            settings.setValue(NOTES_KEY, "true" if dialog.notes.isChecked() else "false")
            settings.setValue(COVER_LANGUAGE_KEY, dialog.cover_language.currentData())
            return dialog.options(self.window.language)
        finally:
            dialog.deleteLater()

    def ask_path(self, document: Document) -> Path | None:
        settings = self.window.settings
        folder = str(settings.value(LAST_DIR_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        start = str(Path(folder or Path.home()) / suggested_name(document.title))
        path, _filter = QFileDialog.getSaveFileName(
            self.window.widget(),
            translate("ExportPdf", "Export PDF"),
            start,
            translate("ExportPdf", "PDF (*.pdf)"),
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        settings.setValue(LAST_DIR_KEY, str(chosen.parent))
        return chosen

    def export(self) -> None:
        document = self.window.reader.document_model
        if document is None or self._task is not None:
            return
        options = self.ask_options()
        if options is None:
            return
        path = self.ask_path(document)
        if path is not None:
            self.export_to(path, options)

    # -- writing ---------------------------------------------------------------------------
    def export_to(self, path: Path, options: PdfOptions) -> Task | None:
        """Write the shown document's PDF to `path` (no questions asked)."""
        w = self.window
        document = w.reader.document_model
        if document is None or self._task is not None:
            return None
        clauses: list[Clause] | None = (
            list(w.session.clauses) if self._analysed == document.sha256 else None
        )
        use_model = prefs.use_learned_model(w.settings)
        dialog = QProgressDialog(
            translate("ExportPdf", "Writing {0}…").format(isolate(path.name)),
            translate("ExportPdf", "Cancel"),
            0,
            100,
            w.widget(),
        )
        dialog.setObjectName("exportPdfProgress")
        dialog.setWindowTitle(translate("ExportPdf", "Export PDF"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.progress_dialog = dialog

        def read_annotations(store: Store) -> list[PdfAnnotation]:
            from policylens.export.pdf_annotations import pdf_annotations

            return pdf_annotations(store.annotations.for_document(document.sha256))

        def write(annotations: list[PdfAnnotation]) -> None:
            if self._task is None or dialog.wasCanceled():  # cancelled while reading
                self._cancelled()
                return

            def work(context: TaskContext) -> Path | None:
                from policylens.core.learn.apply import analyze_with_model
                from policylens.export.pdf import export_pdf
                from policylens.export.pdf_model import ExportCancelled

                nonlocal clauses
                if clauses is None:  # exported before the window's analysis was done
                    clauses = analyze_with_model(
                        document,
                        use_model=use_model,
                        use_shipped=True,
                        cancelled=context.cancelled,
                    )
                try:
                    return export_pdf(
                        document,
                        clauses,
                        annotations,
                        path,
                        options,
                        progress=context.progress,
                        cancelled=context.cancelled,
                    )
                except ExportCancelled:
                    context.cancel()
                    return None

            task = w.jobs.run(
                work,
                translate("ExportPdf", "writing the PDF"),
                done=self._finished,
                failed=self._failed,
                cancelled=self._cancelled,
                on_progress=self._progress,
            )
            dialog.canceled.disconnect()
            dialog.canceled.connect(task.cancel)
            self._task = task

        dialog.show()
        first = w.store_jobs.run_locked(
            read_annotations,
            translate("ExportPdf", "reading the annotations"),
            done=write,
            failed=self._failed,
        )
        dialog.canceled.connect(first.cancel)
        self._task = first
        return first

    def exporting(self) -> bool:
        return self._task is not None

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setValue(min(100, 100 * done // total))

    def _end(self) -> None:
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _finished(self, path: Path | None) -> None:
        cancelled = self.progress_dialog is not None and self.progress_dialog.wasCanceled()
        self._end()
        if path is None or cancelled:
            self._cancelled()
            return
        self.last_path = path
        self._message = translate("ExportPdf", "PDF written: {0}").format(isolate(str(path)))
        self.window.status.message(self._message)
        self.open_pdf_button.show()
        self.open_folder_button.show()

    def _cancelled(self) -> None:
        self._end()
        self.window.status.message(translate("ExportPdf", "PDF export cancelled; no file written"))

    def _failed(self, message: str, details: str) -> None:
        self._end()
        if details:
            log.error("PDF export failed: %s\n%s", message, details)
        self.window.show_error(translate("ExportPdf", "Export PDF"), message, details)

    def _message_changed(self, text: str) -> None:
        if text != self._message:  # "PDF written" timed out or was replaced: buttons go too
            self.open_pdf_button.hide()
            self.open_folder_button.hide()

    def _open(self, folder: bool) -> None:
        if self.last_path is not None:
            target = self.last_path.parent if folder else self.last_path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def install(host: Host) -> PdfExporter:
    """File ▸ Export PDF… (Ctrl+E)."""
    return PdfExporter(host)
