"""A clause with two categories shows both: its background in the first (the one `view` rule)
and a band per category in the margin beside its lines, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from tests.ui.test_main_window import choose_in_library

from policylens.view.clauses import visible_categories, visible_category


def _colours_in(image: Any) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    }


def test_both_categories_of_a_clause_show_beside_it(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    choose_in_library(qtbot, main_window, samples["sv"].name)
    qtbot.waitUntil(lambda: main_window.reader.layer is not None, timeout=20000)
    reader, session = main_window.reader, main_window.session
    hidden = session.hidden
    clause = next(c for c in reader.layer.clauses if len(visible_categories(c, hidden)) >= 2)
    first, second = visible_categories(clause, hidden)[:2]
    assert visible_category(clause, hidden) == first  # the background's colour
    reader.select_range(clause.start, clause.end)
    qtbot.wait(100)
    cursor = reader.textCursor()
    top = reader.cursorRect(cursor).top()
    margin = reader.margin
    image = margin.grab().toImage().copy(0, max(0, top - 4), margin.width(), 60)
    shown = _colours_in(image)
    assert session.colors[first] in shown and session.colors[second] in shown


def test_the_margin_sits_where_the_documents_lines_start(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    reader = main_window.reader
    for key, on_left in (("en", True), ("fa1", False)):
        choose_in_library(qtbot, main_window, samples[key].name)
        qtbot.wait(50)
        viewport = reader.viewport().geometry()
        margin = reader.margin.geometry()
        if on_left:
            assert margin.right() < viewport.left()
        else:
            assert margin.left() > viewport.right()
