"""The compare window's "By category" dock: filled after each comparison, in front for two
different policies (the comparison by sentence answers versions and translations better)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from policylens.core.taxonomy import load_taxonomy
from policylens.ui.features.compare.by_category import ByCategoryPanel
from policylens.ui.features.compare.view import CompareView
from policylens.view.compare_by_category import CategoryRow, by_category

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

DOCK_SHARE = 0.3  # of the window's height


class ByCategory:
    def __init__(self, window: QMainWindow, view: CompareView) -> None:
        self.view = view
        self.panel = ByCategoryPanel(window)
        self.dock = QDockWidget(translate("Compare", "By category"), window)
        self.dock.setObjectName("compareByCategoryDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.window = window
        self.dock.hide()
        self.rows: list[CategoryRow] = []
        view.computed.connect(self.refresh)
        self.panel.clause_chosen.connect(self.show_clause)

    def refresh(self) -> None:
        view, result = self.view, self.view.result
        if result is None or view.document_a is None or view.document_b is None:
            return
        order = [c.id for c in load_taxonomy().categories]
        self.rows = by_category(result.clauses_a, result.clauses_b, order, view.hidden)
        self.panel.set_rows(self.rows, view.document_a, view.document_b, view.names, view.colors)
        show = result.comparison.mode == "policies" or self.dock.isVisible()
        self.dock.setVisible(show)
        if show:  # the panes keep most of the height
            height = int(self.window.height() * DOCK_SHARE)
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def show_clause(self, side: str, start: int, end: int) -> None:
        pane = self.view.pane_a if side == "a" else self.view.pane_b
        pane.select_range(start, end)
        pane.mark_current((start, end))
