"""Opening stores: versions, migrations with a backup, foreign files left untouched."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from policylens.core.document import Document
from policylens.core.errors import StoreError
from policylens.store import SCHEMA_VERSION, open_store
from policylens.store.database import MIGRATIONS, backup_path


def _v1_store(path: Path, text: str) -> Document:
    db = sqlite_utils.Database(path)
    MIGRATIONS[0](db)
    db.conn.execute("pragma user_version = 1")
    document = Document.from_text(text, title="old", format="txt")
    db.table("documents").insert(
        {
            "sha256": document.sha256,
            "title": "old",
            "format": "txt",
            "language": "fa",
            "direction": "rtl",
            "chars": len(text),
            "source_path": None,
            "encoding": None,
            "paragraphs": json.dumps([[0, len(text), "fa", "rtl"]]),
            "text": text,
            "imported": "2024-01-01T00:00:00",
        }
    )
    db.conn.commit()
    db.conn.close()
    return document


def test_migrating_an_old_store_keeps_a_backup_and_indexes_old_documents(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    document = _v1_store(path, "این سیاست حفظ حریم خصوصی می‌شود")
    store = open_store(path)
    assert store.db.conn.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.documents.get(document.sha256) is not None
    assert [h.document for h in store.search("ميشود")] == [document.sha256]
    backup = backup_path(path, 1)
    old = sqlite3.connect(backup)
    assert old.execute("pragma user_version").fetchone()[0] == 1
    assert old.execute("select title from documents").fetchall() == [("old",)]
    old.close()


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"pragma user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer PolicyLens"):
        open_store(path)


@pytest.mark.parametrize(
    "content",
    [os.urandom(3000), b"Meeting notes\nnot a database at all\n" * 100],
    ids=["random-bytes", "text-file"],
)
def test_a_file_that_is_not_a_store_is_reported_and_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="left untouched"):
        open_store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3"]


def test_another_programs_sqlite_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table contacts (name text)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert path.read_bytes() == before


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "lib.sqlite3")
    assert store.db.conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.conn.execute("pragma foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.conn.execute(
            'insert into annotations (document, start, "end", quote, category, annotator,'
            " created, updated) values ('nope', 0, 1, 'x', 'other', 99, '', '')"
        )


def test_a_writer_holding_the_database_too_long_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    store = open_store(path, busy_timeout=0.1)
    document = Document.from_text("some text here", title="t", format="txt")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("begin immediate")
    try:
        with pytest.raises(StoreError, match="busy"):
            store.documents.add(document)
    finally:
        other.execute("rollback")
        other.close()
    assert store.documents.add(document)


def test_memory_store_works_like_a_file(tmp_path: Path) -> None:
    store = open_store(memory=True)
    assert not store.read_only
    document = Document.from_text("hello world", title="t", format="txt")
    store.documents.add(document)
    assert store.annotations.add(document.sha256, 0, 5, "other", annotator="a").quote == "hello"


def test_stores_of_one_process_share_the_writer_lock(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    worker, main = open_store(path), open_store(path)  # e.g. the GUI's two threads
    assert not worker.read_only and not main.read_only
    document = Document.from_text("shared text", title="t", format="txt")
    worker.documents.add(document)
    main.annotations.add(document.sha256, 0, 6, "other", annotator="a")
    worker.close()
    main.close()
    assert not open_store(path).read_only
