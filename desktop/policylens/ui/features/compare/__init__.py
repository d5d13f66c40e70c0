"""Side-by-side comparison in the GUI: the split view (view.py), its window (window.py), the
library's coverage matrix (coverage.py), and `install_compare`, which hooks them into the main
window (Tools menu, the library's "Compare" action, the coverage panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from policylens.ui.infra.i18n import format_number

if TYPE_CHECKING:
    from policylens.core.document import Document
    from policylens.ui.features.compare.coverage import CoveragePanel
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

__all__ = ["CompareController", "install_compare"]


class CompareController:
    """What the main window's compare actions do; kept on the window as `compare`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.windows: list[CompareWindow] = []
        self.coverage_panel: CoveragePanel | None = None
        self._pending_jump: tuple[str, str] | None = None
        window.analysis_applied.connect(self._analysis_applied)

    # -- comparing -------------------------------------------------------------------------
    def selected_shas(self) -> list[str]:
        from policylens.ui.shell.library_model import SHA_ROLE

        view = self.window.library_view
        rows = sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(SHA_ROLE)) for index in rows]

    def compare_selected(self) -> None:
        shas = self.selected_shas()
        if len(shas) != 2:
            self.window.status.message(
                translate(
                    "Compare", "Select two documents in the library (Ctrl+click) to compare them"
                )
            )
            return
        self.compare(shas[0], shas[1])

    def choose_and_compare(self) -> None:
        from policylens.ui.dialogs.compare_dialog import CompareDialog

        shas = self.selected_shas()
        current = self.window.reader.document_model
        first = shas[0] if shas else (current.sha256 if current else None)
        second = shas[1] if len(shas) > 1 else None
        with self.window.store_lock:
            documents = self.window.store.documents.all()
        dialog = CompareDialog(documents, self.window, first=first, second=second)
        if dialog.exec():
            a, b, mode = dialog.chosen()
            self.compare(a, b, mode)

    def compare(self, sha_a: str, sha_b: str, mode: str | None = None) -> None:
        """Read both documents (and A's annotations) off the GUI thread, then open the view."""
        from policylens.ui.features.compare.library import annotations_of
        from policylens.ui.infra.workers import Task, TaskContext

        store, lock = self.window.store, self.window.store_lock

        def work(_context: TaskContext) -> tuple[Any, Any, list[Any]]:
            with lock:
                a, b = store.documents.get(sha_a), store.documents.get(sha_b)
                notes = annotations_of(store, sha_a) if a is not None else []
            return a, b, notes

        task = Task(work, "reading the documents to compare")
        task.signals.finished.connect(lambda result: self._documents_read(*result, mode=mode))
        task.signals.failed.connect(self.window._task_failed)
        self.window.runner.start(task, store=True)

    def _documents_read(
        self, a: Document | None, b: Document | None, notes: list[Any], *, mode: str | None
    ) -> None:
        if a is None or b is None:
            self.window.status.message(
                translate("Compare", "One of the documents is no longer in the library")
            )
            return
        self.open_window(a, b, annotations_a=notes, mode=mode)

    def open_window(
        self, a: Document, b: Document, *, annotations_a: list[Any] = (), mode: str | None = None
    ) -> CompareWindow:  # type: ignore[assignment]
        from policylens.ui.features.compare.window import CompareWindow

        w = self.window
        compare_window = CompareWindow(w.runner, w.colors, w.names, w, hidden=w.hidden)
        compare_window.setWindowFlag(Qt.WindowType.Window, True)
        compare_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for pane in (compare_window.view.pane_a, compare_window.view.pane_b):
            pane.set_point_size(w.reader.point_size)
        compare_window.closed.connect(lambda cw=compare_window: self._closed(cw))
        self.windows.append(compare_window)
        compare_window.compare(a, b, annotations_a=list(annotations_a), mode=mode)
        compare_window.show()
        compare_window.raise_()
        compare_window.activateWindow()
        return compare_window

    def _closed(self, compare_window: CompareWindow) -> None:
        if compare_window in self.windows:
            self.windows.remove(compare_window)

    # -- coverage matrix -------------------------------------------------------------------
    def show_coverage(self) -> CoveragePanel:
        from policylens.ui.features.compare.coverage import CoveragePanel

        w = self.window
        if self.coverage_panel is None:
            self.coverage_panel = CoveragePanel(w)
            self.coverage_panel.cell_chosen.connect(self.open_at_category)
            area = Qt.DockWidgetArea.BottomDockWidgetArea
            dock = w.add_panel(
                "coverage", translate("Compare", "Coverage"), self.coverage_panel, area
            )
            # Share the bottom with a panel already there (tabs) rather than squeeze beside it.
            neighbour = next(
                (
                    d
                    for d in w.panels.values()
                    if d is not dock and w.dockWidgetArea(d) == area and d.isVisible()
                ),
                None,
            )
            if neighbour is not None:
                w.tabifyDockWidget(neighbour, dock)
        dock = w.panels["coverage"]
        dock.show()
        dock.raise_()
        self.refresh_coverage()
        self.coverage_panel.table.setFocus()
        return self.coverage_panel

    def refresh_coverage(self) -> None:
        """Read every document (store thread), analyse them (compute thread), show counts."""
        from policylens.core.compare import coverage
        from policylens.ui.features.compare.coverage import library_clauses
        from policylens.ui.infra.workers import Task, TaskContext

        panel = self.coverage_panel
        assert panel is not None
        w = self.window
        store, lock = w.store, w.store_lock
        panel.show_progress(0, 0)

        def read(_context: TaskContext) -> list[Any]:
            with lock:
                summaries = store.documents.all()
                found = [store.documents.get(s.sha256) for s in summaries]
            return [d for d in found if d is not None]

        def analysed(rows: list[tuple[str, list[Any]]] | None, titles: dict[str, str]) -> None:
            if rows is not None:
                panel.set_matrix(coverage(rows), titles, w.names, w.colors)
            w.status.end_progress()

        def documents_read(documents: list[Any]) -> None:
            titles = {d.sha256: d.title for d in documents}

            def work(context: TaskContext) -> list[tuple[str, list[Any]]] | None:
                return library_clauses(documents, context.progress, context.cancelled)

            task = Task(work, "analysing the library")
            task.signals.progress.connect(panel.show_progress)
            task.signals.progress.connect(
                lambda done, total: w.status.show_progress(
                    translate("Compare", "Coverage"), done, total
                )
            )
            task.signals.finished.connect(lambda rows: analysed(rows, titles))
            task.signals.failed.connect(w._task_failed)
            w.runner.start(task)

        task = Task(read, "reading the library")
        task.signals.finished.connect(documents_read)
        task.signals.failed.connect(w._task_failed)
        w.runner.start(task, store=True)

    def open_at_category(self, sha: str, category: str) -> None:
        """Show `sha` in the main reader at its first clause of `category`."""
        w = self.window
        current = w.reader.document_model
        if current is not None and current.sha256 == sha and w.clauses:
            self._jump(category)
            return
        self._pending_jump = (sha, category)
        w.open_document(sha)

    def _analysis_applied(self, sha: str) -> None:
        if self._pending_jump is not None and self._pending_jump[0] == sha:
            category = self._pending_jump[1]
            self._pending_jump = None
            self._jump(category)

    def _jump(self, category: str) -> None:
        w = self.window
        clauses = sorted(
            (c for c in w.clauses if category in c.category_ids), key=lambda c: c.start
        )
        name = w.names.get(category, category)
        if not clauses:
            w.status.message(
                translate("Compare", "This document says nothing about {}").format(name)
            )
            return
        if category in w.hidden:
            w.set_category_visible(category, True)
        w.legend.select_category(category)  # F8 then walks on through that category
        first = clauses[0]
        w.reader.select_range(first.start, first.end)
        w.clause_panel.show_clause(category, first.start)
        w.reader.setFocus()
        w.status.message(
            translate("Compare", "First of {0} clause(s) about {1} — F8 for the next").format(
                format_number(len(clauses)), name
            )
        )


def install_compare(window: MainWindow) -> None:
    """Add comparison to the main window: Tools menu entries, the library's Compare action
    (the library becomes multi-selection), and the coverage panel on demand."""
    controller = CompareController(window)
    window.compare = controller  # type: ignore[attr-defined]
    tools = window.menus.tools_menu
    tools.addSeparator()

    def action(text: str, slot: Any, *keys: str) -> QAction:
        item = QAction(text, window)
        if keys:
            item.setShortcuts([QKeySequence(k) for k in keys])
        item.triggered.connect(slot)
        tools.addAction(item)
        return item

    controller.compare_action = action(  # type: ignore[attr-defined]
        translate("Compare", "&Compare Two Documents…"),
        controller.choose_and_compare,
        "Ctrl+Shift+C",
    )
    selected = action(
        translate("Compare", "Compare &Selected Documents"), controller.compare_selected
    )
    controller.compare_selected_action = selected  # type: ignore[attr-defined]
    controller.coverage_action = action(  # type: ignore[attr-defined]
        translate("Compare", "Co&verage Matrix…"), controller.show_coverage, "Ctrl+Shift+M"
    )

    view = window.library_view
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(selected)

    def selection_changed(*_args: Any) -> None:
        count = len(view.selectionModel().selectedRows())
        selected.setEnabled(count == 2)
        selected.setText(
            translate("Compare", "Compare &Selected Documents")
            if count == 2
            else translate("Compare", "Compare (select two documents)")
        )

    view.selectionModel().selectionChanged.connect(selection_changed)
    selection_changed()
