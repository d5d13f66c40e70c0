"""Live changes from other windows and other people, for libraries that report them.

`install_live_updates(window)` asks the store to `watch()` (a team library LISTENs on its own
connection and thread; a local SQLite library returns None and nothing is installed). Each
change arrives on that thread and crosses to the GUI thread through a queued Qt signal; a
change to the shown document re-reads its annotations (so the reader, the Annotations panel,
the counts and the per-annotator views follow) and recomputes an open agreement report. Bursts
(someone importing 1 000 labels) are coalesced into one re-read. A lost connection shows in
the status bar until it is back; writes meanwhile are refused by the store with a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from policylens.store.library import Change

if TYPE_CHECKING:
    from policylens.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")
COALESCE_MS = 40  # changes closer together than this make one re-read


class LiveUpdates(QObject):
    changed = Signal(object)  # Change, emitted on the listener's thread
    status_changed = Signal(bool, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window.statusBar())
        self.label.setObjectName("statusLive")
        window.statusBar().addPermanentWidget(self.label)
        self._show_connected(True, "")
        self._dirty: set[str | None] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        self.changed.connect(self._queue)
        self.status_changed.connect(self._show_connected)
        self.watch: Any = None

    def start(self) -> bool:
        self.watch = self.window.store.watch(self.changed.emit, self.status_changed.emit)
        if self.watch is None:
            self.label.hide()
        return self.watch is not None

    def stop(self) -> None:
        """End the watch; changes still queued are dropped (the window is going away)."""
        if self.watch is not None:
            self.watch.close()
            self.watch = None
        self._timer.stop()
        self._dirty.clear()

    def _queue(self, change: Change) -> None:
        if self.watch is None:
            return
        self._dirty.add(change.document)
        if not self._timer.isActive():
            self._timer.start()

    def _apply(self) -> None:
        dirty, self._dirty = self._dirty, set()
        annotate = getattr(self.window, "annotate", None)
        if annotate is None or self.watch is None:
            return
        shown = annotate.controller.document
        if None in dirty or shown in dirty:
            annotate.controller.refresh()
            dialog = getattr(annotate, "agreement_dialog", None)
            if dialog is not None and dialog.isVisible():
                annotate.agreement_report(replacing=dialog)

    def _show_connected(self, connected: bool, message: str) -> None:
        location = getattr(self.window.store, "location", "")
        if connected:
            self.label.setText(translate("Live", "● Team library: live"))
            self.label.setToolTip(location)
            self.label.setStyleSheet("")
        else:
            self.label.setText(translate("Live", "○ Team library: offline"))
            self.label.setToolTip(message)
            self.label.setStyleSheet("color: #b00020;")
        if message:
            self.window.status.message(message)


def install_live_updates(window: MainWindow) -> LiveUpdates | None:
    """Follow the library's changes in `window` (None where the library reports none)."""
    live = LiveUpdates(window)
    if not live.start():
        live.deleteLater()
        return None
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(live.stop)  # before the store closes under it
    return live
