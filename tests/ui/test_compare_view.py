"""The side-by-side view in the real widget: relations painted, alignment-following scroll,
click-to-counterpart, next/previous difference, right-to-left panes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from policylens.core.document import Document
from policylens.core.loaders import load_document
from policylens.view.compare_marks import RELATION_COLORS, WORD_COLOR


def edited_copy(original: Document, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The sample with one paragraph deleted, one added, one edited and one moved."""
    paragraphs = original.text.split("\n")
    long = [i for i, p in enumerate(paragraphs) if len(p.split()) > 12]
    deleted, edited, moved = long[1], long[3], long[5]
    edits = {
        "deleted": paragraphs[deleted],
        "moved": paragraphs[moved],
        "added": "Brand new paragraph: we now keep a log of every postcard you send us by mail.",
    }
    edits["kept"] = paragraphs[long[4]]
    words = paragraphs[edited].split(" ")
    words[2] = "REPLACEDWORD"
    paragraphs[edited] = " ".join(words)
    edits["edited"] = paragraphs[edited]
    out = [p for i, p in enumerate(paragraphs) if i not in (deleted, moved)]
    out.insert(2, edits["added"])
    out.append(edits["moved"])
    path = tmp_path / "edited.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    return path, edits


@pytest.fixture
def compare_window(qtbot: Any) -> Iterator[Any]:
    from policylens.core.taxonomy import load_taxonomy
    from policylens.ui.app import create_application
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.infra.workers import TaskRunner

    app = create_application()
    runner = TaskRunner(app)
    categories = load_taxonomy().categories
    window = CompareWindow(
        runner, {c.id: c.color for c in categories}, {c.id: c.name("en") for c in categories}
    )
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    yield window
    runner.cancel_all()
    runner.wait(10000)


def run(qtbot: Any, window: Any, a: Document, b: Document, **kwargs: Any) -> Any:
    with qtbot.waitSignal(window.view.computed, timeout=20000):
        window.compare(a, b, **kwargs)
    return window.view


def runs_over(pane: Any, start: int, end: int) -> list[dict[str, str]]:
    """The attributes painted over [start, end) of a pane's text (one block)."""
    block = pane.document().findBlock(start)
    rel_start, rel_end = start - block.position(), end - block.position()
    return [
        attrs
        for s, n, attrs in pane.highlighter.formats_at(block.blockNumber())
        if s < rel_end and s + n > rel_start
    ]


def test_versions_relations_are_painted(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    a = load_document(samples["en"])
    path, edits = edited_copy(a, tmp_path)
    b = load_document(path)
    view = run(qtbot, compare_window, a, b)
    assert view.mode() == "versions" and "(suggested)" in view.mode_combo.currentText()
    pairs = view.comparison.pairs
    relations = {p.relation for p in pairs}
    assert {"same", "changed", "added", "removed", "moved"} <= relations

    added_at = b.text.index(edits["added"])
    assert any(
        a_["bg"] == RELATION_COLORS["added"]
        for a_ in runs_over(view.pane_b, added_at, added_at + 20)
    )
    removed_at = a.text.index(edits["deleted"])
    assert any(
        a_.get("bg") == RELATION_COLORS["removed"]
        for a_ in runs_over(view.pane_a, removed_at, removed_at + 20)
    )
    moved_at = b.text.index(edits["moved"])
    assert any(
        a_.get("bg") == RELATION_COLORS["moved"]
        for a_ in runs_over(view.pane_b, moved_at, moved_at + 20)
    )
    word_at = b.text.index("REPLACEDWORD")
    word_runs = runs_over(view.pane_b, word_at, word_at + len("REPLACEDWORD"))
    assert word_runs and all(r.get("bg") == WORD_COLOR and r.get("strong") for r in word_runs)
    edited_at = b.text.index(edits["edited"])
    assert any(
        r.get("bg") == RELATION_COLORS["changed"]
        for r in runs_over(view.pane_b, edited_at, word_at)
    )
    # Untouched text has no relation tint (categories may underline it, nothing more).
    same = next(p for p in pairs if p.relation == "same" and p.b)
    assert all(r.get("bg") is None for r in runs_over(view.pane_b, same.b[0], same.b[1]))
    assert compare_window.view.gutter.pairs == pairs


def test_panes_scroll_together_following_the_alignment(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    b = load_document(path)
    view = run(qtbot, compare_window, a, b)
    pane_a, pane_b = view.pane_a, view.pane_b
    # A clause in the second half, whose counterpart is at another offset (text was added
    # before it and removed before it): proportional scrolling would not line it up.
    candidates = [
        p
        for p in view.comparison.pairs
        if p.relation == "same" and p.a and p.a[0] > len(a.text) // 2
    ]
    pair = candidates[0]
    pane_a.scroll_to_index(pair.a[0])
    qtbot.wait(10)
    line = pane_b.fontMetrics().lineSpacing()
    assert pane_a.span_y(*pair.a)[0] < line  # A's top line holds the clause
    top_b = pane_b.span_y(*pair.b)[0]
    assert -2 <= top_b < 2 * line, f"counterpart at y={top_b}, not at B's top"
    assert view.gutter.visible_pairs() and pair in view.gutter.visible_pairs()
    # And the other way round.
    other = next(
        p
        for p in view.comparison.pairs
        if p.relation == "same" and p.b and len(b.text) // 5 < p.b[0] < len(b.text) // 2
    )
    pane_b.scroll_to_index(other.b[0])
    assert pane_b.span_y(*other.b)[0] < line
    qtbot.wait(10)
    assert -2 <= pane_a.span_y(*other.a)[0] < 2 * line


def test_clicking_a_clause_selects_its_counterpart(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    b = load_document(path)
    view = run(qtbot, compare_window, a, b)
    pair = next(p for p in view.comparison.pairs if p.relation == "changed" and p.a and p.b)
    view.pane_a.scroll_to_index(pair.a[0])
    cursor = QTextCursor(view.pane_a.document())
    cursor.setPosition(pair.a[0] + 3)
    point = view.pane_a.cursorRect(cursor).center()
    qtbot.mouseClick(view.pane_a.viewport(), Qt.MouseButton.LeftButton, pos=point)
    selected = view.pane_b.textCursor()
    assert (selected.selectionStart(), selected.selectionEnd()) == pair.b
    assert view.current == pair
    # Lined up: the counterpart's top is at the clicked clause's height.
    line = view.pane_b.fontMetrics().lineSpacing()
    assert abs(view.pane_b.span_y(*pair.b)[0] - view.pane_a.span_y(*pair.a)[0]) < 2 * line


def test_next_and_previous_difference_from_the_keyboard(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    a = load_document(samples["en"])
    path, _edits = edited_copy(a, tmp_path)
    b = load_document(path)
    view = run(qtbot, compare_window, a, b)
    differences = view.comparison.differences()
    total = len(differences)
    assert total >= 4
    assert view.position_label.text() == f"– of {total}"
    shortcuts = [s.toString() for s in compare_window.next_action.shortcuts()]
    assert "F7" in shortcuts and "Alt+N" in shortcuts
    view.pane_b.setFocus()
    qtbot.keyClick(view.pane_b, Qt.Key.Key_F7)
    assert view.position_label.text() == f"1 of {total}"
    assert view.current == view.comparison.pairs[differences[0]]
    compare_window.next_action.trigger()
    assert view.position_label.text() == f"2 of {total}"
    second = view.comparison.pairs[differences[1]]
    assert view.current == second
    lead = view.pane_b if second.b else view.pane_a
    span = second.b or second.a
    assert 0 <= lead.span_y(*span)[0] < lead.viewport().height()
    qtbot.keyClick(view.pane_b, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.position_label.text() == f"1 of {total}"
    compare_window.previous_action.trigger()
    assert view.position_label.text() == f"{total} of {total}"  # wraps around


def test_persian_pane_stays_right_to_left_beside_english(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    fa, en = load_document(samples["fa1"]), load_document(samples["en"])
    view = run(qtbot, compare_window, fa, en)
    # Two different policies, in two languages: compared as policies, not as a translation.
    assert view.mode() == "policies"
    for pane, document, expected in (
        (view.pane_a, fa, Qt.LayoutDirection.RightToLeft),
        (view.pane_b, en, Qt.LayoutDirection.LeftToRight),
    ):
        seen = 0
        width = pane.document().textWidth() or pane.viewport().width()
        margin = pane.document().documentMargin()
        for paragraph in document.paragraphs:
            if paragraph.direction != (
                "rtl" if expected == Qt.LayoutDirection.RightToLeft else "ltr"
            ):
                continue
            block = pane.document().findBlock(paragraph.start)
            assert block.textDirection() == expected
            pane.document().documentLayout().blockBoundingRect(block)
            layout = block.layout()
            rect = layout.lineAt(layout.lineCount() - 1).naturalTextRect()
            if expected == Qt.LayoutDirection.RightToLeft:
                assert rect.right() >= width - margin - 2
            else:
                assert rect.left() <= margin + 2
            seen += 1
        assert seen > 5


def test_mode_change_recomputes_off_the_gui_thread(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    fa1, fa2 = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, fa1, fa2)
    assert view.mode() == "policies" and view.colour_by() == "categories"
    assert "says nothing about" in view.summary_label.text() or view.comparison.pairs
    with qtbot.waitSignal(view.computed, timeout=20000):
        compare_window.set_mode("versions")
        assert view.computing()
    assert view.comparison.mode == "versions" and view.colour_by() == "changes"


def test_escape_closes_the_window(qtbot: Any, compare_window: Any) -> None:
    assert "Esc" in [s.toString() for s in compare_window.close_action.shortcuts()]
    compare_window.close_action.trigger()
    assert not compare_window.isVisible()


def test_annotations_of_a_are_shown_on_b(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    from types import SimpleNamespace

    a = load_document(samples["en"])
    path, edits = edited_copy(a, tmp_path)
    b = load_document(path)
    start = a.text.index(edits["kept"]) + 5
    note = SimpleNamespace(
        start=start,
        end=start + 8,
        category="data_retention",
        note="check this",
        prefix=a.text[max(0, start - 32) : start],
        suffix=a.text[start + 8 : start + 40],
    )
    view = run(qtbot, compare_window, a, b, annotations_a=[note])
    carried = view.result.carried
    assert len(carried) == 1
    where = b.text.index(edits["kept"]) + 5
    assert where != start
    assert (carried[0].start, carried[0].end) == (where, where + 8)
    assert "1 annotation(s) of A shown on B" in view.summary_label.text()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_summary_keeps_clear_of_the_window_edges(
    qtbot: Any, compare_window: Any, samples: dict[str, Path], direction: Qt.LayoutDirection
) -> None:
    compare_window.setLayoutDirection(direction)
    fa1, fa2 = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, fa1, fa2)
    label = view.summary_label
    assert label.text()
    text = label.contentsRect()
    left = label.mapTo(compare_window, text.topLeft()).x()
    right = compare_window.width() - 1 - label.mapTo(compare_window, text.topRight()).x()
    assert left >= 6 and right >= 6


def test_headings_in_the_panes_look_like_headings(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    from PySide6.QtGui import QFont

    fa1, fa2 = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, fa1, fa2)
    headings = [c for c in view.result.clauses_b if c.kind == "heading"]
    assert headings
    qtbot.waitUntil(lambda: not view.pane_b.highlighter.busy(), timeout=5000)
    body = view.pane_b.font().pointSizeF()
    for clause in headings:
        block = view.pane_b.document().findBlock(view.pane_b.offsets.to_qt(clause.start))
        formats = block.layout().formats()
        assert formats, f"heading {clause.text!r} has no format"
        assert all(f.format.fontWeight() >= QFont.Weight.Bold.value for f in formats)
        assert all(f.format.fontPointSize() > body for f in formats)


def test_coloured_by_category_each_pane_shows_every_category_in_its_margin(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    from PySide6.QtGui import QColor

    fa1, fa2 = load_document(samples["fa1"]), load_document(samples["fa2"])
    view = run(qtbot, compare_window, fa1, fa2)
    assert view.colour_by() == "categories"
    qtbot.wait(50)
    for pane in (view.pane_a, view.pane_b):
        image = pane.margin.grab().toImage()
        seen = {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(0, image.height(), 3)
        }
        bands = {QColor(c).name() for c in view.colors.values()} & seen
        assert len(bands) >= 2, f"pane {pane.side}: no category bands in the margin"


def test_pane_headers_read_in_the_interfaces_direction(
    qtbot: Any, compare_window: Any, samples: dict[str, Path]
) -> None:
    """In a right-to-left interface "A: <title> · fa" starts on the right, whatever the
    title's script; it began with the Latin "A" and so sat on the left, left to right."""
    compare_window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view = run(qtbot, compare_window, load_document(samples["en"]), load_document(samples["fa1"]))
    for header in (view.header_a, view.header_b):
        image = header.grab().toImage()
        inked = [
            x
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 100
        ]
        assert inked
        assert image.width() - max(inked) <= 12, f"{header.text()!r} does not start on the right"
        assert min(inked) > 40, f"{header.text()!r} runs to the left edge"
