"""The main window: library (dock), reader (centre), legend and clause panel (docks), menus.

It is the `Host` (ui/host.py) that the features of `ui/features/` plug into; it knows them only
as the list it installs. Panels are dock widgets: `add_panel()` lists one in View ▸ Panels and
saves its place with the window state.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from policylens.core.analysis_pool import AnalysisPool
from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.taxonomy import load_taxonomy
from policylens.store.database import Store
from policylens.ui.features import INSTALLERS, Features
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.errors import show_error
from policylens.ui.infra.i18n import format_number, isolate, mirrored_dock_area
from policylens.ui.infra.jobs import Jobs, StoreJobs
from policylens.ui.infra.workers import Task, TaskRunner
from policylens.ui.reader.clause_panel import ClausePanel
from policylens.ui.reader.find_bar import FindBar
from policylens.ui.reader.legend import Legend
from policylens.ui.reader.navigation import ClauseNavigator
from policylens.ui.reader.reader import Reader
from policylens.ui.session import DocumentSession
from policylens.ui.shell import work
from policylens.ui.shell.after_paint import after_paint
from policylens.ui.shell.importing import Importer
from policylens.ui.shell.library_panel import LibraryView
from policylens.ui.shell.live_counts import LiveCounts
from policylens.ui.shell.menus import Menus
from policylens.ui.shell.panel_layout import PanelLayout
from policylens.ui.shell.search_indexing import SearchIndexing
from policylens.ui.shell.status import StatusArea
from policylens.ui.shell.window_state import restore_window_state, save_window_state

DEFAULT_HIDDEN = {"other"}  # generic text: colouring it would drown the signal


class MainWindow(QMainWindow):
    library_changed = Signal()
    import_finished = Signal(object)  # list[str] of imported/opened shas

    def __init__(
        self, store: Store | None = None, *, language: str = "en", import_samples: bool = True
    ) -> None:
        super().__init__()
        if store is None:
            from policylens.store import open_store

            store = open_store()
        self.setObjectName("mainWindow")
        self.setWindowTitle("PolicyLens")
        self.setAcceptDrops(True)
        self.store = store
        self.language = language
        self.settings = prefs.app_settings()
        self.runner = TaskRunner(self)
        hidden = prefs.hidden_categories(self.settings, DEFAULT_HIDDEN)
        categories = load_taxonomy().categories
        self.session = DocumentSession(categories, language, hidden, self)
        self.imported = self.import_finished
        self._analysis: Task | None = None
        # (sha256, task, shown): an analysis started before its document is shown (its own
        # Python waits for `shown`).
        self._early: tuple[str, Task, threading.Event] | None = None
        self._closed = False
        # Warm analysis processes, started once the window is shown (`start`).
        self.analysis_pool = AnalysisPool()
        self._document_wanted = threading.Event()  # set once one is opened: no more warm-up
        self.importer = Importer(self, self)

        self.reader = Reader(self)
        self.reader.setObjectName("reader")
        self.find_bar = FindBar(self.reader, self)
        self.setCentralWidget(self.find_bar.above(self.reader))
        self.status = StatusArea(self.statusBar())
        self.jobs = Jobs(
            self.runner,
            show_progress=self.status.show_progress,
            end_progress=self.status.end_progress,
            report=lambda message, details: self.show_error("PolicyLens", message, details),
        )
        self.store_jobs = StoreJobs(store, self.jobs)
        if self.store_jobs.read_only_reason:
            self.status.set_read_only(
                store.read_only_reason or self.tr("another PolicyLens window has the library")
            )

        self.library_view = LibraryView(self)
        self.library_model, self.library_proxy = self.library_view.source, self.library_view.proxy
        self.legend = Legend(self)
        self.legend.set_categories(self.session.categories, self.session.hidden, language)
        self.clause_panel = ClausePanel(self)
        self.panels: dict[str, QDockWidget] = {}
        self.panel_layout = PanelLayout(self)
        self.menus = Menus(self, self)
        self.importer.loading_changed.connect(self.menus.cancel_import_action.setEnabled)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.add_panel("library", self.tr("Library"), self.library_view, left)
        self.add_panel("legend", self.tr("Categories"), self.legend, right)
        self.add_panel("clauses", self.tr("Clauses"), self.clause_panel, right)
        self.panel_layout.want_width("legend", self.legend.natural_width)

        self.live_counts = LiveCounts(
            self.session, self.legend, self.clause_panel, QLabel(self), self
        )
        # Permanent (a temporary message would hide a normal widget), first of them.
        self.statusBar().insertPermanentWidget(0, self.live_counts.summary)
        self.navigator = ClauseNavigator(
            self.session, self.reader, self.legend, self.clause_panel, self.status.message
        )
        self.search_indexing = SearchIndexing(
            self.session, self.reader.highlighter, self.store_jobs, self
        )
        self.library_view.document_chosen.connect(self._library_row_chosen)
        self.legend.hidden_changed.connect(self._hidden_changed)
        self.reader.zoom_changed.connect(self._zoom_changed)
        self.features = Features()
        for install in INSTALLERS:  # before the saved state is restored: it places their docks
            self.features.add(install(self))
        restored = restore_window_state(self, self.settings, self.panels, self.reader)
        self.panel_layout.start(restored)
        self.refresh_library()
        self._first_run = (
            import_samples and self.store_jobs.read(lambda s: s.documents.count()) == 0
        )

    # -- the rest of Host ------------------------------------------------------------------
    def widget(self) -> QMainWindow:
        return self

    def add_panel(
        self,
        key: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        *,
        share_area: bool = False,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}Dock")  # saveState/restoreState match docks by name
        dock.setWidget(widget)
        self.addDockWidget(mirrored_dock_area(area, self.isRightToLeft()), dock)
        if share_area:  # tabbed with a panel already there rather than squeezed beside it
            there = [d for d in self.panels.values() if self.dockWidgetArea(d) == area]
            neighbour = next((d for d in there if d.isVisible()), None)
            if neighbour is not None:
                self.tabifyDockWidget(neighbour, dock)
        self.panels[key] = dock
        self.panel_layout.add(key, dock, area, share_area)
        self.menus.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def selected_documents(self) -> list[str]:
        return self.library_view.selected_shas()

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_error(self, title: str, message: str, details: str = "") -> None:
        self.status.end_progress()
        show_error(self, title, message, details)

    def analyse_again(self) -> None:
        if self.session.document is not None:
            self.start_analysis(self.session.document)

    def go_to_clause(self, category_id: str, start: int, end: int) -> None:
        if category_id in self.session.hidden:
            self.legend.set_visible(category_id, True)
        self.legend.select_category(category_id)  # F8 then walks on through that category
        self.navigator.show(category_id, start, end)

    # -- start-up and the library ----------------------------------------------------------
    def start(self, files: list[str]) -> None:
        """Import the samples on first run, then the files from the command line. The
        analysis processes start at once (they read the model meanwhile, on other cores);
        this process's one-time costs (NumPy, the shipped model: ~150 ms of imports) are paid
        once the window has been painted: on a worker at start-up they took the GIL from the
        GUI thread while it built and showed the window. (A zero timer fired before the first
        paint, which waits for the window system's expose event.)"""
        QTimer.singleShot(0, self.analysis_pool.start)
        after_paint(self.reader.viewport(), self._prepare_analysis)
        if self._first_run:
            samples = work.sample_paths()
            self.import_files(samples, remember=False, open_last=False, open_first=not files)
        if files:
            self.import_files(files)
        elif not self._first_run:
            last = self.settings.value("session/last_document")
            if last and self.store_jobs.read(lambda s: s.documents.exists(str(last))):
                self.open_document(str(last))

    def _prepare_analysis(self) -> None:
        if self._closed:  # closed before its first paint (or the fallback timer) came
            return
        wanted = self._document_wanted.is_set
        self.jobs.run(
            lambda context: work.prepare_analysis(context, wanted),
            "prepare",
            failed=lambda *_: None,
        )
        self.search_indexing.heal()  # what a crash left unindexed

    def refresh_library(self) -> None:
        self.library_view.set_documents(self.store_jobs.read(lambda s: s.documents.all()))
        self.library_changed.emit()

    def import_files(
        self, paths: list[str], *, remember: bool = True, open_last: bool = True,
        open_first: bool = False,
    ) -> None:  # fmt: skip
        self.importer.import_files(
            paths, remember=remember, open_last=open_last, open_first=open_first
        )

    def open_dialog(self) -> None:
        self.importer.open_dialog()

    def open_path(self, path: str) -> None:
        """Open one file the way File ▸ Open does: import it into the library and show it."""
        self.import_files([path])

    def importing(self) -> bool:
        return self.importer.pending > 0

    def cancel_import(self) -> None:
        self.importer.cancel()

    def rebuild_recent(self) -> None:
        self.menus.rebuild_recent()

    def document_wanted(self) -> None:
        """A document is being opened: the analysis's warm-up (`core.warm_up`) stops."""
        self._document_wanted.set()

    def open_document(self, sha: str) -> None:
        self.document_wanted()

        def read(store: Store) -> Document | None:
            return store.documents.get(sha)

        def loaded(document: Document | None) -> None:
            if document is None:
                self.status.message(self.tr("That document is no longer in the library"))
            else:
                self.show_document(document)

        self.store_jobs.run_locked(read, self.tr("reading the library"), done=loaded)

    def _library_row_chosen(self, sha: str) -> None:
        if self.session.sha != sha:
            self.open_document(sha)

    # -- the shown document ----------------------------------------------------------------
    def analyse_early(self, document: Document) -> threading.Event | None:
        """A file to be shown is read: its analysis starts now, while it is being stored
        (`show_document` then takes it over instead of starting another). The event is set
        when the analysis thread waits for the document to be shown (None: not started)."""
        if self.session.sha == document.sha256:
            return None
        shown, ready = threading.Event(), threading.Event()
        self.start_analysis(document, shown=shown, ready=ready)
        assert self._analysis is not None
        self._early = (document.sha256, self._analysis, shown)
        return ready

    def cancel_early(self, *, keep: bool = False) -> None:
        """The document analysed early will not be shown (its file could not be stored, or
        another is shown): its analysis stops (`keep`: it is the one shown, and goes on)."""
        if self._early is not None and not keep:
            self._early[1].cancel()
        self._early = None

    def show_document(self, document: Document) -> None:
        started = self._early is not None and self._early[:2] == (document.sha256, self._analysis)
        shown = self._early[2] if started and self._early is not None else None
        self.cancel_early(keep=started)
        if self._analysis is not None and not started:
            self._analysis.cancel()
        self.clause_panel.model.clear()
        self.legend.set_counts({})
        self.reader.set_document(document)
        self.setWindowTitle(f"{isolate(document.title)} — PolicyLens")
        self.status.show_document(document)
        self.settings.setValue("session/last_document", document.sha256)
        self.library_view.select(document.sha256)
        self.session.show(document)
        if shown is not None:
            # Once the reader has painted it: its thread's Python run during the paint starved
            # the paint's (the GIL) and froze the window (ui/shell/after_paint.py).
            after_paint(self.reader.viewport(), shown.set)
        if not started:
            self.start_analysis(document)

    def start_analysis(
        self,
        document: Document,
        *,
        shown: threading.Event | None = None,
        ready: threading.Event | None = None,
    ) -> None:
        """`shown`: for a document not shown yet, set once it is (None: it is shown);
        `ready`: see `analyse_early`."""
        self.document_wanted()
        session = self.session
        self._analysis = self.jobs.run(
            work.analysis_work(
                document,
                # The document's one offset map, made when shown (the task makes its own for
                # a document not shown yet).
                self.reader.offsets if shown is None else None,
                dict(session.colors),
                set(session.hidden),
                prefs.use_learned_model(self.settings),
                self.analysis_pool,
                shown,
                ready,
            ),
            self.tr("analysing the policy"),
            done=self._analysis_finished,
            progress=self.tr("Analysing"),
        )

    def _analysis_finished(self, analysed: work.Analysed | None) -> None:
        if analysed is None or self.session.sha != analysed.sha:
            return
        same_hidden = analysed.hidden == self.session.hidden
        self.apply_clauses(
            analysed.clauses, (analysed.layer, analysed.spans) if same_hidden else None
        )
        if prefs.use_learned_model(self.settings):
            from policylens.core.learn.apply import model_notices

            # E.g. an old pickled model, never loaded: the user must train again. (Cached by
            # the analysis on the worker: a few stat() calls here.)
            for notice in model_notices():
                self.status.message(notice)

    def apply_clauses(self, clauses: list[Clause], prepared: work.Prepared | None = None) -> None:
        session = self.session
        if session.document is None:
            return
        self.reader.set_clauses(clauses, session.colors, session.hidden, prepared)
        session.apply_analysis(clauses)  # the legend, clause panel and status count: LiveCounts

    @property
    def clauses(self) -> list[Clause]:
        return self.session.clauses

    # -- categories and navigation ---------------------------------------------------------
    def _hidden_changed(self, hidden: set[str]) -> None:
        self.session.set_hidden(hidden)
        prefs.set_hidden_categories(self.settings, self.session.hidden)
        self.reader.update_highlights(self.session.colors, self.session.hidden)

    def set_category_visible(self, category_id: str, visible: bool) -> None:
        self.legend.set_visible(category_id, visible)

    def goto_clause(self, forward: bool = True) -> None:
        self.navigator.go(forward)

    # -- window state ----------------------------------------------------------------------
    def _zoom_changed(self, size: float) -> None:
        self.settings.setValue("reader/point_size", size)
        self.status.message(self.tr("Text size {0} pt").format(format_number(size)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        save_window_state(self, self.settings)
        self.runner.cancel_all()
        self.runner.wait(5000)
        self.analysis_pool.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if work.local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = work.local_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_files(files)
