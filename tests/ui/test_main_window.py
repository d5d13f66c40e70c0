"""The main window as a user meets it: library, reader, directions, errors, settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor

from policylens.core.loaders import load_document
from policylens.ui.shell.library_model import SHA_ROLE


def choose_in_library(qtbot: Any, window: Any, file_name: str) -> None:
    """Click the library row of a sample file (waits until the reader shows it)."""
    view = window.library_view
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        summary = window.library_model.summary(window.library_proxy.mapToSource(index).row())
        if file_name in str(summary.source_path):
            current = window.reader.document_model
            if current is not None and current.sha256 == summary.sha256:
                return
            rect = view.visualRect(index)
            with qtbot.waitSignal(window.session.document_shown, timeout=10000):
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{file_name} not in the library")


def test_window_opens_on_the_five_samples(main_window: Any) -> None:
    assert main_window.library_view.model().rowCount() == 5
    assert main_window.reader.document_model is not None
    titles = {main_window.library_model.summary(r).title for r in range(5)}
    assert len(titles) == 5
    for name in ("&File", "&Edit", "&View", "&Tools", "&Help"):
        assert name in [a.text() for a in main_window.menuBar().actions()]


def test_library_model_passes_the_model_tester(main_window: Any, qtmodeltester: Any) -> None:
    # pytest-qt runs PySide6.QtTest.QAbstractItemModelTester and fails on its warnings.
    qtmodeltester.check(main_window.library_model, force_py=False)
    main_window.refresh_library()
    qtmodeltester.check(main_window.library_model, force_py=False)


def test_choosing_a_document_shows_its_text_title_and_status(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    choose_in_library(qtbot, main_window, samples["kk"].name)
    expected = load_document(samples["kk"]).text
    assert main_window.reader.toPlainText() == expected
    assert main_window.reader.document_model.title in main_window.windowTitle()
    assert "\u2068" in main_window.windowTitle()  # user text isolated in the UI string
    assert main_window.status.size.text().endswith("¶")
    assert main_window.status.direction.text() == "LTR"


def _last_line_rect(reader: Any, block: Any) -> Any:
    reader.document().documentLayout().blockBoundingRect(block)  # make sure it is laid out
    layout = block.layout()
    return layout.lineAt(layout.lineCount() - 1).naturalTextRect()


def test_persian_paragraphs_are_right_aligned_and_rtl(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    for key in ("fa1", "fa2"):
        choose_in_library(qtbot, main_window, samples[key].name)
        reader = main_window.reader
        document = reader.document_model
        width = reader.document().textWidth() or reader.viewport().width()
        rtl_seen = 0
        for paragraph in document.paragraphs:
            block = reader.document().findBlock(paragraph.start)
            expected = (
                Qt.LayoutDirection.RightToLeft
                if paragraph.direction == "rtl"
                else Qt.LayoutDirection.LeftToRight
            )
            assert block.textDirection() == expected, document.text[paragraph.start :][:40]
            rect = _last_line_rect(reader, block)
            margin = reader.document().documentMargin()
            if paragraph.direction == "rtl":
                rtl_seen += 1
                assert rect.right() >= width - margin - 2, "RTL paragraph not on the right"
            else:
                assert rect.left() <= margin + 2, "LTR paragraph not on the left"
        assert rtl_seen > 5


def test_a_persian_line_with_a_url_keeps_the_url_in_one_run(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    choose_in_library(qtbot, main_window, samples["fa1"].name)
    reader = main_window.reader
    text = reader.document_model.text
    start = text.find("http")
    assert start > 0, "sample 000 has a URL inside Persian text"
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    # Inside an RTL paragraph the URL still reads left to right: each next character is
    # further right on screen than the one before (the boundary positions are ambiguous).
    points = []
    for index in range(start + 1, min(end, start + 12)):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(index)
        points.append((reader.cursorRect(cursor).y(), reader.cursorRect(cursor).x()))
    if len({y for y, _x in points}) == 1:  # not broken across lines
        xs = [x for _y, x in points]
        assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_a_bad_file_shows_the_loaders_message(
    qtbot: Any, main_window: Any, tmp_path: Path, errors_shown: list[tuple[str, str]]
) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with qtbot.waitSignal(main_window.import_finished, timeout=10000):
        main_window.open_path(str(bad))
    assert len(errors_shown) == 1
    _title, message = errors_shown[0]
    assert "broken.pdf" in message
    assert "Traceback" not in message
    assert main_window.library_view.model().rowCount() == 5


def test_opened_files_go_to_library_and_recent_menu(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    policy = tmp_path / "my policy.txt"
    policy.write_text("We collect your e-mail address.\nما ایمیل شما را جمع‌آوری می‌کنیم.\n")
    with qtbot.waitSignal(main_window.session.document_shown, timeout=10000):
        main_window.import_files([str(policy)])
    assert main_window.library_view.model().rowCount() == 6
    assert main_window.reader.toPlainText().startswith("We collect")
    recent = [a.text() for a in main_window.menus.recent_menu.actions()]
    assert any("my policy.txt" in text for text in recent)


def test_files_dropped_on_the_window_are_opened(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    policy = tmp_path / "dropped.txt"
    policy.write_text("Dropped policy text.\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(policy))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(main_window.session.document_shown, timeout=10000):
        main_window.dropEvent(event)
    assert main_window.reader.toPlainText() == "Dropped policy text.\n"


def test_zoom_geometry_and_last_document_are_remembered(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    from policylens.ui.shell.main_window import MainWindow

    choose_in_library(qtbot, main_window, samples["sv"].name)
    size = main_window.reader.point_size
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert main_window.reader.point_size == size + 1
    main_window.resize(640, 480)  # inside the offscreen 800×600 screen
    sha = main_window.reader.document_model.sha256
    main_window.close()

    again = MainWindow(main_window.store, language="en")
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.session.document_shown, timeout=10000):
        again.start([])
    assert again.reader.document_model.sha256 == sha
    assert again.reader.point_size == size + 1
    assert (again.width(), again.height()) == (640, 480)
    qtbot.keyClick(again.reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.reader.point_size == 12
    qtbot.waitUntil(lambda: again.runner.running() == 0, timeout=30000)
    again.close()


def test_library_row_knows_its_document(main_window: Any) -> None:
    index = main_window.library_model.index(0, 0)
    assert main_window.store.documents.exists(index.data(SHA_ROLE))
