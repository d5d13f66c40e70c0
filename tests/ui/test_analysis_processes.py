"""The window analyses a large policy with its worker process: the same clauses as one
analysis, and no process left behind once the window is closed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from tests.bench.open_highlight import make_policy

from policylens.core.learn.apply import analyze_with_model


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A child not yet reaped is a zombie: it is gone too.
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" in status.read_text()


def test_a_large_policy_is_analysed_by_the_worker_and_closing_ends_it(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYLENS_ANALYSIS_PROCESSES", "1")
    from policylens.ui.app import create_application
    from policylens.ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow(language="en", import_samples=False)
    qtbot.addWidget(window)
    window.show()
    window.start([])
    qtbot.waitUntil(lambda: window.analysis_pool.pids() != [], timeout=10000)
    (pid,) = window.analysis_pool.pids()
    deadline = time.monotonic() + 60
    while not window.analysis_pool.ready():  # a user opens a file after the window is up
        assert time.monotonic() < deadline
        qtbot.wait(50)
    used: list[bool] = []
    analyze = window.analysis_pool.analyze

    def recorded(*args: Any, **kwargs: Any) -> Any:
        clauses = analyze(*args, **kwargs)
        used.append(clauses is not None)
        return clauses

    monkeypatch.setattr(window.analysis_pool, "analyze", recorded)

    policy = make_policy(tmp_path)
    with qtbot.waitSignal(window.session.analysis_applied, timeout=60000):
        window.open_path(str(policy))
    assert used == [True]
    document = window.session.document
    assert document is not None
    whole = analyze_with_model(document, use_model=False, use_shipped=True)
    assert [c.to_json() for c in window.session.clauses] == [c.to_json() for c in whole]
    assert window.store_jobs.read(lambda s: s.documents.exists(document.sha256))

    window.close()
    assert _gone(pid)
    window.store.close()


def test_a_file_analysed_while_it_is_stored_is_highlighted_once_shown(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policylens.ui.app import create_application
    from policylens.ui.shell import work
    from policylens.ui.shell.main_window import MainWindow

    store_loaded = work.store_loaded

    def slow_store(*args: Any) -> Any:
        time.sleep(1.5)  # the analysis started when the file was read: it waits
        return store_loaded(*args)

    monkeypatch.setattr(work, "store_loaded", slow_store)
    create_application()
    window = MainWindow(language="en", import_samples=False)
    qtbot.addWidget(window)
    window.show()
    policy = tmp_path / "short.txt"
    policy.write_text("Privacy\n\nWe collect your email address.\n", encoding="utf-8")
    analysed: list[str] = []
    window.session.analysis_applied.connect(analysed.append)
    with qtbot.waitSignal(window.session.analysis_applied, timeout=20000):
        window.open_path(str(policy))
    qtbot.wait(200)
    document = window.session.document
    assert document is not None and analysed == [document.sha256]
    assert any(c.categories for c in window.session.clauses)
    window.close()
    window.store.close()
