"""What a feature may use of the window it plugs into: the `Host` protocol.

A feature is `install(host) -> Feature`: it adds its menus, panels and status-bar widgets
through the host, follows the document through `host.session`, runs work through `host.jobs`
and `host.store_jobs`, and never imports the main window (which implements `Host` and knows
nothing about the features beyond the list it installs, `ui/features/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTableView, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from policylens.ui.infra.jobs import Jobs, StoreJobs
    from policylens.ui.reader.reader import Reader
    from policylens.ui.session import DocumentSession
    from policylens.ui.shell.status import StatusArea


class MenuBar(Protocol):
    """The window's menus, for features to add their actions to."""

    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu
    panels_menu: QMenu
    quit_action: QAction
    settings_action: QAction  # Tools ▸ Settings…, the last entry of Tools

    def insert_menu(self, menu: QMenu) -> None:
        """A feature's own top-level menu, placed before Tools."""


class Host(Protocol):
    @property
    def session(self) -> DocumentSession: ...
    @property
    def jobs(self) -> Jobs: ...
    @property
    def store_jobs(self) -> StoreJobs: ...
    @property
    def menus(self) -> MenuBar: ...
    @property
    def status(self) -> StatusArea: ...
    @property
    def settings(self) -> QSettings: ...
    @property
    def language(self) -> str:
        """The interface language ("en", "fa", …), fixed for the run."""
        ...

    @property
    def reader(self) -> Reader: ...
    @property
    def library_view(self) -> QTableView: ...
    @property
    def imported(self) -> SignalInstance:
        """Emitted with the list of SHA-256 ids after files were imported."""
        ...

    def widget(self) -> QMainWindow:
        """The window itself: the parent of a feature's dialogs and windows."""
        ...

    def add_panel(
        self,
        key: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        *,
        share_area: bool = False,
    ) -> QDockWidget:
        """A dock listed in View ▸ Panels whose place is saved with the window; `share_area`:
        tabbed with a visible panel already in that area."""
        ...

    def selected_documents(self) -> list[str]:
        """The SHA-256 ids selected in the library, top to bottom."""
        ...

    def add_status_widget(self, widget: QWidget) -> None: ...
    def show_error(self, title: str, message: str, details: str = "") -> None: ...
    def open_document(self, sha: str) -> None: ...
    def refresh_library(self) -> None: ...
    def analyse_again(self) -> None: ...
    def go_to_clause(self, category_id: str, start: int, end: int) -> None:
        """Select the clause in the reader and the clause panel, make its category visible
        and the one F8 walks through."""
        ...
