"""Documents in the library: one row per distinct text (its SHA-256)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from policylens.core.document import Document, Paragraph, paragraphs_cut_now, split_paragraphs
from policylens.core.errors import StoreError
from policylens.store.search import index_document, unindex_document
from policylens.store.session import Session

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the library list shows, without loading the text."""

    sha256: str
    title: str
    format: str
    language: str
    direction: str
    chars: int
    source_path: str | None
    imported: str


def paragraphs_from_json(stored: str | None, text: str) -> tuple[Paragraph, ...]:
    """[start, end, language, direction] and a 1 for a heading the source marked, cut as
    this version cuts `text` (`paragraphs_cut_now`)."""
    return paragraphs_cut_now(
        text,
        [
            Paragraph(int(s), int(e), str(lang), "rtl" if d == "rtl" else "ltr", bool(h and h[0]))
            for s, e, lang, d, *h in json.loads(stored or "[]")
        ],
    )


def paragraphs_json(paragraphs: Sequence[Paragraph]) -> str:
    """What `paragraphs_from_json` reads."""
    return json.dumps(
        [[p.start, p.end, p.language, p.direction, *([1] if p.heading else [])] for p in paragraphs]
    )


def extraction_json(document: Document) -> str | None:
    """How the text was read (a PDF's text layer, or OCR with its languages and confidence),
    kept so that a reopened scan still says it was recognised, not typed."""
    if not document.extraction:
        return None
    return json.dumps(dict(document.extraction), ensure_ascii=False, sort_keys=True)


def extraction_from_json(stored: str | None) -> dict[str, Any] | None:
    found = json.loads(stored) if stored else None
    return found if isinstance(found, dict) else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DocumentRepository:
    def __init__(self, db: sqlite_utils.Database, session: Session | None = None) -> None:
        self._db = db
        self._session = session or Session(db)

    def add(self, document: Document, *, index: bool = True) -> bool:
        """Store the document; False when the same text is already in the library.
        `index=False`: not indexed for search yet, only marked for `index_pending` (a window
        showing a file it opens leaves the index, most of the store's time, for later)."""
        table = self._db.table("documents")
        if self.exists(document.sha256):
            return False
        row: dict[str, Any] = {
            "sha256": document.sha256,
            "title": document.title,
            "format": document.format,
            "language": document.language,
            "direction": document.direction,
            "chars": len(document.text),
            "source_path": document.source_path,
            "encoding": document.encoding,
            "paragraphs": paragraphs_json(document.paragraphs),
            "text": document.text,
            "imported": _now(),
            "extraction": extraction_json(document),
        }
        with self._session.write() as conn:
            table.insert(row)
            if index:
                spans = [(p.start, p.end) for p in document.paragraphs]
                index_document(
                    conn, document.sha256, document.text, spans or split_paragraphs(document.text)
                )
            else:
                conn.execute("insert or ignore into search_pending values (?)", [document.sha256])
        return True

    def index_pending(self) -> int:
        """Index every document marked by `add(index=False)`, one transaction each (index
        and mark go together, so a crash leaves a document either indexed or still marked);
        how many were indexed. Nothing on a read-only library."""
        if self._session.read_only:
            return 0
        done = 0
        while row := self._db.execute("select document from search_pending limit 1").fetchone():
            with self._session.write() as conn:
                stored = conn.execute(
                    "select text, paragraphs from documents where sha256 = ?", [row[0]]
                ).fetchone()
                if stored is not None:
                    unindex_document(conn, row[0])
                    spans = [(p.start, p.end) for p in paragraphs_from_json(stored[1], stored[0])]
                    index_document(conn, row[0], stored[0], spans or split_paragraphs(stored[0]))
                    done += 1
                # The mark goes last: a reader on this connection (the window's thread, between
                # two statements of this transaction) never sees it gone before the index is in.
                conn.execute("delete from search_pending where document = ?", [row[0]])
        return done

    def exists(self, sha256: str) -> bool:
        return bool(
            self._db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchone()
        )

    def get(self, sha256: str) -> Document | None:
        rows = list(self._db.query("select * from documents where sha256 = ?", [sha256]))
        if not rows:
            return None
        row = rows[0]
        return Document(
            text=row["text"],
            title=row["title"],
            format=row["format"],
            source_path=row["source_path"],
            encoding=row["encoding"],
            paragraphs=paragraphs_from_json(row["paragraphs"], row["text"]),
            language=row["language"],
            direction="rtl" if row["direction"] == "rtl" else "ltr",
            sha256=row["sha256"],
            extraction=extraction_from_json(row["extraction"]),
        )

    def all(self) -> list[DocumentSummary]:
        rows = self._db.query(
            "select sha256, title, format, language, direction, chars, source_path, imported"
            " from documents order by imported, title"
        )
        return [DocumentSummary(**row) for row in rows]

    def find_by_prefix(self, prefix: str) -> list[DocumentSummary]:
        """Documents whose SHA-256 starts with `prefix` (the CLI accepts short ids)."""
        return [d for d in self.all() if d.sha256.startswith(prefix.lower())]

    def rename(self, sha256: str, title: str) -> None:
        with self._session.write():
            self._db.table("documents").update(sha256, {"title": title})

    def remove(self, sha256: str) -> None:
        """Remove a document; refused while it has annotations (they would be lost)."""
        with self._session.write() as conn:
            row = conn.execute(
                "select count(*) from annotations where document = ?", [sha256]
            ).fetchone()
            if row[0]:
                raise StoreError(
                    f"This document has {row[0]} annotations; export or delete them before "
                    "removing it from the library."
                )
            unindex_document(conn, sha256)
            conn.execute("delete from search_pending where document = ?", [sha256])
            self._db.table("documents").delete(sha256)

    def count(self) -> int:
        return int(self._db.execute("select count(*) from documents").fetchone()[0])
