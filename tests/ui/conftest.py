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


@pytest.fixture
def main_window(qtbot: Any, errors_shown: list[tuple[str, str]]) -> Iterator[Any]:
    """The window after first start: samples imported, the first one shown, work finished."""
    from policylens.ui.app import create_application
    from policylens.ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.session.document_shown, timeout=20000):
        window.start([])
    qtbot.waitUntil(lambda: window.runner.running() == 0, timeout=30000)
    yield window
    window.runner.cancel_all()
    window.runner.wait(10000)
    window.store.close()
