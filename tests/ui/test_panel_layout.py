"""The side panels make room for the reader at every width, and the saved dock layout never
carries the English interface's sides into the Persian one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt


def _settle(qtbot: Any) -> None:
    qtbot.wait(150)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1600, 1000), (1280, 800)])
def test_reader_keeps_sixty_percent_of_the_width_after_resizing(
    qtbot: Any, main_window: Any, size: tuple[int, int]
) -> None:
    for width, height in ((1600, 1000), size, (900, 700), size):
        main_window.resize(width, height)
        _settle(qtbot)
    # Panels move after Qt has laid out the new size: a few event-loop turns.
    qtbot.waitUntil(lambda: main_window.reader.width() >= 0.6 * main_window.width(), timeout=3000)
    for dock in main_window.panels.values():  # every panel still reachable, none floating away
        assert not dock.isFloating()


def test_narrow_window_shows_every_category_row_and_count(qtbot: Any, main_window: Any) -> None:
    main_window.resize(800, 600)
    _settle(qtbot)
    legend = main_window.panels["legend"]
    legend.raise_()
    _settle(qtbot)
    items = main_window.legend.list
    viewport = items.viewport().rect()
    for row in range(items.count()):
        rect = items.visualRect(items.model().index(row, 0))
        assert viewport.contains(rect), f"row {row} ({items.item(row).text()}) is clipped"


def test_persian_interface_is_mirrored_after_the_english_one_saved_its_layout(
    qtbot: Any, errors_shown: Any
) -> None:
    from policylens.ui.app import create_application
    from policylens.ui.infra.i18n import apply_language
    from policylens.ui.shell.main_window import MainWindow

    app = create_application()
    sides = {}
    for language in ("en", "fa", "en", "fa"):
        apply_language(app, language)
        window = MainWindow(language=language, import_samples=False)
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        _settle(qtbot)
        sides[language] = window.dockWidgetArea(window.panels["library"])
        window.close()  # saves the window state
        window.store.close()
    apply_language(app, "en")
    assert sides["en"] == Qt.DockWidgetArea.LeftDockWidgetArea
    assert sides["fa"] == Qt.DockWidgetArea.RightDockWidgetArea


def test_clause_panel_shows_each_category_name_and_count_whole(
    qtbot: Any, main_window: Any
) -> None:
    main_window.resize(1600, 1000)
    _settle(qtbot)
    main_window.panels["clauses"].show()
    main_window.panels["clauses"].raise_()
    _settle(qtbot)
    view = main_window.clause_panel.view
    model = view.model()
    metrics = view.fontMetrics()
    assert model.rowCount() >= 5
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = str(index.data())
        room = view.visualRect(index).width() - view.iconSize().width() - 12
        assert metrics.horizontalAdvance(text) <= room, f"{text!r} is elided"


def test_library_panel_gives_the_title_most_of_its_width(qtbot: Any, main_window: Any) -> None:
    main_window.resize(1600, 1000)
    _settle(qtbot)
    view = main_window.library_view
    main_window.panels["library"].show()
    main_window.panels["library"].raise_()
    _settle(qtbot)
    assert view.viewport().width() < 460  # a side panel, not a wide table
    assert view.columnWidth(0) >= 0.6 * view.viewport().width()
    assert not view.isColumnHidden(1)  # the language stays beside the title
    tip = view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "characters" in tip and ("LTR" in tip or "RTL" in tip)  # what the columns said
    main_window.panels["library"].setFloating(True)
    main_window.panels["library"].resize(900, 400)
    _settle(qtbot)
    assert not any(view.isColumnHidden(column) for column in range(4))


def test_narrow_window_shows_each_panel_tab_label_whole(qtbot: Any, main_window: Any) -> None:
    from PySide6.QtWidgets import QTabBar

    main_window.resize(800, 600)
    _settle(qtbot)
    bars = [b for b in main_window.findChildren(QTabBar) if b.isVisible() and b.count() >= 4]
    assert bars, "the narrow window puts the panels in one tabbed column"
    for bar in bars:
        for tab in range(bar.count()):
            text = bar.tabText(tab)
            assert bar.tabRect(tab).right() <= bar.width(), f"tab {text!r} is off the bar"
            # Qt elides a label whose tab is narrower than the style asks for it.
            assert bar.tabRect(tab).width() >= bar.tabSizeHint(tab).width(), (
                f"tab {text!r} is elided"
            )


@pytest.mark.parametrize("size", [(1024, 768), (1600, 1000)])
def test_annotations_panel_shows_its_filters_and_the_quote_whole(
    qtbot: Any, main_window: Any, size: tuple[int, int]
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from policylens.ui.features.annotate import Annotate
    from policylens.ui.features.annotate.model import QUOTE

    main_window.resize(*size)
    _settle(qtbot)
    main_window.panels["annotations"].show()
    main_window.panels["annotations"].raise_()
    _settle(qtbot)
    panel = main_window.features.get(Annotate).panel
    for combo in (panel.category_filter, panel.annotator_filter, panel.status_filter):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), f"{text!r} clipped"
    table = panel.table
    assert not table.isColumnHidden(QUOTE) and table.columnViewportPosition(QUOTE) >= 0
    assert table.columnWidth(QUOTE) >= 0.3 * table.viewport().width()


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_wide_window_shows_each_legend_row_on_one_line(
    qtbot: Any, request: pytest.FixtureRequest, size: tuple[int, int], language: str
) -> None:
    # Persian category names are longer than the English ones and the panel is mirrored.
    fixture = "main_window" if language == "en" else "persian_main_window"
    main_window = request.getfixturevalue(fixture)
    legend = main_window.legend.list

    def rows() -> list[Any]:
        return [legend.visualRect(legend.model().index(r, 0)) for r in range(legend.count())]

    def one_line_each() -> bool:
        return max(r.height() for r in rows()) < 2 * legend.fontMetrics().lineSpacing()

    def settled() -> bool:  # Qt first scales the docks with the window, then the layout fits them
        return main_window.reader.width() >= 0.6 * main_window.width()

    main_window.resize(*size)
    _settle(qtbot)
    qtbot.waitUntil(lambda: settled() and one_line_each(), timeout=3000)
    assert all(legend.viewport().rect().contains(r) for r in rows())


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_wide_window_shows_library_titles_whole(
    qtbot: Any, main_window: Any, size: tuple[int, int]
) -> None:
    import re

    from policylens.ui.shell.title_delegate import title_lines, title_margin

    view = main_window.library_view
    model = view.model()
    line = view.fontMetrics().lineSpacing()

    def shown(row: int) -> list[str]:
        index = model.index(row, 0)
        rect = view.visualRect(index)
        room = rect.width() - 2 * title_margin(view.style())
        return title_lines(str(index.data()), view.font(), room, rect.height() // line)

    def whole(row: int) -> bool:  # wrapped between words, every word on show: nothing elided
        title = str(model.index(row, 0).data())
        return re.sub(r"\s", "", "".join(shown(row))) == re.sub(r"\s", "", title)

    main_window.resize(*size)
    _settle(qtbot)
    # The panels settle, then the rows fit their titles, a few event-loop turns after a resize.
    qtbot.waitUntil(lambda: all(whole(r) for r in range(model.rowCount())), timeout=3000)
