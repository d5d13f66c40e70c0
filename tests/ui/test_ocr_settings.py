"""Settings ▸ Scanned PDFs ▸ OCR language: Automatic by default, Tesseract's installed
languages by their own names, and for one that is missing the line that installs it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from policylens.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import isolate

BOX = "policylens.core.loaders.pdf.ocr.available_languages"


def _dialog(qtbot: Any) -> SettingsDialog:
    dialog = SettingsDialog(prefs.app_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _items(dialog: SettingsDialog) -> list[tuple[str, str]]:
    combo = dialog.ocr.combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_choice_is_automatic_then_an_installed_language_by_its_name(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BOX, lambda: {"eng", "fas", "kaz"})
    dialog = _dialog(qtbot)
    items = _items(dialog)
    assert items[0] == ("Automatic (found from the first page)", "")
    assert items[1:4] == [
        (f"{isolate('فارسی')} (fas)", "fas"),
        (f"{isolate('English')} (eng)", "eng"),
        (f"{isolate('Қазақ тілі')} (kaz)", "kaz"),
    ]
    assert dialog.ocr.value() == "" and dialog.ocr.note.isHidden()
    dialog.ocr.combo.setCurrentIndex(dialog.ocr.combo.findData("fas"))
    assert dialog.ocr.note.isHidden()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    again = prefs.app_settings()
    assert again.value("import/ocr_languages") == "fas"  # what File ▸ Open reads scans with
    assert SettingsValues.load(again).ocr_languages == "fas"
    assert _dialog(qtbot).ocr.value() == "fas"


def test_a_missing_language_says_how_to_install_it(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BOX, lambda: {"eng"})
    dialog = _dialog(qtbot)
    index = dialog.ocr.combo.findData("fas")
    assert dialog.ocr.combo.itemText(index) == f"{isolate('فارسی')} (fas) — not installed"
    dialog.ocr.combo.setCurrentIndex(index)
    assert not dialog.ocr.note.isHidden()
    assert "sudo apt-get install tesseract-ocr-fas" in dialog.ocr.note.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.ocr.value() == "" and dialog.ocr.note.isHidden()


def test_without_tesseract_the_note_says_what_to_install(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BOX, lambda: None)
    dialog = _dialog(qtbot)
    assert not dialog.ocr.note.isHidden()
    assert "apt-get install tesseract-ocr tesseract-ocr-fas" in dialog.ocr.note.text()


def test_a_combination_set_elsewhere_is_kept(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BOX, lambda: {"eng", "deu"})
    SettingsValues(ocr_languages="eng+deu").save(prefs.app_settings())
    dialog = _dialog(qtbot)
    assert dialog.ocr.value() == "eng+deu"
    assert (
        dialog.ocr.combo.currentText() == f"{isolate('English')} (eng) + {isolate('Deutsch')} (deu)"
    )
    assert dialog.values().ocr_languages == "eng+deu"
