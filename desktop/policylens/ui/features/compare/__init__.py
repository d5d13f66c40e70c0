"""Side-by-side comparison in the GUI: the split view (view.py), its window (window.py), the
library's coverage matrix (coverage.py), and `install`, which plugs them into the main window
(Tools menu, the library's "Compare" action, the coverage panel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView

from policylens.core.document import Document
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import format_number, shortcut
from policylens.ui.infra.workers import TaskContext

if TYPE_CHECKING:
    from policylens.core.clause import Clause
    from policylens.store.annotations import Annotation
    from policylens.store.database import Store
    from policylens.ui.features.compare.coverage import CoveragePanel
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.host import Host

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

__all__ = ["CompareController", "install"]


class CompareController:
    """What the main window's compare actions do: the `Compare` feature."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.windows: list[CompareWindow] = []
        self.coverage_panel: CoveragePanel | None = None
        self._pending_jump: tuple[str, str] | None = None
        host.session.analysis_applied.connect(self._analysis_applied)
        host.menus.tools_menu.addSeparator()
        self.compare_action = self._tools_action(
            translate("Compare", "&Compare Two Documents…"),
            self.choose_and_compare,
            "Ctrl+Shift+C",
        )
        self.compare_selected_action = self._tools_action(
            translate("Compare", "Compare &Selected Documents"), self.compare_selected
        )
        self.coverage_action = self._tools_action(
            translate("Compare", "Co&verage Matrix…"), self.show_coverage, "Ctrl+Shift+M"
        )

    def _tools_action(self, text: str, slot: Any, *keys: str) -> QAction:
        action = QAction(text, self.host.widget())
        if keys:
            action.setShortcuts([shortcut(k) for k in keys])
        action.triggered.connect(slot)
        self.host.menus.tools_menu.addAction(action)
        return action

    # -- comparing -------------------------------------------------------------------------
    def selected_shas(self) -> list[str]:
        return self.host.selected_documents()

    def compare_selected(self) -> None:
        shas = self.selected_shas()
        if len(shas) != 2:
            self.host.status.message(
                translate(
                    "Compare", "Select two documents in the library (Ctrl+click) to compare them"
                )
            )
            return
        self.compare(shas[0], shas[1])

    def choose_and_compare(self) -> None:
        from policylens.ui.dialogs.compare_dialog import CompareDialog
        from policylens.view.compare_partner import likely_partner

        shas = self.selected_shas()
        current = self.host.session.document
        first = shas[0] if shas else (current.sha256 if current else None)
        second = shas[1] if len(shas) > 1 else None
        documents = self.host.store_jobs.read(lambda store: store.documents.all())
        if second is None and first is not None:  # another version, or the same in another language
            shown = next((d for d in documents if d.sha256 == first), None)
            second = likely_partner(shown, documents) if shown is not None else None
        dialog = CompareDialog(documents, self.host.widget(), first=first, second=second)
        if dialog.exec():
            a, b, mode = dialog.chosen()
            self.compare(a, b, mode)

    def compare(self, sha_a: str, sha_b: str, mode: str | None = None) -> None:
        """Read both documents (and A's annotations) off the GUI thread, then open the view."""

        def read(store: Store) -> tuple[Document | None, Document | None, list[Annotation]]:
            a, b = store.documents.get(sha_a), store.documents.get(sha_b)
            return a, b, store.annotations.for_document(sha_a) if a is not None else []

        self.host.store_jobs.run_locked(
            read,
            "reading the documents to compare",
            done=lambda result: self._documents_read(*result, mode=mode),
        )

    def _documents_read(
        self,
        a: Document | None,
        b: Document | None,
        notes: list[Annotation],
        *,
        mode: str | None,
    ) -> None:
        if a is None or b is None:
            self.host.status.message(
                translate("Compare", "One of the documents is no longer in the library")
            )
            return
        self.open_window(a, b, annotations_a=notes, mode=mode)

    def open_window(
        self,
        a: Document,
        b: Document,
        *,
        annotations_a: list[Annotation] | None = None,
        mode: str | None = None,
    ) -> CompareWindow:
        from policylens.ui.features.compare.window import CompareWindow

        h, session = self.host, self.host.session
        compare_window = CompareWindow(
            h.jobs.runner, session.colors, session.names, h.widget(), hidden=session.hidden
        )
        compare_window.view.use_model = prefs.use_learned_model(h.settings)
        compare_window.setWindowFlag(Qt.WindowType.Window, True)
        compare_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for pane in (compare_window.view.pane_a, compare_window.view.pane_b):
            pane.set_point_size(h.reader.point_size)
        compare_window.closed.connect(lambda cw=compare_window: self._closed(cw))
        self.windows.append(compare_window)
        compare_window.compare(a, b, annotations_a=list(annotations_a or []), mode=mode)
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

        if self.coverage_panel is None:
            self.coverage_panel = CoveragePanel(self.host.widget())
            self.coverage_panel.cell_chosen.connect(self.open_at_category)
            self.coverage_dock = self.host.add_panel(
                "coverage",
                translate("Compare", "Coverage"),
                self.coverage_panel,
                Qt.DockWidgetArea.BottomDockWidgetArea,
                share_area=True,
            )
        self.coverage_dock.show()
        self.coverage_dock.raise_()
        self.refresh_coverage()
        self.coverage_panel.table.setFocus()
        return self.coverage_panel

    def refresh_coverage(self) -> None:
        """Read every document (store thread), analyse them (compute thread), show counts."""
        from policylens.core.compare import coverage
        from policylens.ui.features.compare.coverage import library_clauses

        panel = self.coverage_panel
        assert panel is not None
        h = self.host
        panel.show_progress(0, 0)

        def read(store: Store) -> list[Document]:
            found = [store.documents.get(s.sha256) for s in store.documents.all()]
            return [d for d in found if d is not None]

        def analysed(rows: list[tuple[str, list[Clause]]] | None, titles: dict[str, str]) -> None:
            if rows is not None:
                panel.set_matrix(coverage(rows), titles, h.session.names, h.session.colors)

        def documents_read(documents: list[Document]) -> None:
            titles = {d.sha256: d.title for d in documents}

            def work(context: TaskContext) -> list[tuple[str, list[Clause]]] | None:
                return library_clauses(documents, context.progress, context.cancelled)

            h.jobs.run(
                work,
                "analysing the library",
                done=lambda rows: analysed(rows, titles),
                progress=translate("Compare", "Coverage"),
                on_progress=panel.show_progress,
            )

        h.store_jobs.run_locked(read, "reading the library", done=documents_read)

    def open_at_category(self, sha: str, category: str) -> None:
        """Show `sha` in the main reader at its first clause of `category`."""
        session = self.host.session
        if session.sha == sha and session.clauses:
            self._jump(category)
            return
        self._pending_jump = (sha, category)
        self.host.open_document(sha)

    def _analysis_applied(self, sha: str) -> None:
        if self._pending_jump is not None and self._pending_jump[0] == sha:
            category = self._pending_jump[1]
            self._pending_jump = None
            self._jump(category)

    def _jump(self, category: str) -> None:
        h = self.host
        clauses = sorted(
            (c for c in h.session.clauses if category in c.category_ids), key=lambda c: c.start
        )
        name = h.session.names.get(category, category)
        if not clauses:
            h.status.message(
                translate("Compare", "This document says nothing about {}").format(name)
            )
            return
        first = clauses[0]
        h.go_to_clause(category, first.start, first.end)
        h.status.message(
            translate("Compare", "First of {0} clause(s) about {1} — F8 for the next").format(
                format_number(len(clauses)), name
            )
        )


def install(host: Host) -> CompareController:
    """Add comparison to the main window: Tools menu entries, the library's Compare action
    (the library becomes multi-selection), and the coverage panel on demand."""
    controller = CompareController(host)
    selected = controller.compare_selected_action
    view = host.library_view
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
    return controller
