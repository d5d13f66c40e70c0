"""File ▸ Export PDF…: options, a file name, the PDF written off the GUI thread, cancel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from policylens.core.loaders import load_document
from policylens.core.taxonomy import load_taxonomy
from policylens.export.pdf_model import PdfOptions
from policylens.ui.dialogs.pdf_export_dialog import ExportOptionsDialog
from policylens.ui.features.pdf_export import PdfExporter
from policylens.ui.infra import i18n
from policylens.ui.infra import settings as prefs

PERSIAN = re.compile(r"[\u0600-\u06FF]")


def _show_persian(qtbot: Any, window: Any, samples: dict[str, Path]) -> str:
    sha = load_document(samples["fa1"]).sha256
    with qtbot.waitSignal(window.session.analysis_applied, timeout=30000):
        window.open_document(sha)
    return sha


def _export(qtbot: Any, exporter: PdfExporter, path: Path, options: PdfOptions) -> None:
    assert exporter.export_to(path, options) is not None
    qtbot.waitUntil(lambda: not exporter.exporting(), timeout=60000)


def _highlights(path: Path) -> list[Any]:
    found = []
    for page in PdfReader(path).pages:
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            if annotation["/Subtype"] == "/Highlight":
                found.append(annotation)
    return found


def test_export_from_the_menu_writes_a_pdf_with_highlights(
    qtbot: Any,
    main_window: Any,
    samples: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    exporter: PdfExporter = window.features.get(PdfExporter)
    assert exporter.action.isEnabled()
    assert exporter.action.shortcut().toString() == "Ctrl+E"
    _show_persian(qtbot, window, samples)
    out = tmp_path / "out" / "policy.pdf"
    out.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(out.with_suffix("")), ""  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    exporter.action.trigger()
    qtbot.waitUntil(lambda: not exporter.exporting(), timeout=60000)
    assert asked and asked[0].endswith(".pdf")
    assert out.exists()
    assert _highlights(out)
    assert str(out) in window.statusBar().currentMessage()
    assert exporter.open_pdf_button.isVisible() and exporter.open_folder_button.isVisible()
    # The folder is remembered for the next export.
    exporter.action.trigger()
    qtbot.waitUntil(lambda: not exporter.exporting(), timeout=60000)
    assert Path(asked[1]).parent == out.parent


def test_category_filter_and_automatic_highlights_change_the_pdf(
    qtbot: Any, main_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    window = main_window
    exporter: PdfExporter = window.features.get(PdfExporter)
    _show_persian(qtbot, window, samples)
    every = tmp_path / "every.pdf"
    _export(qtbot, exporter, every, PdfOptions(ui_language="en"))
    retention = tmp_path / "retention.pdf"
    options = PdfOptions(categories=frozenset({"data_retention"}), ui_language="en")
    _export(qtbot, exporter, retention, options)
    none = tmp_path / "none.pdf"
    _export(qtbot, exporter, none, PdfOptions(auto_highlights=False, ui_language="en"))
    all_highlights, kept = _highlights(every), _highlights(retention)
    assert 0 < len(kept) < len(all_highlights)
    assert all(str(h["/Contents"]).startswith("Data retention") for h in kept)
    assert _highlights(none) == []


def test_cancelling_leaves_no_file(
    qtbot: Any, main_window: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    window = main_window
    exporter: PdfExporter = window.features.get(PdfExporter)
    _show_persian(qtbot, window, samples)
    out = tmp_path / "cancelled.pdf"
    exporter.export_to(out, PdfOptions())
    assert exporter.progress_dialog is not None
    exporter.progress_dialog.cancel()
    qtbot.waitUntil(lambda: not exporter.exporting(), timeout=60000)
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_unwritable_folder_gets_a_message_not_a_traceback(
    qtbot: Any,
    main_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "policylens.ui.shell.main_window.show_error",
        lambda _parent, _title, message, details="": shown.append(message + details),
    )
    exporter: PdfExporter = main_window.features.get(PdfExporter)
    _export(qtbot, exporter, tmp_path / "missing" / "x.pdf", PdfOptions())
    assert shown and "does not exist" in shown[0] and "Traceback" not in shown[0]


@pytest.fixture(params=["en", "fa"])
def language(
    request: pytest.FixtureRequest, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    monkeypatch.setenv(i18n.CACHE_DIR_ENV, str(tmp_path / "cache"))
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


def test_options_dialog_opens_in_each_language(language: str, qtbot: Any) -> None:
    settings = prefs.app_settings()
    prefs.set_export_defaults(
        settings, auto_highlights=False, confirmed_only=True, page_size="Letter"
    )
    dialog = ExportOptionsDialog(settings, load_taxonomy().categories, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [box.text() for box in dialog.category_boxes.values()]
    assert len(names) == 10
    if language == "fa":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert PERSIAN.search(dialog.windowTitle())
        assert all(PERSIAN.search(name) for name in names)
    else:
        assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dialog.windowTitle() == "Export PDF"
    # The defaults come from the settings; unticking a category filters the export.
    options = dialog.options(language)
    assert (options.auto_highlights, options.confirmed_only, options.page_size) == (
        False,
        True,
        "Letter",
    )
    assert options.categories is None
    dialog.category_boxes["other"].setChecked(False)
    categories = dialog.options(language).categories
    assert categories is not None and "other" not in categories and len(categories) == 9
    # Notes and the cover's language are the user's choice too.
    assert dialog.options(language).notes is True
    assert dialog.options(language).document_language_cover is False
    dialog.notes.setChecked(False)
    dialog.cover_language.setCurrentIndex(dialog.cover_language.findData("document"))
    chosen = dialog.options(language)
    assert chosen.notes is False and chosen.document_language_cover is True


def test_options_dialog_offers_the_last_notes_and_cover_choices(qtbot: Any) -> None:
    from policylens.ui.dialogs.pdf_export_dialog import COVER_LANGUAGE_KEY, NOTES_KEY

    settings = prefs.app_settings()
    settings.setValue(NOTES_KEY, "false")
    settings.setValue(COVER_LANGUAGE_KEY, "document")
    dialog = ExportOptionsDialog(settings, load_taxonomy().categories, language="en")
    qtbot.addWidget(dialog)
    options = dialog.options("en")
    assert options.notes is False and options.document_language_cover is True
