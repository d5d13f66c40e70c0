"""Compare from the main window (library multi-selection, Tools menu) and the coverage matrix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QApplication

from policylens.core.analysis import analyze
from policylens.core.compare import coverage
from policylens.core.loaders import load_document
from policylens.ui.features.compare import CompareController
from policylens.ui.features.compare.coverage import (
    CATEGORY_ROLE,
    COUNT_ROLE,
    SHA_ROLE,
    SILENT_COLOR,
    CoverageModel,
)


def test_coverage_model_passes_the_model_tester(qtbot: Any, samples: dict[str, Path]) -> None:
    documents = [load_document(p) for p in samples.values()]
    matrix = coverage((d.sha256, analyze(d)) for d in documents)
    model = CoverageModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_matrix(matrix, {d.sha256: d.title for d in documents}, {}, {})
    assert model.rowCount() == len(documents)
    assert model.columnCount() == len(matrix.categories) >= 10
    silent_cells = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(COUNT_ROLE) == 0
    ]
    assert silent_cells, "some sample must be silent on some category"
    cell = silent_cells[0]
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == SILENT_COLOR
    assert "says nothing about" in cell.data(Qt.ItemDataRole.ToolTipRole)
    full = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(COUNT_ROLE)
    )
    assert full.data(Qt.ItemDataRole.DisplayRole) == str(full.data(COUNT_ROLE))
    assert full.data(Qt.ItemDataRole.BackgroundRole).color().name() != SILENT_COLOR
    model.set_matrix(coverage([]), {}, {}, {})  # empty library: still a valid model
    assert model.rowCount() == 0


def _select_rows(window: Any, names: list[str]) -> None:
    view = window.library_view
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        summary = window.library_model.summary(model.mapToSource(model.index(row, 0)).row())
        if Path(summary.source_path or "").name in names:
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_library_selection_of_two_opens_the_compare_window(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    controller = main_window.features.get(CompareController)
    view = main_window.library_view
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert controller.compare_action.shortcut().toString() == "Ctrl+Shift+C"
    assert controller.compare_selected_action in view.actions()
    tools_texts = [a.text().replace("&", "") for a in main_window.menus.tools_menu.actions()]
    assert any("Coverage" in t for t in tools_texts) and any("Compare" in t for t in tools_texts)
    _select_rows(main_window, [samples["fa1"].name, samples["fa2"].name])
    assert controller.compare_selected_action.isEnabled()
    controller.compare_selected_action.trigger()
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=10000)
    compare_window = controller.windows[0]
    qtbot.waitUntil(lambda: compare_window.view.comparison is not None, timeout=20000)
    titles = {
        compare_window.view.pane_a.document_model.title,
        compare_window.view.pane_b.document_model.title,
    }
    assert len(titles) == 2
    assert compare_window.view.mode() == "policies"  # two different Persian policies
    compare_window.close_action.trigger()  # Esc
    qtbot.waitUntil(lambda: not controller.windows, timeout=5000)


def test_coverage_double_click_opens_the_first_clause_of_the_category(
    qtbot: Any, main_window: Any
) -> None:
    controller = main_window.features.get(CompareController)
    panel = controller.show_coverage()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=30000)
    assert main_window.panels["coverage"].isVisible()
    model = panel.model
    target = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(COUNT_ROLE)
        and model.index(r, c).data(SHA_ROLE) != main_window.reader.document_model.sha256
        and model.index(r, c).data(CATEGORY_ROLE) != "other"
    )
    sha, category = target.data(SHA_ROLE), target.data(CATEGORY_ROLE)
    with qtbot.waitSignal(main_window.session.analysis_applied, timeout=20000):
        panel.table.doubleClicked.emit(target)
    QApplication.processEvents()
    assert main_window.reader.document_model.sha256 == sha
    first = min(
        (c for c in main_window.clauses if category in c.category_ids), key=lambda c: c.start
    )
    cursor = main_window.reader.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (first.start, first.end)
    assert main_window.legend.selected_category() == category


def test_compare_dialog_offers_the_library_and_the_modes(qtbot: Any, main_window: Any) -> None:
    from policylens.ui.dialogs.compare_dialog import CompareDialog

    documents = main_window.store.documents.all()
    dialog = CompareDialog(documents, main_window, first=documents[2].sha256)
    qtbot.addWidget(dialog)
    a, b, mode = dialog.chosen()
    assert a == documents[2].sha256 and b != a and mode is None  # mode: suggested
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("versions"))
    assert dialog.chosen()[2] == "versions"


def test_compare_panes_colour_each_clause_as_the_reader_does(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    from policylens.view.clauses import visible_category

    shown = main_window.session.document
    assert Path(shown.source_path or "").name == samples["fa1"].name
    controller = main_window.features.get(CompareController)
    _select_rows(main_window, [samples["fa1"].name, samples["fa2"].name])
    controller.compare_selected_action.trigger()
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=10000)
    view = controller.windows[0].view
    qtbot.waitUntil(lambda: view.result is not None and not view.computing(), timeout=20000)
    result = view.result
    pane = result.clauses_a if view.document_a.sha256 == shown.sha256 else result.clauses_b

    def colours(clauses: Any) -> list[tuple[int, str | None]]:
        return [(c.start, visible_category(c, {"other"})) for c in clauses]

    assert colours(pane) == colours(main_window.session.clauses)
    controller.windows[0].close_action.trigger()
    qtbot.waitUntil(lambda: not controller.windows, timeout=5000)


def test_compare_dialog_offers_a_policy_in_the_same_language_when_there_is_no_other_version(
    qtbot: Any, main_window: Any, samples: dict[str, Path], monkeypatch: Any
) -> None:
    """The Persian sample has no other version nor translation in the library: B is the
    other Persian policy, not the library's first entry (a Swedish one)."""
    from tests.ui.test_main_window import choose_in_library

    from policylens.ui.dialogs.compare_dialog import CompareDialog

    offered: list[tuple[str, str, str | None]] = []

    def record(dialog: CompareDialog) -> int:
        offered.append(dialog.chosen())
        return 0

    monkeypatch.setattr(CompareDialog, "exec", record)
    choose_in_library(qtbot, main_window, samples["fa1"].name)
    main_window.features.get(CompareController).choose_and_compare()
    [(a, b, _mode)] = offered
    by_sha = {d.sha256: d for d in main_window.store.documents.all()}
    assert samples["fa1"].name in str(by_sha[a].source_path)
    assert samples["fa2"].name in str(by_sha[b].source_path)
