"""Issue 17 item 8: a read-only library (444 file, 555 folder, read-only medium) opens for
reading, and every message says read-only, not damaged."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.store.database import open_store, read_only_reason
from tests.hostile.cli import as_ordinary_user, assert_clean_failure, run_cli

TEXT = "Privacy policy\nWe collect your e-mail address to send you receipts.\n"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    store = open_store(folder / "policylens.sqlite3")
    try:
        document = Document.from_text(TEXT, title="Policy", format="txt")
        store.documents.add(document)
        store.annotations.add(document.sha256, 15, 22, "first_party_collection_use", annotator="a")
    finally:
        store.close()
    for leftover in folder.glob("policylens.sqlite3.*"):
        leftover.unlink()
    yield folder
    folder.chmod(0o755)  # let pytest clean up


@pytest.mark.parametrize("how", ["444 file", "555 folder"])
def test_read_only_library_reads_and_says_read_only(
    library: Path, tmp_path: Path, how: str
) -> None:
    database = library / "policylens.sqlite3"
    if how == "444 file":
        database.chmod(0o444)
    else:
        library.chmod(0o555)
    before = database.read_bytes()
    user = as_ordinary_user()

    found = run_cli(tmp_path, "search", "e-mail", "--json", data_dir=library, prefix=user)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["hits"]
    assert "read-only" in found.stderr and "damaged" not in found.stderr

    listed = run_cli(
        tmp_path, "annotations", "export", "--format", "jsonl", data_dir=library, prefix=user
    )
    assert listed.returncode == 0, listed.stderr
    assert "first_party_collection_use" in listed.stdout

    exported = run_cli(
        tmp_path, "export", "0", "-o", str(tmp_path / "out.pdf"), data_dir=library, prefix=user
    )
    assert exported.returncode == 2 or exported.returncode == 0, exported.stderr
    assert "damaged" not in exported.stderr and "Traceback" not in exported.stderr

    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"text": "Another policy text."}) + "\n")
    imported = run_cli(
        tmp_path, "annotations", "import", str(labels), data_dir=library, prefix=user
    )
    assert_clean_failure(imported)
    assert "read-only" in imported.stderr and "damaged" not in imported.stderr
    assert database.read_bytes() == before


def test_read_only_medium_is_named(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only mount needs privileges a test does not have: its statvfs flag is faked."""
    real = os.statvfs

    class ReadOnlyMount:
        def __init__(self, path: str) -> None:
            self.f_flag = real(path).f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", ReadOnlyMount)
    database = library / "policylens.sqlite3"
    assert "read-only medium" in read_only_reason(database)
    store = open_store(database)
    try:
        assert store.read_only and "read-only medium" in store.read_only_reason
        assert store.search("e-mail")
    finally:
        store.close()
