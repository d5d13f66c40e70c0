"""Migrations after v1 (documents, in database.py): annotations with history, then search,
how a text was read, the documents still to be indexed for search, and paragraphs re-cut.

Each function brings the schema up by one version inside the migration's transaction. Append
only; never edit one that has shipped.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from policylens.core.document import split_paragraphs
from policylens.store.search import index_document

if TYPE_CHECKING:
    import sqlite_utils

_V2_ANNOTATIONS = """
create table annotators (
    id integer primary key,
    name text not null unique,
    created text not null
);
create table annotations (
    id integer primary key autoincrement,  -- never reused: undo of a delete restores its id
    document text not null references documents(sha256),
    start integer not null,
    "end" integer not null,
    quote text not null,
    prefix text not null default '',
    suffix text not null default '',
    category text not null,
    tags text not null default '[]',
    note text not null default '',
    status text not null default '',
    -- manual: made by a person; auto: an automatic suggestion the person confirmed or rejected
    origin text not null default 'manual' check (origin in ('manual', 'auto')),
    -- confirmed: the label holds (a training positive); rejected: a suggestion turned down
    -- (a training negative for its category)
    state text not null default 'confirmed' check (state in ('confirmed', 'rejected')),
    annotator integer not null references annotators(id),
    created text not null,
    updated text not null,
    check (0 <= start and start < "end")
);
-- (document, start, end, rowid): one document's annotations in text order without a sort
create index annotations_document_start on annotations(document, start, "end");
create index annotations_annotator on annotations(annotator);
create table history (
    id integer primary key autoincrement,
    annotation integer not null,
    annotator integer references annotators(id),
    at text not null,
    action text not null check (action in ('create', 'update', 'delete')),
    before text,
    after text
);
create index history_annotation on history(annotation);
create trigger history_append_only_update before update on history
begin select raise(abort, 'history is append-only'); end;
create trigger history_append_only_delete before delete on history
begin select raise(abort, 'history is append-only'); end;
"""


def v2_annotations(db: sqlite_utils.Database) -> None:
    for statement in _V2_ANNOTATIONS.split(";\n"):
        if statement.strip():
            db.conn.execute(statement)


def v3_search(db: sqlite_utils.Database) -> None:
    db.conn.execute(
        "create virtual table search_index using fts5("
        'text, document unindexed, start unindexed, "end" unindexed, '
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    rows = db.conn.execute("select sha256, text, paragraphs from documents").fetchall()
    for sha256, text, paragraphs_json in rows:
        spans = [(int(p[0]), int(p[1])) for p in json.loads(paragraphs_json or "[]")]
        index_document(db.conn, sha256, text, spans or split_paragraphs(text))


def v4_extraction(db: sqlite_utils.Database) -> None:
    """How each document's text was read (JSON; NULL for text that was simply decoded)."""
    db.conn.execute("alter table documents add column extraction text")


def v5_search_pending(db: sqlite_utils.Database) -> None:
    """Documents stored but not yet in the search index: a window indexes a file after showing
    it (the index is most of an open's store time); what a crash leaves here is indexed at
    the next search or start. Every document stored before this version is indexed."""
    db.conn.execute("create table search_pending (document text primary key)")


def v6_paragraphs_recut(db: sqlite_utils.Database) -> None:
    """Paragraphs as this version cuts them (`paragraphs_cut_now`: a hard-wrapped text, stored
    a line a paragraph before, a paragraph at a time), and such documents indexed for search
    again (`search_pending`), so a phrase broken across two of its lines is found."""
    from policylens.store.documents import paragraphs_from_json, paragraphs_json

    rows = db.conn.execute("select sha256, text, paragraphs from documents").fetchall()
    for sha256, text, stored in rows:
        paragraphs = paragraphs_from_json(stored, text)
        if paragraphs_json(paragraphs) != stored:
            db.conn.execute(
                "update documents set paragraphs = ? where sha256 = ?",
                [paragraphs_json(paragraphs), sha256],
            )
            db.conn.execute("insert or ignore into search_pending values (?)", [sha256])
