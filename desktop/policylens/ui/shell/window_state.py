"""The main window's place, size, dock layout and text size, kept in the settings between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from policylens.ui.reader.reader import Reader


def restore_window_state(
    window: QMainWindow, settings: QSettings, panels: dict[str, QDockWidget], reader: Reader
) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.value("window/state")
    if not isinstance(state, QByteArray) or not window.restoreState(state):
        library, legend, clauses = (panels[k] for k in ("library", "legend", "clauses"))
        window.resizeDocks([library, legend], [300, 380], Qt.Orientation.Horizontal)
        window.resizeDocks([legend, clauses], [260, 440], Qt.Orientation.Vertical)
    size = settings.value("reader/point_size")
    if size is not None:
        try:
            reader.set_point_size(float(size))  # type: ignore[arg-type]  # str or float in INI
        except (TypeError, ValueError):
            pass


def save_window_state(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.sync()
