"""Clause highlights, legend, clause panel, navigation and tooltips (synthetic clauses, so the
tests do not depend on the classifier's current answers)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from policylens.core.clause import CategoryScore, Clause, Cue
from policylens.core.document import Document
from policylens.ui.reader.clause_model import CATEGORY_ROLE, SPAN_ROLE, ClauseModel
from policylens.view.offsets import QtOffsets


def make_clauses(document: Document) -> list[Clause]:
    """First paragraph: collection; second: sharing + retention; third: no category."""
    clauses = []
    plan = [
        (("first_party_collection_use", 0.9),),
        (("third_party_sharing_collection", 0.8), ("data_retention", 0.5)),
        (),
    ]
    for paragraph, categories in zip(document.paragraphs, plan, strict=False):
        text = document.text[paragraph.start : paragraph.end]
        word_end = paragraph.start + (text.find(" ") if " " in text else len(text))
        cue = Cue(paragraph.start, word_end, document.text[paragraph.start : word_end])
        scores = tuple(CategoryScore(cid, score, (cue,)) for cid, score in categories)
        clauses.append(
            Clause(
                paragraph.start,
                paragraph.end,
                "sentence",
                paragraph.language,
                paragraph.direction,
                scores,
            )
        )
    return clauses


def background_at(window: Any, index: int) -> QColor | None:
    reader = window.reader
    position = reader.offsets.to_qt(index)
    block = reader.document().findBlock(position)
    offset = position - block.position()
    for fmt_range in block.layout().formats():
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            if fmt_range.format.hasProperty(fmt_range.format.Property.BackgroundBrush):
                return fmt_range.format.background().color()
    return None


@pytest.fixture
def analysed(main_window: Any) -> tuple[Any, list[Clause]]:
    document = main_window.reader.document_model
    assert document.direction == "rtl"  # the first sample (Persian) is shown on first start
    clauses = make_clauses(document)
    main_window.apply_clauses(clauses)
    return main_window, clauses


def test_clauses_are_highlighted_in_their_category_colour(
    analysed: tuple[Any, list[Clause]],
) -> None:
    window, clauses = analysed
    assert background_at(window, clauses[0].start) == QColor(
        window.session.colors["first_party_collection_use"]
    )
    assert background_at(window, clauses[0].end - 1) == QColor(
        window.session.colors["first_party_collection_use"]
    )
    # Two categories: the higher-scored one colours the clause.
    assert background_at(window, clauses[1].start + 3) == QColor(
        window.session.colors["third_party_sharing_collection"]
    )
    assert background_at(window, clauses[2].start) is None


def test_unticking_a_category_in_the_legend_hides_it(
    qtbot: Any, analysed: tuple[Any, list[Clause]]
) -> None:
    window, clauses = analysed
    legend = window.legend.list
    for row in range(legend.count()):
        item = legend.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == "first_party_collection_use":
            assert "(1)" in item.text()
            rect = legend.visualItemRect(item)
            # The check box sits at the start of the row.
            qtbot.mouseClick(
                legend.viewport(),
                Qt.MouseButton.LeftButton,
                pos=QPoint(rect.left() + 10, rect.center().y()),
            )
            break
    assert "first_party_collection_use" in window.session.hidden
    assert background_at(window, clauses[0].start) is None
    # Hiding the top category of a two-category clause shows the next one.
    window.set_category_visible("third_party_sharing_collection", False)
    assert background_at(window, clauses[1].start) == QColor(
        window.session.colors["data_retention"]
    )
    window.set_category_visible("first_party_collection_use", True)
    assert background_at(window, clauses[0].start) == QColor(
        window.session.colors["first_party_collection_use"]
    )


def test_clause_model_passes_the_model_tester(
    qtmodeltester: Any, analysed: tuple[Any, list[Clause]]
) -> None:
    window, _clauses = analysed
    model = window.clause_panel.model
    assert model.rowCount() == 3  # categories with clauses
    qtmodeltester.check(model, force_py=False)
    empty = ClauseModel()
    qtmodeltester.check(empty, force_py=False)
    text = window.reader.document_model.text
    empty.set_clauses(text, _clauses, window.session.categories, "en")
    qtmodeltester.check(empty, force_py=False)


def test_clause_rows_show_text_and_reasons(analysed: tuple[Any, list[Clause]]) -> None:
    window, clauses = analysed
    model = window.clause_panel.model
    top = model.index(model.category_row("first_party_collection_use"), 0)
    assert "(1)" in top.data()
    child = model.index(0, 0, top)
    text = window.reader.document_model.text
    assert child.data().startswith(text[clauses[0].start : clauses[0].start + 20])
    assert clauses[0].categories[0].cues[0].text in model.index(0, 2, top).data()
    assert child.data(SPAN_ROLE) == (clauses[0].start, clauses[0].end)


def test_clicking_a_clause_moves_the_cursor_there(
    qtbot: Any, analysed: tuple[Any, list[Clause]]
) -> None:
    window, clauses = analysed
    view = window.clause_panel.view
    model = window.clause_panel.model
    top = model.index(model.category_row("third_party_sharing_collection"), 0)
    view.expand(top)
    child = model.index(0, 0, top)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(child).center()
    )
    cursor = window.reader.textCursor()
    assert window.reader.offsets.from_qt(cursor.selectionStart()) == clauses[1].start
    assert window.reader.offsets.from_qt(cursor.selectionEnd()) == clauses[1].end
    # …and that category becomes the one F8 walks through.
    assert window.navigator.category == "third_party_sharing_collection"


def test_f8_walks_through_the_selected_categorys_clauses(
    qtbot: Any, analysed: tuple[Any, list[Clause]]
) -> None:
    window, clauses = analysed
    window.legend.select_category("data_retention")
    assert window.navigator.category == "data_retention"
    window.reader.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(window.reader, Qt.Key.Key_F8)
    assert window.reader.cursor_index() == clauses[1].start
    window.legend.select_category(None)
    qtbot.keyClick(window.reader, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.cursor_index() == clauses[0].start  # previous coloured clause
    assert window.menus.next_clause_action.shortcut().toString() == "F8"


def test_tooltip_names_categories_and_reasons(analysed: tuple[Any, list[Clause]]) -> None:
    window, clauses = analysed
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offsets.to_qt(clauses[1].start + 5))
    point = reader.cursorRect(cursor).center()
    tip = reader.tooltip_at(point)
    assert tip is not None
    assert window.session.names["third_party_sharing_collection"] in tip
    assert window.session.names["data_retention"] in tip
    assert clauses[1].categories[0].cues[0].text in tip
    cursor.setPosition(reader.offsets.to_qt(clauses[2].start + 2))
    assert reader.tooltip_at(reader.cursorRect(cursor).center()) is None


def test_find_sees_through_persian_letter_variants(qtbot: Any, main_window: Any) -> None:
    text = main_window.reader.document_model.text
    assert "میشود" in text  # ZWNJ missing in the sample
    main_window.menus.find_action.trigger()
    assert main_window.find_bar.isVisible()
    main_window.find_bar.edit.setText("مي\u200cشود")  # Arabic yeh and a ZWNJ in the query
    assert main_window.find_bar.hits
    start, end = main_window.find_bar.hits[0]
    assert text[start:end] == "میشود"
    assert main_window.reader.textCursor().selectedText() == "میشود"
    qtbot.keyClick(main_window.find_bar.edit, Qt.Key.Key_Escape)
    assert not main_window.find_bar.isVisible()


def test_offsets_follow_characters_outside_the_bmp() -> None:
    text = "a😀b\n😀c"
    offsets = QtOffsets(text)
    for index in range(len(text) + 1):
        qt = len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_qt(index) == qt
        assert offsets.from_qt(qt) == index


@pytest.mark.skipif(
    importlib.util.find_spec("policylens.core.analysis") is None,
    reason="policylens.core.analysis not written yet",
)
def test_real_analysis_highlights_the_samples(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    assert main_window.reader.layer is not None, "the first sample was analysed on start"
    assert main_window.clauses
    assert main_window.clause_panel.model.rowCount() > 0
    main_window.menus.view_menu  # noqa: B018 (Show All Categories is in the View menu)
    for category in main_window.session.categories:
        main_window.set_category_visible(category.id, True)
    clause = next(c for c in main_window.clauses if c.categories)
    expected = QColor(main_window.session.colors[clause.categories[0].id])
    assert background_at(main_window, clause.start) == expected
    top = main_window.clause_panel.model.index(0, 0)
    assert top.data(CATEGORY_ROLE) in main_window.session.colors


def test_a_clause_whose_practice_was_named_only_in_passing_says_so(qtbot: Any) -> None:
    from policylens.core.paragraph_focus import PASSING_NOTE
    from policylens.ui.reader.clause_model import reasons_text

    score = CategoryScore("other", 0.5, (), "context", PASSING_NOTE + "user_choice_control")
    assert reasons_text(score) == "named only in passing: User choice and control"
