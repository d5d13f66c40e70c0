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
    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._action: Callable[[], None] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            # The paint runs when this returns; the timer fires on a later turn of the loop.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is None:
            return
        self._widget.removeEventFilter(self)
        action()
        self.deleteLater()


def after_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Call `action` once, after `widget`'s next paint (or after `FALLBACK_MS` if none)."""
    AfterPaint(widget, action)
