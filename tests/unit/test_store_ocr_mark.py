"""A document read by OCR stays marked as OCR in the library (languages, confidence): after
reopening, after a schema upgrade, in a team library, through `library copy` both ways and
through a JSONL export and import."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import sqlite_utils

from policylens.core.document import Document
from policylens.export.jsonl_import import import_jsonl
from policylens.export.labels import export_jsonl
from policylens.store import SCHEMA_VERSION, open_store
from policylens.store.copy import copy_library
from policylens.store.database import MIGRATIONS, backup_path
from policylens.store.pg import schema as pg_schema
from policylens.store.pg.admin import init_team

OCR = {
    "method": "ocr",
    "pages": 2,
    "dropped": ["صفحه ۱"],
    "ocr": {"engine": "tesseract 5", "languages": "fas", "confidence": 0.912, "pages": [1, 2]},
}


def _scanned() -> Document:
    return Document.from_text(
        "سیاست حفظ حریم خصوصی\nما نشانی ایمیل شما را نگه می‌داریم.",
        title="اسکن",
        format="pdf",
        source_path="/tmp/scan.pdf",
        headings=[0],
        extraction=OCR,
    )


def _typed() -> Document:
    return Document.from_text("We keep your e-mail address.", title="typed", format="txt")


def test_a_reopened_library_still_says_the_text_was_read_by_ocr(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    store = open_store(path)
    store.documents.add(_scanned())
    store.documents.add(_typed())
    store.close()
    again = open_store(path)
    scanned = again.documents.get(_scanned().sha256)
    typed = again.documents.get(_typed().sha256)
    again.close()
    assert scanned is not None and typed is not None
    assert scanned.info()["extraction"] == OCR
    assert scanned.paragraphs[0].heading
    assert "extraction" not in typed.info()


def test_a_schema_3_library_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    db = sqlite_utils.Database(path)
    for migration in MIGRATIONS[:3]:
        migration(db)
    db.conn.execute("pragma user_version = 3")
    row = {"sha256": "ab" * 32, "title": "old", "format": "txt", "text": "old text"}
    db.table("documents").insert({**row, "paragraphs": "[]"})
    db.conn.commit()
    db.conn.close()

    store = open_store(path)
    assert store.db.conn.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION == 6
    old = store.documents.get("ab" * 32)
    assert old is not None and old.extraction is None
    store.documents.add(_scanned())
    scanned = store.documents.get(_scanned().sha256)
    store.close()
    assert scanned is not None and scanned.info()["extraction"] == OCR
    backup = sqlite3.connect(backup_path(path, 3))
    assert backup.execute("pragma user_version").fetchone()[0] == 3
    assert backup.execute("select title from documents").fetchall() == [("old",)]
    backup.close()


def test_jsonl_export_and_import_keep_the_mark(tmp_path: Path) -> None:
    first = open_store(tmp_path / "a.sqlite3")
    first.documents.add(_scanned())
    first.documents.add(_typed())
    out = io.StringIO()
    export_jsonl(first, out)
    first.close()
    exported = tmp_path / "labels.jsonl"
    exported.write_text(out.getvalue(), encoding="utf-8")
    second = open_store(tmp_path / "b.sqlite3")
    import_jsonl(second, exported)
    again = io.StringIO()
    export_jsonl(second, again)
    scanned = second.documents.get(_scanned().sha256)
    second.close()
    assert scanned is not None and scanned.info()["extraction"] == OCR
    assert again.getvalue() == out.getvalue()


def test_a_team_library_keeps_the_mark_and_copies_carry_it_both_ways(
    tmp_path: Path, team_url: str
) -> None:
    local = tmp_path / "local.sqlite3"
    store = open_store(local)
    store.documents.add(_scanned())
    store.documents.add(_typed())
    store.close()
    assert copy_library(str(local), team_url).ok
    team = open_store(team_url)
    scanned = team.documents.get(_scanned().sha256)
    team.documents.add(Document.from_text("سند دوم", title="دوم", format="pdf", extraction=OCR))
    team.close()
    assert scanned is not None and scanned.info()["extraction"] == OCR
    assert scanned.paragraphs[0].heading
    back = tmp_path / "back.sqlite3"
    report = copy_library(team_url, str(back))
    assert report.ok, report.to_json()
    store = open_store(back)
    copied = [store.documents.get(d.sha256) for d in store.documents.all()]
    store.close()
    assert sorted(d is not None and d.extraction == OCR for d in copied) == [False, True, True]


def test_init_team_upgrades_a_schema_1_team_library(pg_server: Any, team_url: str) -> None:
    with psycopg.connect(team_url, autocommit=True) as owner:
        owner.execute("alter table documents drop column extraction")
        owner.execute("update policylens_schema set version = 1")
    assert init_team(team_url) == (1, pg_schema.SCHEMA_VERSION)
    assert pg_schema.SCHEMA_VERSION == 2
    team = open_store(team_url)
    team.documents.add(_scanned())
    scanned = team.documents.get(_scanned().sha256)
    team.close()
    assert scanned is not None and scanned.info()["extraction"] == OCR
