"""The menu bar (File, Edit, View, Tools, Help) and its keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from policylens import __version__
from policylens.ui import settings as prefs

if TYPE_CHECKING:
    from policylens.ui.main_window import MainWindow

SHORTCUTS_HELP = """\
Ctrl+O  open a policy (or drop files on the window)
Ctrl+F  find in the document (sees through Persian/Arabic letter variants and missing ZWNJ)
F3 / Shift+F3  next / previous match
F8 / Shift+F8 (or Alt+Down / Alt+Up)  next / previous clause of the category selected in the legend
Ctrl+= / Ctrl+- / Ctrl+0  larger / smaller / normal text
F5  analyse the document again
Ctrl+Q  quit"""


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.view_menu = bar.addMenu("&View")
        self.tools_menu = bar.addMenu("&Tools")
        self.help_menu = bar.addMenu("&Help")
        self.recent_menu = QMenu("Open &Recent", window)
        self._file()
        self._edit()
        self._view()
        self._tools()
        self._help()
        self.rebuild_recent()

    def action(
        self, menu: QMenu, text: str, slot: object, *shortcuts: QKeySequence | str
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _file(self) -> None:
        w, menu = self.window, self.file_menu
        self.open_action = self.action(menu, "&Open…", w.open_dialog, QKeySequence.StandardKey.Open)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.quit_action = self.action(menu, "&Quit", w.close, "Ctrl+Q")

    def _edit(self) -> None:
        w, menu = self.window, self.edit_menu
        self.action(menu, "&Copy", w.reader.copy, QKeySequence.StandardKey.Copy)
        self.action(menu, "Select &All", w.reader.selectAll, QKeySequence.StandardKey.SelectAll)
        menu.addSeparator()
        self.find_action = self.action(menu, "&Find…", w.find_bar.open_bar, "Ctrl+F")
        self.action(menu, "Find &Next", w.find_bar.find_next, "F3")
        self.action(menu, "Find &Previous", w.find_bar.find_previous, "Shift+F3")

    def _view(self) -> None:
        w, menu = self.window, self.view_menu
        self.action(menu, "Zoom &In", lambda: w.reader.zoom_by(1), "Ctrl+=", "Ctrl++")
        self.action(menu, "Zoom &Out", lambda: w.reader.zoom_by(-1), "Ctrl+-")
        self.action(menu, "&Actual Size", w.reader.reset_zoom, "Ctrl+0")
        menu.addSeparator()
        navigate = menu.addMenu("&Navigate")
        self.next_clause_action = self.action(
            navigate, "&Next Clause of Category", lambda: w.goto_clause(True), "F8", "Alt+Down"
        )
        self.previous_clause_action = self.action(
            navigate,
            "&Previous Clause of Category",
            lambda: w.goto_clause(False),
            "Shift+F8",
            "Alt+Up",
        )
        self.action(menu, "&Show All Categories", self._show_all)
        self.action(menu, "&Hide All Categories", self._hide_all)
        menu.addSeparator()
        w.panels_menu = menu.addMenu("&Panels")
        for dock in w.panels.values():
            w.panels_menu.addAction(dock.toggleViewAction())

    def _tools(self) -> None:
        w = self.window
        self.action(self.tools_menu, "&Analyse Again", self._reanalyse, "F5")
        self.action(
            self.tools_menu,
            "Import &Samples",
            lambda: w.import_files([str(p) for p in _samples()], remember=False, open_last=False),
        )

    def _help(self) -> None:
        self.action(self.help_menu, "&Keyboard Shortcuts", self._shortcuts, "F1")
        self.action(self.help_menu, "&About PolicyLens", self._about)

    def rebuild_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = prefs.recent_files(self.window.settings)
        for number, path in enumerate(files, start=1):
            label = f"&{number % 10} {Path(path).name}" if number <= 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.window.import_files([p]))
        if files:
            menu.addSeparator()
            menu.addAction("&Clear List").triggered.connect(self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        prefs.clear_recent_files(self.window.settings)
        self.rebuild_recent()

    def _show_all(self) -> None:
        for category in self.window.categories:
            self.window.set_category_visible(category.id, True)

    def _hide_all(self) -> None:
        for category in self.window.categories:
            self.window.set_category_visible(category.id, False)

    def _reanalyse(self) -> None:
        document = self.window.reader.document_model
        if document is not None:
            self.window.start_analysis(document)

    def _shortcuts(self) -> None:
        QMessageBox.information(self.window, "Keyboard shortcuts", SHORTCUTS_HELP)

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            "About PolicyLens",
            f"PolicyLens {__version__}\n\nRead, classify, annotate and compare privacy "
            "policies in any language, right-to-left included.\n\n"
            "Fonts: Vazirmatn and Noto Sans (SIL Open Font License).",
        )


def _samples() -> list[Path]:
    from policylens.paths import sample_files

    return sample_files()


def build_menus(window: MainWindow) -> Menus:
    return Menus(window)
