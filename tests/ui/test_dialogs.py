"""Every dialog opens in English and in Persian; in Persian it is right-to-left and speaks
Persian. Settings are kept in the INI file; About shows the licences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
)

from policylens.ui.dialogs.about_dialog import LIBRARIES, AboutDialog
from policylens.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from policylens.ui.features.annotate import Annotate
from policylens.ui.infra import i18n
from policylens.ui.infra import settings as prefs

PERSIAN = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(params=["en", "fa"])
def language(
    request: pytest.FixtureRequest, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    monkeypatch.setenv(i18n.CACHE_DIR_ENV, str(tmp_path / "cache"))
    i18n.apply_language(qapp, request.param)
    yield request.param
    i18n.apply_language(qapp, "en")


def _labels(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def _check_language(dialog: Any, language: str) -> None:
    dialog.show()
    if language == "fa":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert PERSIAN.search(dialog.windowTitle()), dialog.windowTitle()
    else:
        assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert not PERSIAN.search(dialog.windowTitle())


def test_settings_dialog_opens_in_each_language(language: str, qtbot: Any) -> None:
    dialog = SettingsDialog(prefs.app_settings(), running_language=language)
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    labels = _labels(dialog)
    if language == "fa":
        assert dialog.windowTitle() == "تنظیمات"
        assert "نام &حاشیه‌نویس:" in labels
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert PERSIAN.search(ok.text() + cancel.text())  # Qt's own qtbase_fa
    else:
        assert dialog.windowTitle() == "Settings"
        assert "&Annotator name:" in labels
    # The dialog says that the language applies on restart.
    assert dialog.restart_note.text() in labels


def test_about_dialog_opens_in_each_language(language: str, qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    if language == "fa":
        assert dialog.windowTitle() == "درباره PolicyLens"
        assert all(PERSIAN.search(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count()))
    # Licence texts are English whatever the UI language: shown left-to-right.
    for view in dialog.findChildren(QPlainTextEdit):
        assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_other_dialogs_are_right_to_left_in_persian(language: str, qtbot: Any) -> None:
    """Dialogs of the compare and annotate tools: mirrored in Persian (their strings are
    their authors' to wrap)."""
    compare_dialog = pytest.importorskip("policylens.ui.dialogs.compare_dialog")
    CompareDialog = compare_dialog.CompareDialog
    try:
        dialog = CompareDialog([], None)  # type: ignore[arg-type]
    except TypeError:
        pytest.skip("CompareDialog's constructor changed")
    qtbot.addWidget(dialog)
    dialog.show()
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
    )
    assert dialog.layoutDirection() == expected


def test_settings_are_saved_on_ok_and_read_back(qtbot: Any) -> None:
    settings = prefs.app_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.annotator.setText("  Sara  ")
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.point_size.setValue(16)
    dialog.auto_highlights.setChecked(False)
    dialog.confirmed_only.setChecked(True)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    assert dialog.language_changed()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    again = prefs.app_settings()  # a fresh QSettings reads the INI file
    assert prefs.annotator_name(again) == "Sara"
    assert again.value("annotator/name") == "Sara"  # the key the annotation tools read
    assert prefs.interface_language(again) == "fa"
    assert prefs.reader_point_size(again, 11.0) == 16.0
    assert prefs.export_auto_highlights(again) is False
    assert prefs.export_confirmed_only(again) is True
    assert prefs.export_page_size(again) == "Letter"
    assert SettingsValues.load(again) == dialog.values()


def test_cancel_keeps_the_settings_and_restore_defaults_keeps_the_name(qtbot: Any) -> None:
    settings = prefs.app_settings()
    SettingsValues(annotator="Ali", point_size=18, page_size="Letter").save(settings)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.annotator.text() == "Ali"
    assert dialog.point_size.value() == 18
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.values() == SettingsValues(annotator="Ali")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert prefs.reader_point_size(prefs.app_settings(), 11.0) == 18


def test_settings_dialog_is_keyboard_accessible(qtbot: Any) -> None:
    dialog = SettingsDialog(prefs.app_settings())
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.annotator, dialog.language, dialog.point_size, dialog.page_size} <= buddies
    for check in (dialog.auto_highlights, dialog.confirmed_only):
        assert "&" in check.text()


def test_about_lists_the_licences_and_running_versions(qtbot: Any) -> None:
    from importlib.metadata import version

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "librariesTable")
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert len(rows) == len(LIBRARIES)
    assert rows["fpdf2"] == (version("fpdf2"), "LGPL-3.0")
    assert rows["PySide6 (Qt for Python)"][1] == "LGPL-3.0"
    texts = [view.toPlainText() for view in dialog.findChildren(QPlainTextEdit)]
    assert any(t.startswith("MIT License") for t in texts)
    ofl = [t for t in texts if "SIL OPEN FONT LICENSE Version 1.1" in t]
    assert len(ofl) == 2  # Vazirmatn and Noto Sans
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Font: Vazirmatn" in tabs and "Font: Noto Sans" in tabs


def test_menus_open_the_dialogs(
    main_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append("settings") or 0)
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append("about") or 0)
    assert main_window.menus.settings_action.shortcut().toString() == "Ctrl+,"
    main_window.menus.settings_action.trigger()
    main_window.menus.about_action.trigger()
    assert opened == ["settings", "about"]


def test_settings_ok_applies_the_text_size(
    main_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(self: SettingsDialog) -> int:
        self.point_size.setValue(17)
        self.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    main_window.menus.settings_action.trigger()
    assert main_window.reader.point_size == 17


# -- annotate and compare: every dialog in both languages --------------------------------
def _summary(title: str, sha: str) -> Any:
    return SimpleNamespace(title=title, language="fa", sha256=sha)


def test_note_dialog_in_each_language(language: str, qtbot: Any) -> None:
    from policylens.ui.dialogs.annotate_dialogs import NoteDialog

    annotation = SimpleNamespace(quote="ما داده‌ها را نگه می‌داریم", note="", status="concern")
    dialog = NoteDialog(annotation, "Data retention", None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    statuses = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    if language == "fa":
        assert dialog.windowTitle() == "یادداشت"
        assert "نگرانی" in statuses and "(هیچ)" in statuses
    else:
        assert dialog.windowTitle() == "Comment"
        assert "concern" in statuses
    assert dialog.values() == ("", "concern")  # stored in English whatever is shown


def test_agreement_dialog_in_each_language(language: str, qtbot: Any) -> None:
    from policylens.store.agreement import AgreementReport, CategoryAgreement
    from policylens.ui.dialogs.annotate_dialogs import AgreementDialog

    report = AgreementReport(
        "sha", ["Sara", "Nima"], {"retention": CategoryAgreement("retention", 10, {"Sara": 3})}
    )
    dialog = AgreementDialog(report, {"retention": "نگهداری"}, "Policy", None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    headers = [
        dialog.table.horizontalHeaderItem(i).text() for i in range(dialog.table.columnCount())
    ]
    if language == "fa":
        assert dialog.windowTitle() == "توافق میان حاشیه‌نویس‌ها"
        assert headers[:2] == ["دسته", "بندها"]
        assert headers[2] == "\u2068Sara\u2069 (بله)"  # the name in its own direction
        assert any("توافق" not in h and "کوهن" in h for h in headers)
    else:
        assert headers[:2] == ["Category", "Clauses"]


def test_carry_over_dialog_in_each_language(language: str, qtbot: Any) -> None:
    from policylens.store.carry_over import CarryOverResult
    from policylens.ui.dialogs.annotate_dialogs import CarryOverDialog

    lost = SimpleNamespace(category="retention", annotator="Sara", quote="old text", note="why")
    result = CarryOverResult("new", [], [lost])  # type: ignore[list-item]
    dialog = CarryOverDialog("…", result, {"retention": "نگهداری"}, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    if language == "fa":
        assert dialog.windowTitle() == "برچسب‌های منتقل‌شده"
        assert "جانگرفته (هنوز روی نسخهٔ قدیمی):" in _labels(dialog)
        assert "یادداشت: \u2068why\u2069" in dialog.unplaced.item(0).text()


def test_annotator_name_prompt_in_each_language(language: str, qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from policylens.ui.dialogs.annotate_dialogs import ask_annotator_name

    seen: list[Any] = []

    def look() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, QInputDialog):
            QTimer.singleShot(10, look)
            return
        seen.append((prompt.windowTitle(), prompt.labelText(), prompt.layoutDirection()))
        prompt.setTextValue("  Sara ")
        prompt.accept()

    QTimer.singleShot(0, look)
    assert ask_annotator_name(None) == "Sara"  # type: ignore[arg-type]
    ((title, label, direction),) = seen
    if language == "fa":
        assert title == "حاشیه‌نویس" and PERSIAN.search(label)
        assert direction == Qt.LayoutDirection.RightToLeft
    else:
        assert title == "Annotator"


def test_compare_picker_in_each_language(language: str, qtbot: Any) -> None:
    from policylens.ui.dialogs.compare_dialog import CompareDialog

    documents = [_summary("سیاست یک", "a" * 64), _summary("Policy two", "b" * 64)]
    dialog = CompareDialog(documents, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _check_language(dialog, language)
    modes = [dialog.mode_combo.itemText(i) for i in range(dialog.mode_combo.count())]
    if language == "fa":
        assert dialog.windowTitle() == "مقایسهٔ دو سند"
        assert "نسخه‌های یک سیاست‌نامه" in modes
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "&مقایسه"
    else:
        assert "Versions of one policy" in modes


def test_compare_window_in_each_language(language: str, qtbot: Any) -> None:
    from policylens.core.document import Document
    from policylens.core.taxonomy import load_taxonomy
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.infra.workers import TaskRunner

    categories = load_taxonomy().categories
    runner = TaskRunner()
    window = CompareWindow(
        runner, {c.id: c.color for c in categories}, {c.id: c.name(language) for c in categories}
    )
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    view = window.view
    if language == "fa":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.windowTitle() == "مقایسه — PolicyLens"
        assert menus == ["&مقایسه", "&راهنما"]
        assert view.next_button.text() == "بعدی ◀"
        colours = [view.colour_combo.itemText(i) for i in range(view.colour_combo.count())]
        assert colours == ["تغییرها", "دسته‌ها"]
        assert all(PERSIAN.search(c.name("fa")) for c in categories)  # taxonomy in Persian
    else:
        assert menus == ["&Compare", "&Help"]
    a = Document.from_text("یک. دو.", title="الف", format="txt")
    window.compare(a, a)
    assert "\u2068الف\u2069 ↔ \u2068الف\u2069" in window.windowTitle()  # titles isolated
    window.close()
    runner.wait(5000)


def test_annotations_dock_in_persian(language: str, qtbot: Any) -> None:
    from policylens.ui.shell.main_window import MainWindow

    window = MainWindow(language=language, import_samples=False)
    qtbot.addWidget(window)
    try:
        annotate = window.features.get(Annotate)
        model = annotate.panel.model
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
        menus = [action.text() for action in window.menuBar().actions()]
        if language == "fa":
            assert annotate.dock.windowTitle() == "برچسب‌ها"
            assert headers == ["نقل‌قول", "دسته", "وضعیت", "حاشیه‌نویس", "یادداشت", "منشأ"]
            assert "&حاشیه‌نویسی" in menus
            assert annotate.annotator_label.text() == "حاشیه‌نویس: (تنظیم نشده)"
            tools = [a.text() for a in window.menus.tools_menu.actions()]
            assert "&ماتریس پوشش…" in tools
            _check_language(annotate.search, language)  # Search the library
            assert annotate.search.windowTitle() == "جست‌وجو در کتابخانه"
            assert PERSIAN.search(annotate.search.query.placeholderText())
        else:
            assert annotate.dock.windowTitle() == "Annotations"
            assert headers[0] == "Quote"
            _check_language(annotate.search, language)
            assert annotate.search.windowTitle() == "Search the library"
    finally:
        window.store.close()


def test_settings_justify_switches_the_reader_and_is_kept(
    main_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not main_window.reader.justified  # ragged by default

    def accept(self: SettingsDialog) -> int:
        self.justified.setChecked(True)
        self.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    main_window.menus.settings_action.trigger()
    assert main_window.reader.justified
    assert SettingsValues.load(main_window.settings).justified
