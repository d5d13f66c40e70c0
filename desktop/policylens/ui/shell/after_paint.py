"""Run something once a widget has been painted: after the event loop turn that paints it.

The early analysis of an opened file waits for the document to be on screen. Let go at the end
of `show_document`, its thread's Python ran while the reader painted the new text, and the
paint's Python (the paragraph layout's line placing, the category margin) waited for the GIL
at every call: the window froze ~100 ms with the GUI thread mostly idle. The paint itself
takes a few ms of the GUI thread's CPU.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Unseen windows (minimised, hidden) are never painted: then after this long anyway.
FALLBACK_MS = 150


class AfterPaint(QObject):
    """Lives as the widget's child until it has run. Its timer is its own child too: the static
    `QTimer.singleShot(msec, context, callable)` crashed the test process now and then (1 run
    in 5 of tests/ui/test_after_paint.py, PySide6 6.11) once the context was deleted with a
    shot still pending; a child timer dies with its owner, connection and all."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._action: Callable[[], None] | None = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(FALLBACK_MS)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._action is not None and event.type() == QEvent.Type.Paint:
            # The paint runs when this returns; the timer fires on a later turn of the loop.
            self._timer.start(0)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        action()


def after_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Call `action` once, after `widget`'s next paint (or after `FALLBACK_MS` if none)."""
    AfterPaint(widget, action)
