"""Issue 17 items 7 and 9: a damaged library is found at open, refused for writing and never
written into; `library check` and `library repair` (into a new file); the data folder being a
file is a message."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from policylens.core.errors import StoreError
from policylens.store.database import open_store
from tests.hostile.cli import assert_clean_failure, run_cli
from tests.hostile.library import filled_library

STORE_NAME = "policylens.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity_problems(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("pragma integrity_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


@pytest.fixture(scope="module")
def sound_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / STORE_NAME
    filled_library(path, 3)
    return path


def _damaged_copies(sound: Path, folder: Path, wanted: int) -> list[Path]:
    """Copies of `sound`, each with one random 4 KB overwrite that integrity_check finds (as
    in the issue: 12 such overwrites all opened without complaint)."""
    rng = random.Random(17)
    size = sound.stat().st_size
    found: list[Path] = []
    for trial in range(wanted * 4):
        data_dir = folder / f"damaged-{trial}"
        data_dir.mkdir()
        copy = data_dir / STORE_NAME
        shutil.copyfile(sound, copy)
        with copy.open("r+b") as file:
            file.seek(rng.randrange(100, size - 4096))
            file.write(rng.randbytes(4096))
        if _integrity_problems(copy):
            found.append(copy)
            if len(found) == wanted:
                break
        else:
            shutil.rmtree(data_dir)
    assert len(found) == wanted
    return found


def test_every_damage_integrity_check_sees_is_caught_at_open(
    sound_library: Path, tmp_path: Path
) -> None:
    for copy in _damaged_copies(sound_library, tmp_path, 12):
        before = _digest(copy)
        store = open_store(copy)
        try:
            assert store.read_only
            assert "is damaged" in store.read_only_reason
            assert "library repair" in store.read_only_reason
            with pytest.raises(StoreError, match="read-only"):
                store.annotations.add(store.documents.all()[0].sha256, 0, 5, "other", annotator="x")
        except sqlite3.DatabaseError:
            pass  # so damaged that even listing fails: still nothing was written
        finally:
            store.close()
        assert _digest(copy) == before


def test_damaged_library_commands_give_messages_and_write_nothing(
    sound_library: Path, tmp_path: Path, samples: dict[str, Path]
) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"text": "We collect your e-mail address."}) + "\n")
    for copy in _damaged_copies(sound_library, tmp_path, 1):
        before = _digest(copy)
        data = copy.parent
        imported = run_cli(tmp_path, "annotations", "import", str(labels), data_dir=data)
        assert_clean_failure(imported)
        assert "read-only" in imported.stderr and "damaged" in imported.stderr
        for args in (
            ("search", "data"),
            ("annotations", "export", "--format", "csv", "-o", str(tmp_path / "a.csv")),
            ("export", "0", "-o", str(tmp_path / "a.pdf")),
        ):
            result = run_cli(tmp_path, *args, data_dir=data)
            assert "Traceback" not in result.stderr, (args, result.stderr)
            assert "damaged" in result.stderr, (args, result.stderr)
        assert _digest(copy) == before


def test_library_check_and_repair(sound_library: Path, tmp_path: Path) -> None:
    sound = run_cli(tmp_path, "library", "check", "--json", data_dir=sound_library.parent)
    assert sound.returncode == 0, sound.stderr
    assert json.loads(sound.stdout)["ok"] is True

    copy = _damaged_copies(sound_library, tmp_path, 1)[0]
    before = _digest(copy)
    checked = run_cli(tmp_path, "library", "check", "--json", data_dir=copy.parent)
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is False and report["problems"]

    repaired = run_cli(tmp_path, "library", "repair", "--json", data_dir=copy.parent)
    assert repaired.returncode == 0, repaired.stderr
    result = json.loads(repaired.stdout)
    assert _digest(copy) == before  # the damaged file is never touched
    target = Path(result["recovered_to"])
    assert target.parent == copy.parent and target != copy
    assert result["ok"] is True
    assert result["recovered"]["documents"] >= 1

    new_home = tmp_path / "recovered"
    new_home.mkdir()
    target.rename(new_home / STORE_NAME)
    again = run_cli(tmp_path, "library", "check", data_dir=new_home)
    assert again.returncode == 0 and "ok" in again.stdout
    found = run_cli(tmp_path, "search", "data", "--json", data_dir=new_home)
    assert found.returncode == 0 and json.loads(found.stdout)["hits"]
    # The recovered library is a normal one: it takes new annotations.
    store = open_store(new_home / STORE_NAME)
    try:
        assert not store.read_only
        document = store.documents.all()[0].sha256
        store.annotations.add(document, 0, 5, "other", annotator="after repair")
    finally:
        store.close()


def test_repair_never_overwrites(sound_library: Path, tmp_path: Path) -> None:
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"mine")
    result = run_cli(
        tmp_path, "library", "repair", "-o", str(existing), data_dir=sound_library.parent
    )
    assert_clean_failure(result)
    assert existing.read_bytes() == b"mine"


def test_a_changed_file_is_checked_again(sound_library: Path, tmp_path: Path) -> None:
    """The unchanged-file shortcut must not hide damage done after the last check, even when
    the attacker puts the modification time back."""
    copy = tmp_path / STORE_NAME
    shutil.copyfile(sound_library, copy)
    open_store(copy).close()  # checked: the stamp is written
    info = copy.stat()
    with copy.open("r+b") as file:
        file.seek(info.st_size // 2)
        file.write(b"\xff" * 4096)
    os.utime(copy, ns=(info.st_atime_ns, info.st_mtime_ns))
    if not _integrity_problems(copy):
        pytest.skip("this overwrite happened to hit free space")
    store = open_store(copy)
    try:
        assert "is damaged" in store.read_only_reason
    finally:
        store.close()


def test_data_folder_that_is_a_file(tmp_path: Path, samples: dict[str, Path]) -> None:
    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("x")
    for args in (("search", "x"), ("analyze", str(samples["en"])), ("library", "check")):
        result = run_cli(tmp_path, *args, data_dir=not_a_folder)
        assert_clean_failure(result)
        assert "is a file, not a folder" in result.stderr
