"""Every dialog opens in English and in Persian; in Persian it is right-to-left and speaks
Persian. Settings are kept in the INI file; About shows the licences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QTableWidget

from policylens.ui import i18n
from policylens.ui import settings as prefs
from policylens.ui.dialogs.about_dialog import LIBRARIES, AboutDialog
from policylens.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues

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
    compare_dialog = pytest.importorskip("policylens.ui.compare.dialog")
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
