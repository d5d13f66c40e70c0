"""The compare window: the split view with its own menu (discoverable keys) and status bar.

A window of its own rather than a tab of the main window: the main window's centre is one
reader, not a tab bar; a separate window can be maximised or moved to a second screen while
the reader keeps its place; and the very same window serves `policylens compare A B`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.ui.features.compare.by_category_dock import ByCategory
from policylens.ui.features.compare.texts import MODE_LABELS
from policylens.ui.features.compare.view import CompareView
from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, isolate, shortcut
from policylens.ui.infra.workers import TaskRunner

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

SHORTCUTS = QT_TRANSLATE_NOOP(
    "Compare",
    "F7 / Alt+N  next difference · Shift+F7 / Alt+P  previous difference\n"
    "Click a clause: its counterpart is selected in the other pane\n"
    "Alt+M  mode · Alt+C  colour by changes or categories\n"
    "Ctrl+= / Ctrl+-  text size of both panes · Esc  close",
)


class CompareWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        colors: dict[str, str],
        names: dict[str, str],
        parent: QWidget | None = None,
        *,
        hidden: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setWindowTitle(translate("Compare", "Compare — PolicyLens"))
        self.view = CompareView(runner, colors, names, self)
        if hidden is not None:
            self.view.hidden = set(hidden)
        self.setCentralWidget(self.view)
        self.view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.by_category = ByCategory(self, self.view)
        self._build_menu()
        self.resize(1400, 850)

    def _action(self, menu: Any, text: str, slot: Any, *keys: str) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([shortcut(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("Compare", "&Compare"))
        view = self.view
        self.next_action = self._action(
            menu, translate("Compare", "&Next Difference"), view.next_difference, "F7", "Alt+N"
        )
        self.previous_action = self._action(
            menu,
            translate("Compare", "&Previous Difference"),
            view.previous_difference,
            "Shift+F7",
            "Alt+P",
        )
        menu.addSeparator()
        modes = menu.addMenu(translate("Compare", "&Mode"))
        for mode, label in MODE_LABELS.items():
            self._action(
                modes, translate("Compare", label), lambda _c=False, m=mode: self.set_mode(m)
            )
        colour = menu.addMenu(translate("Compare", "&Colour By"))
        self._action(
            colour, translate("Compare", "&Changes"), lambda: self.set_colour_by("changes")
        )
        self._action(
            colour, translate("Compare", "C&ategories"), lambda: self.set_colour_by("categories")
        )
        menu.addSeparator()
        self._action(
            menu, translate("Compare", "Zoom &In"), lambda: self._zoom(1), "Ctrl+=", "Ctrl++"
        )
        self._action(menu, translate("Compare", "Zoom &Out"), lambda: self._zoom(-1), "Ctrl+-")
        menu.addSeparator()
        self.close_action = self._action(
            menu, translate("Compare", "&Close"), self.close, "Esc", "Ctrl+W"
        )
        help_menu = self.menuBar().addMenu(translate("Compare", "&Help"))
        self._action(
            help_menu,
            translate("Compare", "&Keyboard Shortcuts"),
            lambda: self.statusBar().showMessage(
                translate("Compare", SHORTCUTS).replace("\n", "  ·  "), 15000
            ),
            "F1",
        )

    def set_mode(self, mode: str) -> None:
        combo = self.view.mode_combo
        combo.setCurrentIndex(combo.findData(mode))
        self.view.recompute()

    def set_colour_by(self, key: str) -> None:
        combo = self.view.colour_combo
        combo.setCurrentIndex(combo.findData(key))
        self.view.recompute(keep_colour=True)

    def _zoom(self, steps: int) -> None:
        self.view.pane_a.zoom_by(steps)
        self.view.pane_b.set_point_size(self.view.pane_a.point_size)

    def compare(
        self,
        a: Document,
        b: Document,
        *,
        clauses_a: Sequence[Clause] | None = None,
        clauses_b: Sequence[Clause] | None = None,
        annotations_a: Sequence[Any] = (),
        mode: str | None = None,
    ) -> None:
        self.setWindowTitle(
            translate("Compare", "{0} ↔ {1} — PolicyLens").format(
                isolate(a.title), isolate(b.title)
            )
        )
        self.view.set_documents(
            a, b, clauses_a=clauses_a, clauses_b=clauses_b, annotations_a=annotations_a, mode=mode
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.shutdown()
        self.closed.emit()
        super().closeEvent(event)
