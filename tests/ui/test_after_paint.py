"""The early analysis of an opened file starts once the reader has painted it (not before,
when its Python starved the paint's of the GIL), and also when the window is never painted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from policylens.ui.shell.after_paint import FALLBACK_MS, after_paint


class Painted(QWidget):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return super().event(event)


def test_the_action_runs_once_after_the_paint(qtbot: Any) -> None:
    log: list[str] = []
    widget = Painted(log)
    qtbot.addWidget(widget)
    widget.show()
    after_paint(widget, lambda: log.append("action"))
    widget.update()
    qtbot.waitUntil(lambda: "action" in log, timeout=FALLBACK_MS * 10)
    assert log.index("action") > log.index("paint")
    widget.update()
    qtbot.wait(FALLBACK_MS + 50)  # the fallback does not run it again
    assert log.count("action") == 1


def test_an_unseen_widget_runs_it_anyway(qtbot: Any) -> None:
    log: list[str] = []
    widget = Painted(log)  # never shown: never painted
    qtbot.addWidget(widget)
    after_paint(widget, lambda: log.append("action"))
    qtbot.waitUntil(lambda: log == ["action"], timeout=FALLBACK_MS * 10)


def test_several_opens_before_a_paint_each_run_once(qtbot: Any) -> None:
    log: list[str] = []
    widget = Painted(log)
    qtbot.addWidget(widget)
    widget.show()
    after_paint(widget, lambda: log.append("first"))
    after_paint(widget, lambda: log.append("second"))
    widget.update()
    qtbot.waitUntil(lambda: "second" in log, timeout=FALLBACK_MS * 10)
    widget.update()
    qtbot.wait(FALLBACK_MS + 50)
    assert [entry for entry in log if entry != "paint"] == ["first", "second"]
