"""Labelling keeps your place, undo and redo say what they did, a note leaves a mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui import test_annotate
from tests.ui.test_annotate import (
    clause_with_suggestion,
    press,
    put_cursor,
    stored,
    wait_idle,
)

from policylens.ui.features.annotate import Annotate
from policylens.ui.features.annotate.model import QUOTE

annotating = test_annotate.annotating  # the fixture, shared


def test_the_view_stays_still_when_the_next_clause_is_on_screen(
    annotating: Any,
    qtbot: Any,
) -> None:
    window = annotating
    reader = window.reader
    first = clause_with_suggestion(window)
    put_cursor(window, first.start + 1)
    qtbot.wait(50)
    scroll = reader.verticalScrollBar().value()
    press(qtbot, window, Qt.Key.Key_Return)  # confirm: the cursor moves on to the next clause
    assert reader.cursor_index() >= first.end
    assert reader.verticalScrollBar().value() == scroll


def test_undo_and_redo_say_what_they_did(annotating: Any, qtbot: Any) -> None:
    window = annotating
    first = clause_with_suggestion(window)
    put_cursor(window, first.start + 1)
    press(qtbot, window, "n")
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert said.startswith("Undone: ") and len(said) > len("Undone: ")
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == said.replace("Undone: ", "Redone: ")


def test_a_note_shows_a_marker_in_the_text_and_in_the_panel(annotating: Any, qtbot: Any) -> None:
    window = annotating
    feature = window.features.get(Annotate)
    text = window.reader.document_model.text
    start = text.index("میشود")
    window.reader.select_range(start, start + 5)
    press(qtbot, window, "1")
    (label,) = stored(window)
    assert start not in window.reader.margin.notes
    assert feature.panel.model.index(0, QUOTE).data(Qt.ItemDataRole.DecorationRole) is None
    feature.labeller.set_note(label, "روشن نیست", "question")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: start in window.reader.margin.notes, timeout=5000)
    assert feature.panel.model.index(0, QUOTE).data(Qt.ItemDataRole.DecorationRole) is not None
    # The marker is painted beside the label's line.
    window.reader.select_range(start, start + 5)
    qtbot.wait(50)
    margin = window.reader.margin
    top = window.reader.cursorRect().top()
    image = margin.grab().toImage()
    dark = [
        (x, y)
        for x in range(image.width())
        for y in range(max(0, top), min(image.height(), top + 30))
        if image.pixelColor(x, y).lightness() < 90
    ]
    assert dark, "no note marker beside the noted line"


def test_a_new_action_after_an_undo_is_not_reported_as_a_redo(annotating: Any, qtbot: Any) -> None:
    window = annotating
    feature = window.features.get(Annotate)
    text = window.reader.document_model.text
    start = text.index("میشود")
    window.reader.select_range(start, start + 5)
    press(qtbot, window, "1")
    (label,) = stored(window)
    first = clause_with_suggestion(window, after=start + 5)
    put_cursor(window, first.start + 1)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Undone: ")
    # A new action replaces the undone one on the stack: it was announced as "Redone: …".
    feature.labeller.set_note(label, "روشن نیست", "question")
    wait_idle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert not said.startswith("Redone: "), said
