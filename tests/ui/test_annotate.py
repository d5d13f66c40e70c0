"""Labelling and review in the real main window: keys, undo/redo, notes, panel, search,
export → import round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from policylens.store.annotations import Annotation
from policylens.ui.features.annotate import Annotate

PERSIAN = "000_fdf60dbe90fb21c6"
NAME = "Sara"


def wait_idle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.runner.running() == 0, timeout=20000)


@pytest.fixture
def annotating(main_window: Any, qtbot: Any) -> Iterator[Any]:
    """The main window with annotations installed, showing the Persian sample, analysed."""
    from policylens.ui.features.annotate.controller import ANNOTATOR_KEY

    window = main_window
    window.settings.setValue(ANNOTATOR_KEY, NAME)
    sha = next(d.sha256 for d in window.store.documents.all() if PERSIAN in (d.source_path or ""))
    shown = window.reader.document_model
    if shown is None or shown.sha256 != sha or not window.clauses:
        with qtbot.waitSignal(window.session.analysis_applied, timeout=20000):
            window.open_document(sha)
    wait_idle(qtbot, window)
    window.reader.setFocus()
    yield window


def stored(window: Any) -> list[Annotation]:
    with window.store_jobs.locked():
        return window.store.annotations.for_document(window.reader.document_model.sha256)


def state(window: Any) -> list[tuple[Any, ...]]:
    return sorted(
        (a.id, a.start, a.end, a.category, a.state, a.origin, a.note, a.status)
        for a in stored(window)
    )


def press(qtbot: Any, window: Any, key: Qt.Key | str) -> None:
    if isinstance(key, str):
        qtbot.keyClicks(window.reader, key)
    else:
        qtbot.keyClick(window.reader, key)
    wait_idle(qtbot, window)


def test_key_1_labels_the_selection_of_the_persian_sample(annotating: Any, qtbot: Any) -> None:
    window = annotating
    text = window.reader.document_model.text
    start = text.index("میشود")
    window.reader.select_range(start, start + len("میشود"))
    press(qtbot, window, "1")
    (annotation,) = stored(window)
    assert (annotation.start, annotation.end) == (start, start + 5)
    assert annotation.quote == "میشود"
    assert annotation.category == "first_party_collection_use"
    assert annotation.annotator == NAME
    assert annotation.origin == "manual" and annotation.state == "confirmed"
    # The annotator moved on to the next clause, the panel lists the label.
    assert window.reader.cursor_index() > start
    assert window.features.get(Annotate).panel.model.rowCount() == 1
    assert window.features.get(Annotate).redraw() == 1


def clause_with_suggestion(window: Any, after: int = 0) -> Any:
    return next(c for c in window.clauses if c.categories and c.start >= after)


def put_cursor(window: Any, index: int) -> None:
    window.reader.select_range(index, index)


def test_confirm_and_reject_suggestions_from_the_keyboard(annotating: Any, qtbot: Any) -> None:
    from policylens.ui.features.annotate.actions import suggested_category

    window = annotating
    first = clause_with_suggestion(window)
    put_cursor(window, first.start + 1)
    press(qtbot, window, Qt.Key.Key_Return)
    (confirmed,) = stored(window)
    assert (confirmed.start, confirmed.end) == (first.start, first.end)
    assert confirmed.category == suggested_category(first)
    assert (confirmed.origin, confirmed.state, confirmed.annotator) == ("auto", "confirmed", NAME)

    second = clause_with_suggestion(window, first.end)
    put_cursor(window, second.start + 1)
    press(qtbot, window, "n")
    rejected = next(a for a in stored(window) if a.start == second.start)
    assert (rejected.origin, rejected.state) == ("auto", "rejected")
    assert rejected.category == suggested_category(second)
    assert window.reader.cursor_index() >= second.end  # moved on to the next clause

    # Pressing another number on a label changes its category instead of adding one.
    put_cursor(window, first.start + 1)
    press(qtbot, window, "2")
    relabelled = next(a for a in stored(window) if a.id == confirmed.id)
    assert relabelled.category == "third_party_sharing_collection"
    assert len(stored(window)) == 2

    # Delete on your label removes it; Y confirms (same as Enter).
    put_cursor(window, first.start + 1)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert [a.id for a in stored(window)] == [rejected.id]
    put_cursor(window, first.start + 1)
    press(qtbot, window, "y")
    assert len(stored(window)) == 2


def test_undo_redo_restores_the_store_each_time(annotating: Any, qtbot: Any) -> None:
    window = annotating
    labeller = window.features.get(Annotate).labeller
    stack = window.features.get(Annotate).controller.undo_stack
    text = window.reader.document_model.text
    first = clause_with_suggestion(window)
    second = clause_with_suggestion(window, first.end)
    states = [state(window)]

    start = text.index("میشود")
    window.reader.select_range(start, start + 5)
    press(qtbot, window, "1")  # add
    states.append(state(window))
    window.reader.select_range(start, start + 5)
    press(qtbot, window, "3")  # re-categorise
    states.append(state(window))
    labeller.set_note(stored(window)[0], "روشن نیست", "question")  # note + status
    wait_idle(qtbot, window)
    states.append(state(window))
    put_cursor(window, first.start)
    press(qtbot, window, "y")  # confirm
    states.append(state(window))
    put_cursor(window, second.start)
    press(qtbot, window, "n")  # reject
    states.append(state(window))
    window.reader.select_range(start, start + 5)
    press(qtbot, window, Qt.Key.Key_Backspace)  # delete
    states.append(state(window))
    assert len({tuple(s) for s in states}) == len(states)  # every step changed something
    assert stack.count() == len(states) - 1

    for expected in reversed(states[:-1]):
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, window)
        assert state(window) == expected
    for expected in states[1:]:
        qtbot.keyClick(
            window.reader,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        wait_idle(qtbot, window)
        assert state(window) == expected  # same ids: a restored label keeps its id


def test_note_and_status_through_the_comment_dialog(
    annotating: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from policylens.ui.dialogs.annotate_dialogs import NoteDialog

    window = annotating
    clause = clause_with_suggestion(window)
    put_cursor(window, clause.start)
    press(qtbot, window, "5")

    def fill_in(dialog: NoteDialog) -> int:
        dialog.note.setPlainText("  مدت نگهداری مشخص نیست  ")
        dialog.status.setCurrentIndex(dialog.status.findData("concern"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", fill_in)
    # The cursor moved on to the next clause: Ctrl+M comments on the label just made.
    assert window.reader.cursor_index() >= clause.end
    qtbot.keyClick(window.reader, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    (annotation,) = stored(window)
    assert (annotation.note, annotation.status) == ("مدت نگهداری مشخص نیست", "concern")
    assert annotation.category == "data_retention"
    panel = window.features.get(Annotate).panel
    assert panel.model.index(0, 2).data() == "concern"
    assert "مدت" in panel.model.index(0, 4).data()


def test_annotations_panel_model_and_filters(annotating: Any, qtbot: Any) -> None:
    window = annotating
    sha = window.reader.document_model.sha256
    text = window.reader.document_model.text
    start = text.index("میشود")
    with window.store_jobs.locked():
        add = window.store.annotations.add
        add(sha, start, start + 5, "data_retention", annotator="Ali", status="ok")
        add(sha, 0, 20, "other", annotator=NAME, note="عنوان", status="question")
        add(sha, 200, 230, "data_retention", annotator=NAME, origin="auto", state="rejected")
    window.features.get(Annotate).controller.refresh()
    wait_idle(qtbot, window)
    panel = window.features.get(Annotate).panel
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(panel.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.proxy.rowCount() == 3
    assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Quote", "Category", "Status", "Annotator", "Note", "Origin",
    ]  # fmt: skip

    def rows() -> list[str]:
        return sorted(
            panel.proxy.index(r, 3).data() + ":" + panel.proxy.index(r, 2).data()
            for r in range(panel.proxy.rowCount())
        )

    panel.category_filter.setCurrentIndex(panel.category_filter.findData("data_retention"))
    assert rows() == ["Ali:ok", f"{NAME}:"]
    panel.annotator_filter.setCurrentIndex(panel.annotator_filter.findData(NAME))
    assert rows() == [f"{NAME}:"]
    assert panel.proxy.index(0, 5).data() == "suggestion rejected"
    panel.category_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("question"))
    assert rows() == [f"{NAME}:question"]
    panel.status_filter.setCurrentIndex(0)
    panel.annotator_filter.setCurrentIndex(0)
    panel.text_filter.setText("می‌شود")  # with ZWNJ: finds the quote written without it
    assert rows() == ["Ali:ok"]
    panel.text_filter.clear()

    # The view switch narrows the panel and the reader to one annotator (or two).
    from policylens.ui.features.annotate.controller import ViewMode

    window.features.get(Annotate).controller.set_view(ViewMode(("Ali",)))
    assert rows() == ["Ali:ok"]
    assert window.features.get(Annotate).redraw() == 1
    window.features.get(Annotate).controller.set_view(ViewMode(("Ali", NAME)))
    assert window.features.get(Annotate).redraw() == 3
    window.features.get(Annotate).controller.set_view(ViewMode())

    # Double-click jumps to the text.
    index = next(
        panel.proxy.index(r, 0)
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 3).data() == "Ali"
    )
    panel.table.doubleClicked.emit(index)
    cursor = window.reader.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, start + 5)


def test_search_sees_through_zwnj_and_jumps(annotating: Any, qtbot: Any) -> None:
    window = annotating
    persian = window.reader.document_model
    other = next(d for d in window.store.documents.all() if d.sha256 != persian.sha256)
    with qtbot.waitSignal(window.session.document_shown, timeout=20000):
        window.open_document(other.sha256)
    wait_idle(qtbot, window)
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.features.get(Annotate).search
    assert dialog.isVisible()
    dialog.query.setText("می‌شود")
    dialog.run_search()
    wait_idle(qtbot, window)
    hits = [dialog.model.hit(r) for r in range(dialog.model.rowCount())]
    ours = [h for h in hits if h.document == persian.sha256]
    assert ours and all(persian.text[h.start : h.end] == "میشود" for h in ours)
    row = hits.index(ours[0])
    dialog.results.setCurrentIndex(dialog.model.index(row, 0))
    with qtbot.waitSignal(window.session.document_shown, timeout=20000):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.reader.document_model.sha256 == persian.sha256
    assert window.reader.textCursor().selectedText() == "میشود"
    dialog.close()


def test_a_search_answered_after_its_dialog_is_gone_is_dropped(annotating: Any, qtbot: Any) -> None:
    """Closing the window while a search runs: the late answer must not touch deleted widgets
    (it raised "Internal C++ object already deleted" into the next test)."""
    import shiboken6

    window = annotating
    dialog = window.features.get(Annotate).search
    with window.store_jobs.locked():  # hold the store so the answer comes after the deletion
        dialog.query.setText("اطلاعات")
        dialog.run_search()
        shiboken6.delete(dialog)
    wait_idle(qtbot, window)
    assert not shiboken6.isValid(dialog)


def test_export_then_import_into_an_empty_store(
    annotating: Any, qtbot: Any, tmp_path: Path
) -> None:
    from policylens.store import open_store
    from policylens.ui.shell.main_window import MainWindow

    window = annotating
    clause = clause_with_suggestion(window)
    put_cursor(window, clause.start)
    press(qtbot, window, "y")
    text = window.reader.document_model.text
    start = text.index("میشود")
    window.reader.select_range(start, start + 5)
    press(qtbot, window, "7")
    window.features.get(Annotate).labeller.set_note(stored(window)[-1], "یادداشت", "ok")
    wait_idle(qtbot, window)
    mine = sorted((a.start, a.end, a.category, a.note, a.status, a.origin) for a in stored(window))

    exported = tmp_path / "labels.jsonl"
    window.features.get(Annotate).transfers.export(exported)
    wait_idle(qtbot, window)
    assert "Exported annotations" in window.features.get(Annotate).transfers.last_message
    window.features.get(Annotate).transfers.export(tmp_path / "labels.csv")
    wait_idle(qtbot, window)
    assert (tmp_path / "labels.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    empty = open_store(tmp_path / "empty" / "library.db")
    fresh = MainWindow(empty, import_samples=False)
    qtbot.addWidget(fresh)
    try:
        fresh.features.get(Annotate).transfers.import_file(exported)
        wait_idle(qtbot, fresh)
        message = fresh.features.get(Annotate).transfers.last_message
        assert "5 new document(s)" in message and "2 annotation(s) added" in message
        sha = window.reader.document_model.sha256
        again = empty.annotations.for_document(sha)
        assert (
            sorted((a.start, a.end, a.category, a.note, a.status, a.origin) for a in again) == mine
        )
        assert {a.annotator for a in again} == {NAME}
        assert fresh.library_model.rowCount() == 5
    finally:
        fresh.runner.wait(10000)
        empty.close()


def test_read_only_library_disables_labelling(annotating: Any, qtbot: Any) -> None:
    window = annotating
    window.store.session.read_only_reason = "another PolicyLens (pid 1) has the library."
    try:
        window.reader.select_range(0, 10)
        window.features.get(Annotate).labeller.label("other")
        assert stored(window) == []
        assert "read-only" in window.statusBar().currentMessage()
        window.features.get(Annotate).labeller.set_read_only(window.store.read_only_reason)
        assert not window.features.get(Annotate).labeller.category_actions[0].isEnabled()
    finally:
        window.store.session.read_only_reason = ""


def test_annotator_name_is_asked_once_and_shown(
    annotating: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policylens.ui.dialogs import annotate_dialogs as dialogs
    from policylens.ui.features.annotate.controller import ANNOTATOR_KEY

    window = annotating
    window.settings.remove(ANNOTATOR_KEY)
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda *_a: asked.append(1) or "Nima")
    put_cursor(window, clause_with_suggestion(window).start)
    press(qtbot, window, "1")
    put_cursor(window, clause_with_suggestion(window, stored(window)[0].end).start)
    press(qtbot, window, "2")
    assert asked == [1]
    assert {a.annotator for a in stored(window)} == {"Nima"}
    assert window.features.get(Annotate).annotator_label.text() == "Annotator: Nima"


def test_agreement_report_for_two_annotators(annotating: Any, qtbot: Any) -> None:
    window = annotating
    sha = window.reader.document_model.sha256
    clauses = [c for c in window.clauses if c.end > c.start][:6]
    with window.store_jobs.locked():
        for number, clause in enumerate(clauses):
            window.store.annotations.add(
                sha, clause.start, clause.end, "data_security", annotator="A"
            )
            if number % 3:
                window.store.annotations.add(
                    sha, clause.start, clause.end, "data_security", annotator="B"
                )
    window.features.get(Annotate).agreement_report()
    wait_idle(qtbot, window)
    report = window.features.get(Annotate).last_report
    assert report.annotators == ["A", "B"]
    assert report.categories["data_security"].kappa is not None


def test_new_version_carries_annotations_over_and_lists_the_rest(
    annotating: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = annotating
    old = window.reader.document_model
    text = old.text
    kept = text.index("میشود")
    window.reader.select_range(kept, kept + 5)
    press(qtbot, window, "1")
    last = text.rstrip().rsplit("\n", 1)[-1]
    gone = text.index(last)
    window.reader.select_range(gone, gone + len(last))
    press(qtbot, window, "7")
    assert len(stored(window)) == 2
    # The new version: the last paragraph rewritten, a sentence added at the top.
    new_text = "نسخه جدید سیاست حریم خصوصی.\n" + text.replace(last, "این بند به کلی بازنویسی شد.")
    path = tmp_path / "policy-v2.txt"
    path.write_text(new_text, encoding="utf-8")

    transfers = window.features.get(Annotate).transfers
    asked: list[Any] = []
    shown: list[Any] = []
    transfers.ask_carry_over = lambda match: asked.append(match) or True
    transfers.show_unplaced = lambda match, result: shown.append(result)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_files([str(path)])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    wait_idle(qtbot, window)
    assert [m.old for m in asked] == [old.sha256]
    (result,) = shown
    assert [p.old.quote for p in result.placed] == ["میشود"]
    assert [a.quote for a in result.unplaced] == [last]  # listed, not dropped
    with window.store_jobs.locked():
        carried = window.store.annotations.for_document(result.new_document)
    assert [(a.quote, a.category, a.annotator) for a in carried] == [
        ("میشود", "first_party_collection_use", NAME)
    ]
