"""The menu bar (File, Edit, View, Tools, Help) and its keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import isolate, shortcut
from policylens.ui.reader.find_bar import FindBar
from policylens.ui.reader.reader import Reader
from policylens.ui.session import DocumentSession
from policylens.ui.shell.status import StatusArea

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def shortcuts_help() -> str:
    # One translatable line per shortcut; the keys themselves stay Latin and left-to-right.
    lines = [
        ("Ctrl+O", translate("Menus", "open a policy (or drop files on the window)")),
        (
            "Ctrl+F",
            translate(
                "Menus",
                "find in the document (sees through Persian/Arabic letter variants and "
                "missing ZWNJ)",
            ),
        ),
        ("F3 / Shift+F3", translate("Menus", "next / previous match")),
        (
            "F8 / Shift+F8 (Alt+Down / Alt+Up)",
            translate("Menus", "next / previous clause of the category selected in the legend"),
        ),
        ("Ctrl+= / Ctrl+- / Ctrl+0", translate("Menus", "larger / smaller / normal text")),
        ("Ctrl+,", translate("Menus", "settings")),
        ("Esc", translate("Menus", "cancel an import (a scan being read by OCR)")),
        ("F5", translate("Menus", "analyse the document again")),
        ("Ctrl+Q", translate("Menus", "quit")),
    ]
    return "\n".join(f"{isolate(keys)}  {text}" for keys, text in lines)


class MenuTarget(Protocol):
    """What the menus act on: the main window (a protocol, so that this module does not
    import the window that builds it)."""

    reader: Reader
    find_bar: FindBar
    session: DocumentSession
    settings: QSettings
    status: StatusArea
    language: str

    def open_dialog(self) -> None: ...
    def cancel_import(self) -> None: ...
    def import_files(
        self, paths: list[str], *, remember: bool = ..., open_last: bool = ...
    ) -> None: ...
    def goto_clause(self, forward: bool = True) -> None: ...
    def set_category_visible(self, category_id: str, visible: bool) -> None: ...
    def analyse_again(self) -> None: ...


class Menus:
    """The menu bar; features add to it through `ui.host.MenuBar` (this class)."""

    def __init__(self, window: QMainWindow, target: MenuTarget) -> None:
        self.window = window
        self.target = target
        bar = window.menuBar()
        self.file_menu = bar.addMenu(translate("Menus", "&File"))
        self.edit_menu = bar.addMenu(translate("Menus", "&Edit"))
        self.view_menu = bar.addMenu(translate("Menus", "&View"))
        self.tools_menu = bar.addMenu(translate("Menus", "&Tools"))
        self.help_menu = bar.addMenu(translate("Menus", "&Help"))
        self.recent_menu = QMenu(translate("Menus", "Open &Recent"), window)
        self._file()
        self._edit()
        self._view()
        self._tools()
        self._help()
        self.rebuild_recent()

    def action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcuts:
            action.setShortcuts(
                [shortcut(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts]
            )
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def insert_menu(self, menu: QMenu) -> None:
        """A feature's own top-level menu, placed before Tools."""
        self.window.menuBar().insertMenu(self.tools_menu.menuAction(), menu)

    def _file(self) -> None:
        w, menu = self.target, self.file_menu
        self.open_action = self.action(
            menu, translate("Menus", "&Open…"), w.open_dialog, QKeySequence.StandardKey.Open
        )
        menu.addMenu(self.recent_menu)
        # On only while files are read (Esc is the find bar's otherwise).
        self.cancel_import_action = self.action(
            menu, translate("Menus", "Cancel &Import"), w.cancel_import, "Esc"
        )
        self.cancel_import_action.setEnabled(False)
        menu.addSeparator()
        self.quit_action = self.action(
            menu, translate("Menus", "&Quit"), self.window.close, "Ctrl+Q"
        )

    def _edit(self) -> None:
        w, menu = self.target, self.edit_menu
        self.action(menu, translate("Menus", "&Copy"), w.reader.copy, QKeySequence.StandardKey.Copy)
        self.action(
            menu,
            translate("Menus", "Select &All"),
            w.reader.selectAll,
            QKeySequence.StandardKey.SelectAll,
        )
        menu.addSeparator()
        self.find_action = self.action(
            menu, translate("Menus", "&Find…"), w.find_bar.open_bar, "Ctrl+F"
        )
        self.action(menu, translate("Menus", "Find &Next"), w.find_bar.find_next, "F3")
        self.action(
            menu, translate("Menus", "Find &Previous"), w.find_bar.find_previous, "Shift+F3"
        )

    def _view(self) -> None:
        w, menu = self.target, self.view_menu
        self.action(
            menu, translate("Menus", "Zoom &In"), lambda: w.reader.zoom_by(1), "Ctrl+=", "Ctrl++"
        )
        self.action(menu, translate("Menus", "Zoom &Out"), lambda: w.reader.zoom_by(-1), "Ctrl+-")
        self.action(menu, translate("Menus", "&Actual Size"), w.reader.reset_zoom, "Ctrl+0")
        menu.addSeparator()
        navigate = menu.addMenu(translate("Menus", "&Navigate"))
        self.next_clause_action = self.action(
            navigate,
            translate("Menus", "&Next Clause of Category"),
            lambda: w.goto_clause(True),
            "F8",
            "Alt+Down",
        )
        self.previous_clause_action = self.action(
            navigate,
            translate("Menus", "&Previous Clause of Category"),
            lambda: w.goto_clause(False),
            "Shift+F8",
            "Alt+Up",
        )
        self.action(menu, translate("Menus", "&Show All Categories"), self._show_all)
        self.action(menu, translate("Menus", "&Hide All Categories"), self._hide_all)
        menu.addSeparator()
        self.panels_menu = menu.addMenu(translate("Menus", "&Panels"))  # filled by add_panel

    def _tools(self) -> None:
        w = self.target
        self.action(self.tools_menu, translate("Menus", "&Analyse Again"), self._reanalyse, "F5")
        self.action(
            self.tools_menu,
            translate("Menus", "Import &Samples"),
            lambda: w.import_files([str(p) for p in _samples()], remember=False, open_last=False),
        )

        self.tools_menu.addSeparator()
        self.settings_action = self.action(
            self.tools_menu,
            translate("Menus", "&Settings…"),
            self._settings,
            "Ctrl+,",  # = StandardKey.Preferences on Linux/macOS; Windows has none
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _help(self) -> None:
        self.action(
            self.help_menu, translate("Menus", "&Keyboard Shortcuts"), self._shortcuts, "F1"
        )
        self.about_action = self.action(
            self.help_menu, translate("Menus", "&About PolicyLens"), self._about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def rebuild_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = prefs.recent_files(self.target.settings)
        for position, path in enumerate(files, start=1):
            name = isolate(Path(path).name)
            label = f"&{position % 10} {name}" if position <= 10 else name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.target.import_files([p]))
        if files:
            menu.addSeparator()
            menu.addAction(translate("Menus", "&Clear List")).triggered.connect(self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        prefs.clear_recent_files(self.target.settings)
        self.rebuild_recent()

    def _show_all(self) -> None:
        for category in self.target.session.categories:
            self.target.set_category_visible(category.id, True)

    def _hide_all(self) -> None:
        for category in self.target.session.categories:
            self.target.set_category_visible(category.id, False)

    def _reanalyse(self) -> None:
        self.target.analyse_again()

    def _shortcuts(self) -> None:
        QMessageBox.information(
            self.window, translate("Menus", "Keyboard shortcuts"), shortcuts_help()
        )

    def _about(self) -> None:
        from policylens.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.window).exec()

    def _settings(self) -> None:
        from policylens.ui.dialogs.settings_dialog import SettingsDialog

        w = self.target
        dialog = SettingsDialog(w.settings, self.window, running_language=w.language)
        if not dialog.exec():
            return
        w.reader.set_point_size(dialog.values().point_size)
        w.reader.set_justified(dialog.values().justified)
        if dialog.language_changed():
            w.status.message(
                translate("Menus", "The new interface language applies when you restart PolicyLens")
            )


def _samples() -> list[Path]:
    from policylens.paths import sample_files

    return sample_files()
