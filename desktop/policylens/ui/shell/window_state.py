"""The main window's place, size, dock layout and text size, kept in the settings between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from policylens.ui.infra import settings as prefs
from policylens.ui.reader.reader import Reader


def state_key(window: QMainWindow) -> str:
    """The dock layout is kept per interface direction: a state saved by the English interface
    would put the Persian one's library back on the left (dock areas are physical)."""
    return "window/state-rtl" if window.isRightToLeft() else "window/state-ltr"


def restore_window_state(
    window: QMainWindow, settings: QSettings, panels: dict[str, QDockWidget], reader: Reader
) -> bool:
    """True when a saved dock layout was restored."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:  # first start: 1280×800, or the whole screen where it is smaller (800×600)
        screen = window.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = (1280, 800) if room is None else (room.width(), room.height())
        window.resize(min(1280, width), min(800, height))
    state = settings.value(state_key(window))
    restored = isinstance(state, QByteArray) and window.restoreState(state)
    if not restored:
        library, legend, clauses = (panels[k] for k in ("library", "legend", "clauses"))
        window.resizeDocks([library, legend], [300, 380], Qt.Orientation.Horizontal)
        window.resizeDocks([legend, clauses], [260, 440], Qt.Orientation.Vertical)
    reader.set_justified(prefs.reader_justified(settings))
    size = settings.value("reader/point_size")
    if size is not None:
        try:
            reader.set_point_size(float(size))  # type: ignore[arg-type]  # str or float in INI
        except (TypeError, ValueError):
            pass
    return restored


def save_window_state(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue(state_key(window), window.saveState())
    settings.sync()
