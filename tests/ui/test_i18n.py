"""The Persian interface: translators, mirrored layout, the .qm built on demand."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from policylens.ui.infra import i18n

PERSIAN = re.compile(r"[\u0600-\u06FF]")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def persian(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The application in Persian for one test, English again afterwards."""
    monkeypatch.setenv(i18n.CACHE_DIR_ENV, str(tmp_path / "cache"))
    i18n.apply_language(qapp, "fa")
    yield qapp
    i18n.apply_language(qapp, "en")


def test_persian_mirrors_the_application_and_translates(persian: Any) -> None:
    assert persian.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("Menus", "&File") == "&پرونده"
    # Qt's own strings (standard buttons) come from qtbase_fa when PySide6 ships it.
    assert i18n.format_number(1234) in ("۱٬۲۳۴", "١٬٢٣٤", "۱,۲۳۴")


def test_english_is_left_to_right_and_untranslated(qapp: Any) -> None:
    i18n.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert i18n.format_number(12) == QLocale().toString(12)


def test_main_window_in_persian(persian: Any, qtbot: Any) -> None:
    from policylens.ui.shell.main_window import MainWindow

    window = MainWindow(language="fa", import_samples=False)
    qtbot.addWidget(window)
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        titles = [action.text() for action in window.menuBar().actions()]
        for persian_title in ("&پرونده", "&ویرایش", "&نما", "&ابزارها", "&راهنما"):
            assert persian_title in titles
        assert window.panels["library"].windowTitle() == "کتابخانه"
        # The library, put on the reading side first, is on the right in Persian.
        area = window.dockWidgetArea(window.panels["library"])
        assert area == Qt.DockWidgetArea.RightDockWidgetArea
        header = window.library_model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "عنوان"
        # Category names come from the taxonomy in the UI language, not from the .ts.
        assert any(PERSIAN.search(name) for name in window.session.names.values())
    finally:
        window.store.close()


def test_the_qm_is_compiled_into_the_cache_when_missing(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "translations"
    sources.mkdir()
    shutil.copy(REPO / "resources" / "translations" / "policylens_fa.ts", sources)
    monkeypatch.setattr(i18n, "translations_dir", lambda: sources)
    monkeypatch.setenv(i18n.CACHE_DIR_ENV, str(tmp_path / "cache"))
    compiled = i18n.qm_file("fa")
    assert compiled is not None and compiled.parent == tmp_path / "cache" / "translations"
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("Menus", "&Help") == "&راهنما"
    assert i18n.qm_file("fa") == compiled  # second start: no new compile
    # A .qm next to the .ts that is newer than it is used as it is (make / bundle).
    built = sources / "policylens_fa.qm"
    shutil.copy(compiled, built)
    assert i18n.qm_file("fa") == built


def test_a_bundle_without_ts_uses_its_qm(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.qm_file("fa") is None
    (tmp_path / "policylens_fa.qm").write_bytes(b"")
    assert i18n.qm_file("fa") == tmp_path / "policylens_fa.qm"


def test_persian_system_locale_starts_persian(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.ui.app import ui_language

    monkeypatch.setattr(i18n, "system_language", lambda: "fa")
    assert ui_language(None) == "fa"
    assert ui_language("en") == "en"


def test_persian_menus_name_the_return_key_as_on_the_keyboard(persian: Any) -> None:
    from PySide6.QtGui import QKeySequence

    shown = QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
    assert "بازگشت" not in shown  # "go back": Qt's own Persian name for Return
    assert shown == "Enter"


def test_persian_window_binds_no_key_twice_and_return_confirms(persian: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from policylens.ui.shell.main_window import MainWindow

    window = MainWindow(language="fa", import_samples=False)
    qtbot.addWidget(window)
    try:
        owners: dict[str, list[str]] = {}
        for action in window.findChildren(QAction):
            keys = [
                s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()
            ]
            # In Persian "Enter" was read as Return's translated name: Return twice, and Qt
            # refused the key as ambiguous (the suggestion was not confirmed).
            assert len(keys) == len(set(keys)), f"{action.text()!r}: {keys}"
            for key in keys:
                owners.setdefault(key, []).append(action.text())
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}
        assert len(owners["Return"]) == len(owners["Enter"]) == 1
        assert owners["Return"] == owners["Enter"]  # Confirm Suggestion, both keys
    finally:
        window.close()
        window.store.close()
