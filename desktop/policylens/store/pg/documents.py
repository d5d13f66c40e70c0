"""Documents, annotators and search in a team library (the SQLite library's interface)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from psycopg import errors as pg_errors

from policylens.core.document import Document, split_paragraphs
from policylens.core.errors import StoreError
from policylens.core.normalize import normalize_key
from policylens.store.annotators import now
from policylens.store.documents import (
    DocumentSummary,
    extraction_from_json,
    extraction_json,
    paragraphs_from_json,
    paragraphs_json,
)
from policylens.store.pg.session import PgSession
from policylens.store.search import SearchHit, hits_in_paragraphs, parse_query

_SUMMARY = "select sha256, title, format, language, direction, chars, source_path, imported"
# Byte order, as SQLite sorts text: the same list in the same order in either library.
_ORDER = 'order by imported collate "C", title collate "C"'
# A document not in the search index yet (`add(index=False)`, or a crash before indexing).
_UNINDEXED = "where not exists (select 1 from search_paragraphs s where s.document = d.sha256)"


class PgDocumentRepository:
    def __init__(self, session: PgSession) -> None:
        self._session = session
        self._unindexed: set[str] = set()  # stored here with index=False, not indexed yet
        self._healed = False  # the whole library looked at once (the first search)

    def add(self, document: Document, *, index: bool = True) -> bool:
        """Store the document; False when the same text is already in the library.
        `index=False`: searchable after `index_pending` (a document without paragraphs in the
        index is what is pending: no schema change, and the index's own lookup finds it)."""
        imported = datetime.now(UTC).isoformat(timespec="seconds")
        row = document_row(document, imported)
        with self._session.write() as conn:
            cursor = conn.execute(
                "insert into documents (sha256, title, format, language, direction, chars,"
                " source_path, encoding, paragraphs, text, imported, extraction) values"
                " (%(sha256)s, %(title)s, %(format)s, %(language)s, %(direction)s, %(chars)s,"
                " %(source_path)s, %(encoding)s, %(paragraphs)s, %(text)s, %(imported)s,"
                " %(extraction)s)"
                " on conflict (sha256) do nothing",
                row,
            )
            if cursor.rowcount == 0:
                return False
            if index:
                spans = [(p.start, p.end) for p in document.paragraphs]
                index_paragraphs(conn, document.sha256, document.text, spans)
        if not index:
            self._unindexed.add(document.sha256)
        return True

    def index_pending(self, only: Iterable[str] | None = None) -> int:
        """Index every document that has no paragraph in the search index (`only`: of these),
        one transaction each; how many were indexed. Two members healing at once take turns
        per document (an advisory lock) and the second finds it done."""
        if self._session.read_only:
            return 0
        query, params = f"select sha256 from documents d {_UNINDEXED}", []
        if only is not None:
            query, params = query + " and sha256 = any(%s)", [list(only)]
        with self._session.connection() as conn:
            pending = [str(r[0]) for r in conn.execute(query, params)]
        done = 0
        for sha256 in pending:
            with self._session.write() as conn:
                conn.execute(
                    "select pg_advisory_xact_lock(hashtext(%s))", ["policylens index " + sha256]
                )
                row = conn.execute(
                    f"select text, paragraphs from documents d {_UNINDEXED} and sha256 = %s",
                    [sha256],
                ).fetchone()
                if row is not None:
                    spans = [(p.start, p.end) for p in paragraphs_from_json(row[1], str(row[0]))]
                    index_paragraphs(conn, sha256, str(row[0]), spans)
                    done += 1
        self._unindexed.difference_update(pending if only is None else only)
        return done

    def index_before_search(self) -> None:
        """What a search needs indexed first: the whole library's pending documents at the
        first search (what a crash left), then only those stored here unindexed (the look
        over every document, an anti-join on the index, is not worth repeating per search)."""
        if not self._healed:
            self._healed = True
            self.index_pending()
        elif self._unindexed:
            self.index_pending(only=list(self._unindexed))

    def exists(self, sha256: str) -> bool:
        with self._session.connection() as conn:
            found = conn.execute("select 1 from documents where sha256 = %s", [sha256])
            return found.fetchone() is not None

    def get(self, sha256: str) -> Document | None:
        with self._session.connection() as conn:
            row = conn.execute(
                "select text, title, format, source_path, encoding, paragraphs, language,"
                " direction, sha256, extraction from documents where sha256 = %s",
                [sha256],
            ).fetchone()
        if row is None:
            return None
        return Document(
            text=row[0],
            title=row[1],
            format=row[2],
            source_path=row[3],
            encoding=row[4],
            paragraphs=paragraphs_from_json(row[5], row[0]),
            language=row[6],
            direction="rtl" if row[7] == "rtl" else "ltr",
            sha256=row[8],
            extraction=extraction_from_json(row[9]),
        )

    def all(self) -> list[DocumentSummary]:
        with self._session.connection() as conn:
            rows = conn.execute(f"{_SUMMARY} from documents {_ORDER}").fetchall()
        return [DocumentSummary(*row) for row in rows]

    def find_by_prefix(self, prefix: str) -> list[DocumentSummary]:
        with self._session.connection() as conn:
            rows = conn.execute(
                f"{_SUMMARY} from documents where sha256 like %s {_ORDER}",
                [prefix.lower().replace("%", "").replace("_", "") + "%"],
            ).fetchall()
        return [DocumentSummary(*row) for row in rows]

    def rename(self, sha256: str, title: str) -> None:
        with self._session.write() as conn:
            conn.execute("update documents set title = %s where sha256 = %s", [title, sha256])

    def remove(self, sha256: str) -> None:
        """Remove a document; refused while it has annotations (they would be lost)."""
        try:
            with self._session.write() as conn:
                row = conn.execute(
                    "select count(*) from annotations where document = %s", [sha256]
                ).fetchone()
                if row and row[0]:
                    raise StoreError(
                        f"This document has {row[0]} annotations; export or delete them before "
                        "removing it from the library."
                    )
                conn.execute("delete from search_paragraphs where document = %s", [sha256])
                conn.execute("delete from documents where sha256 = %s", [sha256])
        except StoreError as error:
            if isinstance(error.__cause__, pg_errors.InsufficientPrivilege):
                raise StoreError(
                    "Only the team library's administrator can remove documents from it."
                ) from error
            raise

    def count(self) -> int:
        with self._session.connection() as conn:
            row = conn.execute("select count(*) from documents").fetchone()
        return int(row[0]) if row else 0


def document_row(document: Document, imported: str) -> dict[str, Any]:
    """The columns of a document, as both libraries store them."""
    return {
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
        "imported": imported,
        "extraction": extraction_json(document),
    }


def index_paragraphs(
    conn: Any, sha256: str, text: str, spans: list[tuple[int, int]] | None = None
) -> None:
    """Each paragraph's normalised text for the trigram index (inside the caller's write)."""
    paragraphs = spans or split_paragraphs(text)
    with conn.cursor() as cursor:
        cursor.executemany(
            'insert into search_paragraphs (document, start, "end", text) values (%s, %s, %s, %s)',
            [(sha256, s, e, normalize_key(text[s:e])) for s, e in paragraphs if e > s],
        )


def search(
    session: PgSession,
    query: str,
    *,
    limit: int = 50,
    documents: PgDocumentRepository | None = None,
) -> list[SearchHit]:
    """The SQLite library's search over a trigram index: the same normalisation of text and
    query, the same exact offsets (`store.search.hits_in_paragraphs`). `documents`: the
    library's repository, which indexes what is not indexed yet first."""
    parsed = parse_query(query)
    if parsed is None or limit <= 0:
        return []
    if documents is not None:
        documents.index_before_search()
    likes = " and ".join(["s.text like %s"] * len(parsed.words))
    params: list[Any] = [
        "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for w in parsed.words
    ]
    with session.connection() as conn:
        rows = conn.execute(
            'select s.document, s.start, s."end", d.title,'
            ' substr(d.text, s.start + 1, s."end" - s.start)'
            f" from search_paragraphs s join documents d on d.sha256 = s.document where {likes}"
            " order by word_similarity(%s, s.text) desc, d.imported, s.start limit %s",
            [*params, " ".join(parsed.words), limit * 4],
        ).fetchall()
    return hits_in_paragraphs(parsed, rows, limit=limit, require_words=True)


class PgAnnotatorRepository:
    def __init__(self, session: PgSession) -> None:
        self._session = session

    def ensure(self, name: str) -> int:
        name = name.strip()
        if not name:
            raise StoreError("An annotator needs a name (set it in the settings).")
        found = self.find(name)
        if found is not None:
            return found
        with self._session.write() as conn:
            conn.execute(
                "insert into annotators (name, created) values (%s, %s)"
                " on conflict (name) do nothing",
                [name, now()],
            )
            row = conn.execute("select id from annotators where name = %s", [name]).fetchone()
        assert row is not None
        return int(row[0])

    def find(self, name: str) -> int | None:
        with self._session.connection() as conn:
            row = conn.execute("select id from annotators where name = %s", [name.strip()])
            found = row.fetchone()
        return None if found is None else int(found[0])

    def name(self, annotator_id: int) -> str | None:
        with self._session.connection() as conn:
            found = conn.execute(
                "select name from annotators where id = %s", [annotator_id]
            ).fetchone()
        return None if found is None else str(found[0])

    def all(self) -> list[str]:
        with self._session.connection() as conn:
            rows = conn.execute('select name from annotators order by name collate "C"').fetchall()
        return [str(r[0]) for r in rows]
