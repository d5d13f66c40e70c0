"""`library repair` with SQLite's own `.recover` (issue 17): on the same 12 damaged libraries as
`test_library_health`, it gets back at least every row that copying the readable rows gets, the
damaged file is never changed; without a capable sqlite3 shell, repair says so and copies the
readable rows."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from policylens.store.salvage import recover
from policylens.store.sqlite_recover import can_recover
from tests.hostile.cli import run_cli
from tests.hostile.conftest import BUILT_SHELL
from tests.hostile.library import filled_library
from tests.hostile.test_library_health import STORE_NAME, _damaged_copies


@pytest.fixture(scope="module")
def sound_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / STORE_NAME
    filled_library(path, 3)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _not_a_recovering_shell(folder: Path) -> Path:
    """A "sqlite3" whose .recover outputs only its preamble, as Debian 12's 3.40.1 does."""
    fake = folder / "sqlite3"
    fake.write_text("#!/bin/sh\necho 'BEGIN;'\necho 'COMMIT;'\n")
    fake.chmod(0o755)
    return fake


@pytest.fixture
def shell() -> Path:
    if not (BUILT_SHELL.is_file() and can_recover(str(BUILT_SHELL))):
        pytest.skip("no sqlite3 shell with .recover: run `make sqlite-shell`")
    return BUILT_SHELL


def test_recover_gets_back_at_least_what_the_row_copy_gets(
    sound_library: Path, tmp_path: Path, shell: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _not_a_recovering_shell(tmp_path)
    totals = {"sqlite .recover": 0, "row copy": 0}
    for copy in _damaged_copies(sound_library, tmp_path, 12):
        before = _digest(copy)
        monkeypatch.setenv("POLICYLENS_SQLITE3", str(fake))
        copied = recover(copy, copy.with_name("copied.sqlite3"))
        monkeypatch.setenv("POLICYLENS_SQLITE3", str(shell))
        rebuilt = recover(copy, copy.with_name("rebuilt.sqlite3"))
        assert _digest(copy) == before
        assert (copied.method, rebuilt.method) == ("row copy", "sqlite .recover")
        assert not rebuilt.problems_after
        for table, rows in copied.recovered.items():
            assert rebuilt.recovered[table] >= rows, (copy, table, copied, rebuilt)
        totals[copied.method] += sum(copied.recovered.values())
        totals[rebuilt.method] += sum(rebuilt.recovered.values())
    print(f"rows back from 12 damaged libraries: {totals}")
    assert totals["sqlite .recover"] > totals["row copy"]


def test_repair_through_the_cli_names_the_method(
    sound_library: Path, tmp_path: Path, shell: Path
) -> None:
    copy = _damaged_copies(sound_library, tmp_path, 1)[0]
    repaired = run_cli(tmp_path, "library", "repair", data_dir=copy.parent)
    assert repaired.returncode == 0, repaired.stderr
    assert f"Rebuilt by SQLite's .recover ({shell})" in repaired.stdout
    assert "was not used" not in repaired.stderr


def test_without_a_capable_shell_repair_says_so_and_copies_rows(
    sound_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYLENS_SQLITE3", str(_not_a_recovering_shell(tmp_path)))
    copy = _damaged_copies(sound_library, tmp_path, 1)[0]
    before = _digest(copy)
    repaired = run_cli(tmp_path, "library", "repair", "--json", data_dir=copy.parent)
    assert repaired.returncode == 0, repaired.stderr
    assert "SQLite's .recover was not used" in repaired.stderr
    assert "no working .recover" in repaired.stderr
    result = json.loads(repaired.stdout)
    assert result["method"] == "row copy" and result["ok"] is True
    assert result["recovered"]["documents"] >= 1
    assert _digest(copy) == before
