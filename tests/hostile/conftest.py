"""The hostile tests' shared set-up: `library repair` uses the sqlite3 shell `make
sqlite-shell` builds (tests/sqlite_shell/sqlite3) when it is there and none was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

BUILT_SHELL = Path(__file__).resolve().parent.parent / "sqlite_shell" / "sqlite3"


@pytest.fixture(autouse=True)
def _built_sqlite_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    if BUILT_SHELL.is_file() and not os.environ.get("POLICYLENS_SQLITE3"):
        monkeypatch.setenv("POLICYLENS_SQLITE3", str(BUILT_SHELL))
