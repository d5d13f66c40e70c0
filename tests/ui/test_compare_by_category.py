"""Two different policies compared by category, connectors only where they help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui import test_compare_view
from tests.ui.test_compare_view import run

from policylens.core.loaders import load_document
from policylens.ui.features.compare.by_category import SPAN_ROLE

compare_window = test_compare_view.compare_window  # the fixture, shared


def test_each_category_shows_what_a_and_b_say_and_a_click_shows_the_clause(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    a, b = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, a, b, mode="policies")
    by_category = compare_window.by_category
    qtbot.waitUntil(by_category.dock.isVisible, timeout=2000)  # in front for two policies
    panel = by_category.panel
    assert panel.topLevelItemCount() == len(by_category.rows) > 0
    silent = [r for r in by_category.rows if r.silent]
    for row_number, row in enumerate(by_category.rows):
        item = panel.topLevelItem(row_number)
        assert item.childCount() == max(len(row.a), len(row.b))
        if row.silent == "b":
            assert item.text(2) == "says nothing"
    assert silent, "the two samples differ in what they talk about"
    row = next(r for r in by_category.rows if r.b)
    item = panel.topLevelItem(by_category.rows.index(row)).child(0)
    start, end = item.data(2, SPAN_ROLE)
    panel.itemClicked.emit(item, 2)
    cursor = view.pane_b.textCursor()
    assert (
        view.pane_b.offsets.from_qt(cursor.selectionStart()),
        view.pane_b.offsets.from_qt(cursor.selectionEnd()),
    ) == (start, end)


def test_connectors_only_for_the_current_and_hovered_pair(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    a, b = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, a, b, mode="policies")
    gutter = view.gutter
    gutter.repaint()
    assert gutter.drawn == []  # no braid of dozens of bands
    pair = view.next_difference()
    gutter.repaint()
    assert len(gutter.drawn) <= 1 and (not gutter.drawn or gutter.drawn[0] is pair)
    hovered = next(p for p in gutter.visible_pairs() if p is not pair)
    gutter.set_hovered(hovered)
    gutter.repaint()
    assert hovered in gutter.drawn and len(gutter.drawn) <= 2


def test_each_difference_is_marked_and_shown_in_both_panes(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    from tests.ui.test_compare_view import edited_copy

    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    view = run(qtbot, compare_window, a, load_document(path), mode="versions")
    stepped = 0
    for _ in range(4):
        pair = view.next_difference()
        assert pair is not None
        qtbot.wait(20)
        for pane, span in ((view.pane_a, pair.a), (view.pane_b, pair.b)):
            if span is None:
                continue
            marked = pane.extraSelections()
            assert marked, f"the current difference is not marked in pane {pane.side}"
            top, bottom = pane.span_y(*span)
            assert bottom >= 0 and top < pane.viewport().height(), f"pane {pane.side} not there"
        stepped += 1
    assert stepped == 4


def test_the_current_difference_has_a_bar_beside_its_lines_in_both_panes(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor
    from tests.ui.test_compare_view import edited_copy

    from policylens.ui.features.compare.pane import CURRENT_PAIR_COLOR

    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    view = run(qtbot, compare_window, a, load_document(path), mode="versions")
    bar = QColor(CURRENT_PAIR_COLOR)
    seen = 0
    for _ in range(6):
        pair = view.next_difference()
        assert pair is not None
        qtbot.wait(20)
        for pane, span in ((view.pane_a, pair.a), (view.pane_b, pair.b)):
            if span is None or span[1] <= span[0]:
                continue
            top, bottom = pane.span_y(*span)
            image = pane.margin.grab().toImage()
            rows = range(max(0, top + 2), min(image.height(), bottom - 1))
            marked = [
                y for y in rows if any(image.pixelColor(x, y) == bar for x in range(image.width()))
            ]
            assert rows and len(marked) >= 0.8 * len(rows), f"pane {pane.side}: no bar"
            seen += 1
    assert seen >= 6


def test_a_difference_on_one_side_is_marked_where_it_would_go_on_the_other(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    """An added (or removed) paragraph has no text on the other side: the other pane marks
    the place with a line across its margin (it showed nothing, so "2 of 74" was marked in
    one pane only)."""
    from PySide6.QtGui import QColor
    from tests.ui.test_compare_view import edited_copy

    from policylens.ui.features.compare.pane import CURRENT_PAIR_COLOR

    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    view = run(qtbot, compare_window, a, load_document(path), mode="versions")
    bar = QColor(CURRENT_PAIR_COLOR)
    one_sided = 0
    for _ in range(len(view.comparison.differences())):
        pair = view.next_difference()
        assert pair is not None
        if (pair.a is None) == (pair.b is None):
            continue
        qtbot.wait(20)
        empty = view.pane_a if pair.a is None else view.pane_b
        image = empty.margin.grab().toImage()
        across = [
            y
            for y in range(image.height())
            if sum(image.pixelColor(x, y) == bar for x in range(image.width()))
            >= 0.8 * image.width()
        ]
        assert across, f"pane {empty.side}: the place is not marked"
        one_sided += 1
    assert one_sided >= 2  # the added and the deleted paragraph
