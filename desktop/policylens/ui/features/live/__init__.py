"""Live changes from other windows and other people, for libraries that report them.

`install(host)` asks the store to `watch()` (a team library LISTENs on its own connection and
thread; a local SQLite library returns None and the feature stays idle and hidden). Each
change arrives on that thread and crosses to the GUI thread through a queued Qt signal;
bursts (someone importing 1 000 labels) are coalesced, then the host's session announces
`changed_elsewhere(document)`, and whoever shows annotations re-reads them (the annotate
feature: the reader, its panel, the per-annotator views, an open agreement report). A lost
connection shows in the status bar until it is back; writes meanwhile are refused by the
store with a message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from policylens.store.library import Change
from policylens.ui.host import Host

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")
COALESCE_MS = 40  # changes closer together than this make one re-read


class LiveUpdates(QObject):
    changed = Signal(object)  # Change, emitted on the listener's thread
    status_changed = Signal(bool, str)

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self.label = QLabel(host.widget())
        self.label.setObjectName("statusLive")
        self._dirty: set[str | None] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        self.changed.connect(self._queue)
        self.status_changed.connect(self._show_connected)
        self.watch: Any = None

    @property
    def active(self) -> bool:
        return self.watch is not None

    def start(self) -> bool:
        store = self.host.store_jobs.store
        self.watch = store.watch(self.changed.emit, self.status_changed.emit)
        if self.watch is None:
            self.label.hide()
            return False
        self.host.add_status_widget(self.label)
        self._show_connected(True, "")
        self.host.widget().installEventFilter(self)  # stop when the window closes
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # before the store closes under it
        return True

    def stop(self) -> None:
        """End the watch; changes still queued are dropped (the window is going away)."""
        if self.watch is not None:
            self.watch.close()
            self.watch = None
        self._timer.stop()
        self._dirty.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _queue(self, change: Change) -> None:
        if self.watch is None:
            return
        self._dirty.add(change.document)
        if not self._timer.isActive():
            self._timer.start()

    def _apply(self) -> None:
        dirty, self._dirty = self._dirty, set()
        if self.watch is None:
            return
        session = self.host.session
        if None in dirty:
            session.changed_elsewhere.emit(None)
        elif session.sha in dirty:  # others' documents are read when they are shown
            session.changed_elsewhere.emit(session.sha)

    def _show_connected(self, connected: bool, message: str) -> None:
        location = self.host.store_jobs.store.location
        if connected:
            self.label.setText(translate("Live", "● Team library: live"))
            self.label.setToolTip(location)
            self.label.setStyleSheet("")
        else:
            self.label.setText(translate("Live", "○ Team library: offline"))
            self.label.setToolTip(message)
            self.label.setStyleSheet("color: #b00020;")
        if message:
            self.host.status.message(message)


def install(host: Host) -> LiveUpdates:
    """Follow the library's changes (idle where the library reports none)."""
    live = LiveUpdates(host)
    live.start()
    return live
