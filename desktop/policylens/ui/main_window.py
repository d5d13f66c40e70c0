"""The main window: library (dock), reader (centre), legend and clause panel (docks), menus.

Panels added later (compare, annotations) are dock widgets too: `add_panel()` puts one in the
View menu and saves its place with the window state.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.paths import sample_files
from policylens.ui import settings as prefs
from policylens.ui.annotate import install_annotations
from policylens.ui.categories import UiCategory, load_ui_categories
from policylens.ui.clause_model import reasons_text
from policylens.ui.clause_panel import ClausePanel
from policylens.ui.compare import install_compare
from policylens.ui.errors import show_error
from policylens.ui.export_pdf import install_pdf_export
from policylens.ui.find_bar import FindBar
from policylens.ui.highlighter import BlockSpans, ClauseLayer
from policylens.ui.i18n import format_number, isolate, mirrored_dock_area
from policylens.ui.learn import install_learning
from policylens.ui.learn.analysis import analyze_with_model, fraction_progress, model_notices
from policylens.ui.legend import Legend
from policylens.ui.library_model import SHA_ROLE, LibraryModel
from policylens.ui.menus import build_menus
from policylens.ui.offsets import QtOffsets
from policylens.ui.reader import Reader
from policylens.ui.status import StatusArea
from policylens.ui.workers import Task, TaskContext, TaskRunner

log = logging.getLogger(__name__)


def open_filters() -> str:
    translate = QCoreApplication.translate
    return ";;".join(
        [
            translate("MainWindow", "Policies (*.txt *.md *.html *.htm *.pdf *.docx)"),
            translate("MainWindow", "Text (*.txt *.md)"),
            translate("MainWindow", "Web pages (*.html *.htm)"),
            translate("MainWindow", "PDF (*.pdf)"),
            translate("MainWindow", "Word (*.docx)"),
            translate("MainWindow", "All files (*)"),
        ]
    )


DEFAULT_HIDDEN = {"other"}  # generic text: colouring it would drown the signal


@dataclass(frozen=True)
class Analysed:
    """An analysis made ready for the GUI on the worker thread."""

    clauses: list[Clause]
    layer: ClauseLayer
    spans: BlockSpans
    hidden: set[str]  # the hidden categories the spans were cut for


class MainWindow(QMainWindow):
    document_shown = Signal(str)  # sha256
    analysis_applied = Signal(str)  # sha256
    library_changed = Signal()
    import_finished = Signal(object)  # list[str] of imported/opened shas

    def __init__(
        self, store: Any = None, *, language: str = "en", import_samples: bool = True
    ) -> None:
        super().__init__()
        if store is None:
            from policylens.store import open_store

            store = open_store()
        self.setObjectName("mainWindow")
        self.setWindowTitle("PolicyLens")
        self.setAcceptDrops(True)
        self.store = store
        self.store_lock = threading.Lock()
        self.language = language
        self.settings = prefs.app_settings()
        self.runner = TaskRunner(self)
        self.categories: list[UiCategory] = load_ui_categories(language)
        self.colors = {c.id: c.color for c in self.categories}
        self.names = {c.id: c.name for c in self.categories}
        self.hidden = prefs.hidden_categories(self.settings, DEFAULT_HIDDEN)
        self.clauses: list[Clause] = []
        self.nav_category: str | None = None
        self._analysis: Task | None = None
        self._pending_imports = 0

        self.reader = Reader(self)
        self.reader.setObjectName("reader")
        self.reader.tooltip_provider = self.clause_tooltip
        self.find_bar = FindBar(self.reader, self)
        self.find_bar.hide()
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.reader)
        self.setCentralWidget(centre)

        self.library_model = LibraryModel(self)
        self.library_proxy = QSortFilterProxyModel(self)
        self.library_proxy.setSourceModel(self.library_model)
        self.library_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.library_view = QTableView(self)
        self.library_view.setObjectName("libraryView")
        self.library_view.setModel(self.library_proxy)
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.verticalHeader().hide()
        self.library_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.library_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.library_view.selectionModel().currentRowChanged.connect(self._library_row_changed)
        self.legend = Legend(self)
        self.legend.set_categories(self.categories, self.hidden)
        self.clause_panel = ClausePanel(self)

        self.panels: dict[str, QDockWidget] = {}
        self.add_panel(
            "library", self.tr("Library"), self.library_view, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.add_panel(
            "legend", self.tr("Categories"), self.legend, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.add_panel(
            "clauses", self.tr("Clauses"), self.clause_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )

        self.status = StatusArea(self.statusBar())
        reason = getattr(store, "read_only_reason", None)
        if getattr(store, "read_only", False):
            self.status.set_read_only(
                str(reason or self.tr("another PolicyLens window has the library"))
            )

        self.menus = build_menus(self)
        self.legend.hidden_changed.connect(self._hidden_changed)
        self.legend.category_selected.connect(self._set_nav_category)
        self.clause_panel.category_selected.connect(self._nav_from_panel)
        self.clause_panel.clause_chosen.connect(self._clause_chosen)
        self.reader.zoom_changed.connect(self._zoom_changed)
        install_annotations(self)  # before _restore_settings: its dock's place is saved state
        self._restore_settings()
        self.refresh_library()
        self._first_run = import_samples and self._library_count() == 0
        install_compare(self)  # Tools ▸ Compare…, Coverage Matrix…; library multi-select
        install_learning(self)  # Tools ▸ Train from Annotations…, Next to Label (Ctrl+L)
        install_pdf_export(self)  # File ▸ Export PDF… (Ctrl+E)

    # -- panels ----------------------------------------------------------------------------
    def add_panel(
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}Dock")  # saveState/restoreState match docks by name
        dock.setWidget(widget)
        self.addDockWidget(mirrored_dock_area(area, self.isRightToLeft()), dock)
        self.panels[key] = dock
        view_menu = getattr(self, "panels_menu", None)
        if view_menu is not None:
            view_menu.addAction(dock.toggleViewAction())
        return dock

    # -- start-up --------------------------------------------------------------------------
    def start(self, files: list[str]) -> None:
        """Import the samples on first run, then the files from the command line."""
        opened_any = bool(files)
        if self._first_run:
            self.import_files(
                [str(p) for p in sample_files()],
                remember=False,
                open_last=False,
                open_first=not opened_any,
            )
        if files:
            self.import_files(files)
        elif not self._first_run:
            last = self.settings.value("session/last_document")
            if last and self._library_has(str(last)):
                self.open_document(str(last))

    def _library_count(self) -> int:
        with self.store_lock:
            return int(self.store.documents.count())

    def _library_has(self, sha: str) -> bool:
        with self.store_lock:
            return bool(self.store.documents.exists(sha))

    def refresh_library(self) -> None:
        with self.store_lock:
            documents = self.store.documents.all()
        self.library_model.set_documents(documents)
        self.library_changed.emit()

    # -- importing and opening -------------------------------------------------------------
    def open_dialog(self) -> None:
        start = str(self.settings.value("session/open_dir", "") or Path.home())
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Open policies"), start, open_filters()
        )
        if paths:
            self.settings.setValue("session/open_dir", str(Path(paths[0]).parent))
            self.import_files(paths)

    def import_files(
        self,
        paths: list[str],
        *,
        remember: bool = True,
        open_last: bool = True,
        open_first: bool = False,
    ) -> None:
        store, lock = self.store, self.store_lock
        # The document to open is kept as loaded: no second read from the store. (Showing it
        # before it is stored was tried: the store write then competes with the analysis and
        # the GUI thread for the GIL, and the window froze longer for no gain.)
        show_number = len(paths) - 1 if open_last else 0 if open_first else -1
        to_show: list[Document] = []

        def work(context: TaskContext) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            from policylens.core.loaders import load_document
            from policylens.core.samples import with_sample_title

            done: list[tuple[str, str]] = []
            errors: list[tuple[str, str]] = []
            for number, path in enumerate(paths):
                if context.cancelled():
                    break
                context.progress(number, len(paths))
                try:
                    document = with_sample_title(load_document(path), path)
                    with lock:
                        store.documents.add(document)
                    if number == show_number:
                        to_show.append(document)
                    done.append((path, document.sha256))
                except Exception as error:  # each file on its own: one bad file loses nothing
                    message = str(error)
                    if not _is_user_error(error):
                        log.exception("importing %s", path)
                        message = QCoreApplication.translate(
                            "MainWindow", "Unexpected error: {0}"
                        ).format(error)
                    errors.append((path, message))
            context.progress(len(paths), len(paths))
            return done, errors

        def finished(result: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            self._pending_imports -= 1
            done, errors = result
            self.status.end_progress()
            self.refresh_library()
            if remember:
                for path, _sha in done:
                    prefs.add_recent_file(self.settings, str(Path(path).resolve()))
                self.menus.rebuild_recent()
            if to_show:
                self.show_document(to_show[0])
            elif done and (open_last or open_first):  # the chosen file failed: another one
                self.open_document(done[-1][1] if open_last else done[0][1])
            if done:
                self.status.message(
                    self.tr("Imported {0} file(s)").format(format_number(len(done)))
                )
            self.import_finished.emit([sha for _p, sha in done])
            if errors:
                text = "\n\n".join(f"{isolate(Path(p).name)}: {m}" for p, m in errors)
                show_error(self, self.tr("Could not open"), text)

        task = Task(work, self.tr("importing files"))
        task.signals.progress.connect(
            lambda done, total: self.status.show_progress(self.tr("Importing"), done, total)
        )
        task.signals.finished.connect(finished)
        task.signals.failed.connect(self._import_failed)
        self._pending_imports += 1
        self.runner.start(task, store=True)

    def open_path(self, path: str) -> None:
        """Open one file the way File ▸ Open does: import it into the library and show it."""
        self.import_files([path])

    def importing(self) -> bool:
        return self._pending_imports > 0

    def open_document(self, sha: str) -> None:
        store, lock = self.store, self.store_lock

        def work(_context: TaskContext) -> Document | None:
            with lock:
                return store.documents.get(sha)

        task = Task(work, self.tr("reading the library"))
        task.signals.finished.connect(self._document_loaded)
        task.signals.failed.connect(self._task_failed)
        self.runner.start(task, store=True)

    def _document_loaded(self, document: Document | None) -> None:
        if document is None:
            self.status.message(self.tr("That document is no longer in the library"))
            return
        self.show_document(document)

    def show_document(self, document: Document) -> None:
        if self._analysis is not None:
            self._analysis.cancel()
        self.clauses = []
        self.clause_panel.model.clear()
        self.legend.set_counts({})
        self.reader.set_document(document)
        self.setWindowTitle(f"{isolate(document.title)} — PolicyLens")
        self.status.show_document(document)
        self.settings.setValue("session/last_document", document.sha256)
        self._select_in_library(document.sha256)
        self.document_shown.emit(document.sha256)
        self.start_analysis(document)

    def _select_in_library(self, sha: str) -> None:
        row = self.library_model.row_of(sha)
        if row < 0:
            return
        index = self.library_proxy.mapFromSource(self.library_model.index(row, 0))
        if self.library_view.currentIndex().row() != index.row():
            self.library_view.blockSignals(True)
            self.library_view.selectionModel().blockSignals(True)
            self.library_view.setCurrentIndex(index)
            self.library_view.selectionModel().blockSignals(False)
            self.library_view.blockSignals(False)
        self.library_view.scrollTo(index)

    def _library_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sha = current.data(SHA_ROLE) if current.isValid() else None
        current_doc = self.reader.document_model
        if sha and (current_doc is None or current_doc.sha256 != sha):
            self.open_document(str(sha))

    # -- analysis --------------------------------------------------------------------------
    def start_analysis(self, document: Document) -> None:
        colors, hidden = dict(self.colors), set(self.hidden)
        use_model = prefs.use_learned_model(self.settings)

        def work(context: TaskContext) -> Analysed | None:
            clauses = analyze_with_model(
                document,
                use_model=use_model,
                use_shipped=True,
                progress=fraction_progress(context),
                cancelled=context.cancelled,
            )
            if clauses is None or context.cancelled():
                return None
            # Index and cut into per-block spans here, not on the GUI thread (1 MB: ~0.1 s).
            layer = ClauseLayer(document.text, clauses, QtOffsets(document.text))
            return Analysed(clauses, layer, layer.block_spans(colors, hidden), hidden)

        task = Task(work, self.tr("analysing the policy"))
        self._analysis = task
        task.signals.progress.connect(
            lambda done, total: self.status.show_progress(self.tr("Analysing"), done, total)
        )
        task.signals.finished.connect(
            lambda analysed, sha=document.sha256: self._analysis_finished(sha, analysed)
        )
        task.signals.failed.connect(self._task_failed)
        task.signals.cancelled.connect(self.status.end_progress)
        self.runner.start(task)

    def _analysis_finished(self, sha: str, analysed: Analysed | None) -> None:
        self.status.end_progress()
        document = self.reader.document_model
        if document is None or document.sha256 != sha:
            return
        if analysed is None:
            self.status.message(self.tr("Clause analysis is not available in this build"))
            return
        prepared = (analysed.layer, analysed.spans) if analysed.hidden == self.hidden else None
        self.apply_clauses(analysed.clauses, prepared)
        if prefs.use_learned_model(self.settings):
            # E.g. an old pickled model that is never loaded: the user must train again.
            # (Cached by the analysis on the worker: only a few stat() calls here.)
            for notice in model_notices():
                self.status.message(notice)

    def apply_clauses(
        self, clauses: list[Clause], prepared: tuple[ClauseLayer, BlockSpans] | None = None
    ) -> None:
        document = self.reader.document_model
        if document is None:
            return
        self.clauses = list(clauses)
        layer = self.reader.set_clauses(self.clauses, self.colors, self.hidden, prepared)
        counts = layer.counts() if layer is not None else {}
        self.legend.set_counts(counts)
        self.clause_panel.model.set_clauses(document.text, self.clauses, self.categories)
        found = sum(1 for c in self.clauses if c.categories)
        self.status.message(
            self.tr("{0} clauses, {1} with categories").format(
                format_number(len(self.clauses)), format_number(found)
            )
        )
        self.analysis_applied.emit(document.sha256)

    # -- categories and navigation ---------------------------------------------------------
    def _hidden_changed(self, hidden: set[str]) -> None:
        self.hidden = set(hidden)
        prefs.set_hidden_categories(self.settings, self.hidden)
        self.reader.update_highlights(self.colors, self.hidden)

    def set_category_visible(self, category_id: str, visible: bool) -> None:
        self.legend.set_visible(category_id, visible)

    def _set_nav_category(self, category_id: str | None) -> None:
        self.nav_category = category_id
        if category_id:
            name = isolate(self.names.get(category_id, category_id))
            self.status.message(self.tr("F8 / Shift+F8: next / previous {0}").format(name))

    def _nav_from_panel(self, category_id: str | None) -> None:
        if category_id and category_id != self.nav_category:
            self.legend.select_category(category_id)

    def _clause_chosen(self, start: int, end: int, category_id: str) -> None:
        self.reader.select_range(start, end)

    def _navigation_spans(self) -> list[tuple[int, int, str]]:
        if self.nav_category:
            return [
                (s, e, self.nav_category)
                for s, e in self.clause_panel.model.spans(self.nav_category)
            ]
        spans = []
        for clause in self.clauses:
            shown = [c.id for c in clause.categories if c.id not in self.hidden]
            if shown:
                spans.append((clause.start, clause.end, shown[0]))
        return spans

    def goto_clause(self, forward: bool = True) -> None:
        spans = self._navigation_spans()
        if not spans:
            self.status.message(self.tr("No clauses to move to"))
            return
        here = self.reader.cursor_index()
        if forward:
            target = next((s for s in spans if s[0] > here), spans[0])
        else:
            target = next((s for s in reversed(spans) if s[0] < here), spans[-1])
        start, end, category = target
        self.reader.select_range(start, end)
        self.clause_panel.show_clause(category, start)
        self.reader.setFocus()

    def clause_tooltip(self, clause: Clause) -> str:
        lines = []
        for score in clause.categories:
            name = self.names.get(score.id, score.id)
            reasons = reasons_text(score)
            lines.append(f"{name} ({score.score:.2f})" + (f": {reasons}" if reasons else ""))
        return "\n".join(lines)

    # -- view ------------------------------------------------------------------------------
    def _zoom_changed(self, size: float) -> None:
        self.settings.setValue("reader/point_size", size)
        self.status.message(self.tr("Text size {0} pt").format(format_number(size)))

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is None or not self.restoreState(state):
            self._default_dock_sizes()
        size = self.settings.value("reader/point_size")
        if size is not None:
            try:
                self.reader.set_point_size(float(size))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                pass

    def _default_dock_sizes(self) -> None:
        library, legend, clauses = (self.panels[k] for k in ("library", "legend", "clauses"))
        self.resizeDocks([library, legend], [300, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([legend, clauses], [260, 440], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # -- errors ----------------------------------------------------------------------------
    def _import_failed(self, message: str, details: str) -> None:
        self._pending_imports -= 1
        self._task_failed(message, details)

    def _task_failed(self, message: str, details: str) -> None:
        self.status.end_progress()
        show_error(self, "PolicyLens", message, details)


def _local_files(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def _is_user_error(error: BaseException) -> bool:
    from policylens.core.errors import PolicyLensError

    return isinstance(error, PolicyLensError)
