"""UI tests run without a screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- the main window on a library of the five samples (shared by the UI tests) ---------------
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error dialogs are recorded instead of blocking the test on `exec()`."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, message: str, details: str = "") -> None:
        shown.append((title, message))

    monkeypatch.setattr("policylens.ui.shell.main_window.show_error", record)
    return shown


def _window_after_first_start(qtbot: Any, language: str) -> Any:
    from policylens.ui.app import create_application
    from policylens.ui.infra.i18n import apply_language
    from policylens.ui.shell.main_window import MainWindow

    apply_language(create_application(), language)
    window = MainWindow(language=language)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.session.document_shown, timeout=20000):
        window.start([])
    qtbot.waitUntil(lambda: window.runner.running() == 0, timeout=30000)
    return window


def _close(window: Any) -> None:
    window.runner.cancel_all()
    window.runner.wait(10000)
    window.store.close()


@pytest.fixture
def main_window(qtbot: Any, errors_shown: list[tuple[str, str]]) -> Iterator[Any]:
    """The window after first start: samples imported, the first one shown, work finished."""
    window = _window_after_first_start(qtbot, "en")
    yield window
    _close(window)


@pytest.fixture
def persian_main_window(
    qtbot: Any, errors_shown: list[tuple[str, str]], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """The same window with the Persian interface (mirrored); English again afterwards."""
    from policylens.ui.infra import i18n

    monkeypatch.setenv(i18n.CACHE_DIR_ENV, str(tmp_path / "qm-cache"))
    window = _window_after_first_start(qtbot, "fa")
    yield window
    _close(window)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.apply_language(app, "en")
