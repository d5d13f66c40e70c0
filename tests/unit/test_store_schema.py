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


def _stored_a_line_a_paragraph(path: Path, document: Document) -> None:
    """The library as a version before `hard_wrap` left it: a hard-wrapped text stored and
    indexed a line a paragraph, at schema 5."""
    store = open_store(path)
    store.documents.add(document)
    store.close()
    lines = [
        [p.start + i, p.start + i + len(line), p.language, p.direction]
        for p in document.paragraphs
        for i, line in _lines_at(document.text[p.start : p.end])
    ]
    conn = sqlite3.connect(path)
    conn.execute("update documents set paragraphs = ?", [json.dumps(lines)])
    conn.execute("delete from search_index")
    conn.executemany(
        'insert into search_index (text, document, start, "end") values (?, ?, ?, ?)',
        [(document.text[s:e], document.sha256, s, e) for s, e, *_ in lines],
    )
    conn.execute("pragma user_version = 5")
    conn.commit()
    conn.close()


def _lines_at(text: str) -> list[tuple[int, str]]:
    at, found = 0, []
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def test_a_hard_wrapped_text_stored_a_line_a_paragraph_is_read_and_found_a_paragraph_at_a_time(
    tmp_path: Path,
) -> None:
    from tests.unit.test_hard_wrap import POLICY, _wrapped

    path = tmp_path / "lib.sqlite3"
    document = Document.from_text(_wrapped(POLICY, 60), title="wrapped", format="txt")
    _stored_a_line_a_paragraph(path, document)
    # The old index had "… telephone number with the" and "courier company that …" apart.
    assert "with the\ncourier company" in document.text
    store = open_store(path)
    reopened = store.documents.get(document.sha256)
    assert reopened is not None and reopened.paragraphs == document.paragraphs
    assert [h.document for h in store.search('"the courier company"')] == [document.sha256]
    store.close()
