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
    """One per widget, its child for the widget's life; it runs what is pending after the
    widget's next paint. Never deleted on its own: deleting it (`deleteLater` once it had run)
    crashed the test process 3 runs in 10 of tests/ui/test_after_paint.py on a loaded machine
    (PySide6 6.11.3, a Python QObject subclass with an event filter; also with the static
    `QTimer.singleShot(msec, context, callable)` it first used), and 0 in 12 kept alive."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._pending: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def add(self, action: Callable[[], None]) -> None:
        self._pending.append(action)
        self._timer.start(FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending and event.type() == QEvent.Type.Paint:
            # The paint runs when this returns; the timer fires on a later turn of the loop.
            self._timer.start(0)
        return False

    def _run(self) -> None:
        pending, self._pending = self._pending, []
        for action in pending:
            action()


def after_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Call `action` once, after `widget`'s next paint (or after `FALLBACK_MS` if none)."""
    runner = widget.findChild(AfterPaint)
    if runner is None:
        runner = AfterPaint(widget)
    runner.add(action)
