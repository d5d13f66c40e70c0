"""Small things a reviewer meets on the first day: error messages that name the file once,
library titles that stay distinguishable when elided, search hits marked in their snippets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from policylens.store.search import SearchHit
from policylens.ui.features.annotate.hit_delegate import MATCH_BACKGROUND, MATCH_STYLE, hit_html


def test_an_empty_file_is_named_once_in_the_error(
    qtbot: Any, main_window: Any, tmp_path: Path, errors_shown: list[tuple[str, str]]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(main_window.import_finished, timeout=10000):
        main_window.open_path(str(empty))
    [(_title, message)] = errors_shown
    assert message.count("empty.txt") == 1, message
    assert "is empty" in message


def test_titles_differing_only_at_the_end_stay_distinguishable(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    from policylens.ui.shell.title_delegate import title_lines, title_margin

    long_name = "Privacy Policy of the Example Music Streaming Service, its Websites, Mobile Apps"
    titles = [f"{long_name}, Smart Speakers and Newsletters ({year})" for year in (2023, 2024)]
    paths = []
    for number, title in enumerate(titles):
        path = tmp_path / f"v{number}.md"
        path.write_text(f"# {title}\n\nWe collect your e-mail address ({number}).\n")
        paths.append(str(path))
    with qtbot.waitSignal(main_window.import_finished, timeout=20000):
        main_window.import_files(paths)
    main_window.resize(800, 600)
    main_window.panels["library"].show()
    main_window.panels["library"].raise_()
    view = main_window.library_view
    model = view.model()
    rows = [r for r in range(model.rowCount()) if "Newsletters" in model.index(r, 0).data()]
    assert len(rows) == 2, [model.index(r, 0).data() for r in range(model.rowCount())]
    line = view.fontMetrics().lineSpacing()
    # The rows fit their titles a few event-loop turns after the panel has its width.
    qtbot.waitUntil(lambda: all(view.rowHeight(r) >= 3 * line for r in rows), timeout=3000)
    shown = []
    for row in rows:
        rect = view.visualRect(model.index(row, 0))
        room = view.viewport().rect().intersected(rect).width() - 2 * title_margin(view.style())
        lines = title_lines(
            model.index(row, 0).data(),
            view.font(),
            room,
            rect.height() // view.fontMetrics().lineSpacing(),
        )
        assert len(lines) >= 2, "a long title gets more than one line"
        assert lines[-1].endswith(("(2023)", "(2024)")), "the end of the title stays in sight"
        # In a narrower column the last line is elided in its middle: the end still shows.
        narrow = title_lines(model.index(row, 0).data(), view.font(), 120)
        assert "…" in narrow[-1] and narrow[-1].endswith(("(2023)", "(2024)")), narrow
        shown.append((tuple(lines), view.viewport().grab(rect).toImage()))
    assert shown[0][0] != shown[1][0]
    assert shown[0][1] != shown[1][1], "the two rows look alike"
    tips = [
        model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())
    ]
    for title in titles:
        assert any(tip.startswith(title) for tip in tips)


def test_a_search_hit_shows_its_match_marked() -> None:
    hit = SearchHit("sha", "فارسی", 10, 15, "…اطلاعات شما میشود <b>.", (13, 18))
    html = hit_html(hit)
    assert f'<span style="{MATCH_STYLE}">میشود</span>' in html
    assert MATCH_BACKGROUND in MATCH_STYLE
    assert "&lt;b&gt;" in html  # the text is escaped, never taken as markup
    assert 'dir="rtl"' in html


def test_the_status_bar_names_the_documents_language(qtbot: Any, main_window: Any) -> None:
    """ "Language: fa" told a reviewer a code; the language's own name reads at a glance."""
    documents = main_window.store.documents.all()
    persian = next(d for d in documents if d.language == "fa")
    with qtbot.waitSignal(main_window.session.document_shown, timeout=20000):
        main_window.open_document(persian.sha256)
    label = main_window.status.language.text()
    assert "فارسی" in label and "(fa)" in label, label


def test_a_selected_title_in_an_unfocused_window_is_painted_in_that_windows_colours(
    qtbot: Any,
) -> None:
    """The title delegate paints the text itself: in the colours the style gives the row's
    background (an unfocused window's selection), not always the focused window's."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItemModel
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

    from policylens.ui.shell.title_delegate import TitleDelegate

    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), "Privacy Policy — Background Music")
    view.setModel(model)
    delegate = TitleDelegate(view)
    palette = view.palette()
    marker = QColor(255, 0, 255)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, marker)
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, "white")
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.palette = palette
    option.rect = QRect(0, 0, 400, 30)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Selected
    image = QImage(400, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    colours = {image.pixelColor(x, y).rgb() for x in range(400) for y in range(30)}
    assert marker.rgb() in colours


def test_a_search_match_stays_dark_on_amber_in_the_selected_row(qtbot: Any) -> None:
    """The selected row's text turns white; the match kept it, white on amber."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

    from policylens.ui.features.annotate.hit_delegate import HIT_ROLE, HitDelegate

    view = QListView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    item = QStandardItem()
    hit = SearchHit(
        "sha", "Privacy Policy", 0, 7, "…the Service uses cookies that allow…", (17, 24)
    )
    item.setData(hit, HIT_ROLE)
    model.appendRow(item)
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 500, 50)
    option.state = (
        QStyle.StateFlag.State_Enabled
        | QStyle.StateFlag.State_Selected
        | QStyle.StateFlag.State_Active
    )
    image = QImage(500, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    HitDelegate(view).paint(painter, option, model.index(0, 0))
    painter.end()
    amber = QColor(MATCH_BACKGROUND).rgb()
    columns = [x for x in range(500) for y in range(50) if image.pixelColor(x, y).rgb() == amber]
    assert columns, "no match marked"
    dark = [
        (x, y)
        for x in range(min(columns), max(columns) + 1)
        for y in range(50)
        if image.pixelColor(x, y).lightness() < 80
    ]
    assert len(dark) > 20, "the match's letters are not dark on its amber"


def test_a_search_hit_in_a_window_in_the_background_takes_the_inactive_text_colour(
    qtbot: Any,
) -> None:
    """A style may draw the selected row of an inactive window grey with dark text: white text
    (the active colour) would vanish on it."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from policylens.ui.features.annotate.hit_delegate import text_colour

    option = QStyleOptionViewItem()
    palette = QPalette()
    text = QPalette.ColorRole.HighlightedText
    palette.setColor(QPalette.ColorGroup.Active, text, QColor("white"))
    palette.setColor(QPalette.ColorGroup.Inactive, text, QColor("black"))
    option.palette = palette
    selected = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Selected
    option.state = selected | QStyle.StateFlag.State_Active
    assert text_colour(option) == QColor("white")
    option.state = selected
    assert text_colour(option) == QColor("black")
