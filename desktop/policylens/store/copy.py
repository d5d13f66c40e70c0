"""`library copy SRC DST`: a whole library into another, SQLite or PostgreSQL either way.

Documents (with their import time), annotators, annotations (same ids) and the history (same
ids, the same JSON) are copied row for row, table by table in key order, in batches of one
transaction each. Every batch inserts only rows the target lacks, so an interrupted copy is
resumed by running the same command again. At the end both libraries are read back and
compared: row counts and a SHA-256 over each table's rows (annotators by name, so the ids the
two databases gave them may differ). The target must be empty or a partial copy of the same
source; a row that differs is reported, never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from policylens.core.errors import StoreError
from policylens.store.database import SqliteStore, open_store
from policylens.store.library import Store

BATCH = 500
Progress = Callable[[str, int, int], None]  # (table, rows done, rows in all)

# (table, key column, columns as both libraries store them; "annotator" is a name here)
_DOCUMENT_COLUMNS = (
    "sha256", "title", "format", "language", "direction", "chars", "source_path", "encoding",
    "paragraphs", "text", "imported", "extraction",
)  # fmt: skip
_ANNOTATION_COLUMNS = (
    "id", "document", "start", "end", "quote", "prefix", "suffix", "category", "tags", "note",
    "status", "origin", "state", "annotator", "created", "updated",
)  # fmt: skip
_HISTORY_COLUMNS = ("id", "annotation", "annotator", "at", "action", "before", "after")
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": ("sha256", _DOCUMENT_COLUMNS),
    "annotators": ("name", ("name", "created")),
    "annotations": ("id", _ANNOTATION_COLUMNS),
    "history": ("id", _HISTORY_COLUMNS),
}


@dataclass
class TableReport:
    table: str
    source_rows: int
    target_rows: int
    copied: int
    source_hash: str
    target_hash: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_hash == self.target_hash


@dataclass
class CopyReport:
    tables: list[TableReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "tables": {
                t.table: {
                    "source_rows": t.source_rows,
                    "target_rows": t.target_rows,
                    "copied": t.copied,
                    "source_sha256": t.source_hash,
                    "target_sha256": t.target_hash,
                }
                for t in self.tables
            },
        }


class _Rows:
    """Plain rows of either library: the one place that knows both dialects."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sqlite = isinstance(store, SqliteStore)

    def _sql(self, statement: str) -> str:
        return statement if self.sqlite else statement.replace("?", "%s")

    @contextmanager
    def _reading(self) -> Iterator[Any]:
        if isinstance(self.store, SqliteStore):
            yield self.store.db.conn
        else:
            with self.store.session.connection() as conn:  # type: ignore[attr-defined]
                yield conn

    def query(self, statement: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
        with self._reading() as conn:
            return list(conn.execute(self._sql(statement), list(params)).fetchall())

    @contextmanager
    def writing(self) -> Iterator[Callable[[str, list[Any]], None]]:
        with self.store.session.write() as conn:  # type: ignore[attr-defined]

            def execute(statement: str, params: list[Any]) -> None:
                conn.execute(self._sql(statement), params)

            yield execute

    def select(self, table: str, after: Any, limit: int) -> list[tuple[Any, ...]]:
        """Up to `limit` rows with keys after `after`, in key order; annotators by name."""
        key, _columns = TABLES[table]
        # Text keys in byte order in both (SQLite's own order; "C" in PostgreSQL).
        order = 'collate "C"' if key in ("sha256", "name") and not self.sqlite else ""
        where = f"where t.{_quoted(key)} {order} > ?" if after is not None else ""
        params = [after] if after is not None else []
        if table == "annotations":
            columns = ", ".join(
                "n.name" if c == "annotator" else f"t.{_quoted(c)}" for c in _ANNOTATION_COLUMNS
            )
            source = "annotations t join annotators n on n.id = t.annotator"
        elif table == "history":
            columns = ", ".join(
                "n.name" if c == "annotator" else f"t.{_quoted(c)}" for c in _HISTORY_COLUMNS
            )
            source = "history t left join annotators n on n.id = t.annotator"
        else:
            columns = ", ".join(f"t.{_quoted(c)}" for c in TABLES[table][1])
            source = f"{table} t"
        return [
            tuple(row)
            for row in self.query(
                f"select {columns} from {source} {where}"
                f" order by t.{_quoted(key)} {order} limit {int(limit)}",
                params,
            )
        ]

    def count(self, table: str) -> int:
        return int(self.query(f"select count(*) from {table}")[0][0])

    def present(self, table: str, keys: list[Any]) -> set[Any]:
        key = TABLES[table][0]
        marks = ", ".join("?" for _ in keys)
        found = self.query(
            f"select {_quoted(key)} from {table} where {_quoted(key)} in ({marks})", keys
        )
        return {row[0] for row in found}

    def insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        columns = TABLES[table][1]
        with self.writing() as execute:
            ids: dict[str, int] = {}
            for row in rows:
                values = list(row)
                if table in ("annotations", "history"):
                    at = columns.index("annotator")
                    name = values[at]
                    if name is not None:
                        if name not in ids:
                            found = self.query("select id from annotators where name = ?", [name])
                            if not found:
                                raise StoreError(f"Annotator {name!r} is missing in the target.")
                            ids[name] = int(found[0][0])
                        values[at] = ids[name]
                names = ", ".join(_quoted(c) for c in columns)
                marks = ", ".join("?" for _ in columns)
                execute(f"insert into {table} ({names}) values ({marks})", values)
                if table == "documents":
                    self._index(row)

    def _index(self, row: tuple[Any, ...]) -> None:
        from policylens.store.documents import paragraphs_from_json

        sha, text = row[0], row[9]
        spans = [(p.start, p.end) for p in paragraphs_from_json(row[8], text)]
        if isinstance(self.store, SqliteStore):
            from policylens.core.document import split_paragraphs
            from policylens.store.search import index_document

            index_document(self.store.db.conn, sha, text, spans or split_paragraphs(text))
        else:
            from policylens.store.pg.documents import index_paragraphs

            with self.store.session.write() as conn:  # type: ignore[attr-defined]
                index_paragraphs(conn, sha, text, spans)

    def finish(self) -> None:
        """PostgreSQL: the id sequences continue after the copied ids."""
        if self.sqlite:
            return
        with self.writing() as execute:
            for table in ("annotations", "history", "annotators"):
                execute(
                    f"select setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" greatest((select max(id) from {table}), 1))",
                    [],
                )

    def digest(self, table: str) -> str:
        """SHA-256 of the table's rows in key order, as the same JSON in either library."""
        digest = hashlib.sha256()
        after: Any = None
        while True:
            rows = self.select(table, after, BATCH * 4)
            for row in rows:
                digest.update(json.dumps(list(row), ensure_ascii=False).encode())
                digest.update(b"\n")
            if len(rows) < BATCH * 4:
                return digest.hexdigest()
            after = rows[-1][0]


def _quoted(column: str) -> str:
    return f'"{column}"'


def copy_library(source: str, target: str, progress: Progress | None = None) -> CopyReport:
    """Copy the library at `source` into `target` (URLs or paths), then verify both."""
    if source == target:
        raise StoreError("The source and the target are the same library.")
    src = open_store(source)
    try:
        dst = open_store(target)
        try:
            if dst.read_only:
                raise StoreError(f"{dst.location} is open read-only: {dst.read_only_reason}")
            return _copy(_Rows(src), _Rows(dst), progress)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src: _Rows, dst: _Rows, progress: Progress | None) -> CopyReport:
    copied: dict[str, int] = {}
    for table in TABLES:
        total = src.count(table)
        done = copied[table] = 0
        after: Any = None
        while True:
            rows = src.select(table, after, BATCH)
            if not rows:
                break
            present = dst.present(table, [row[0] for row in rows])
            missing = [row for row in rows if row[0] not in present]
            if missing:
                dst.insert(table, missing)
                copied[table] += len(missing)
            done += len(rows)
            after = rows[-1][0]
            if progress is not None:
                progress(table, done, total)
    dst.finish()
    report = CopyReport()
    for table in TABLES:
        report.tables.append(
            TableReport(
                table,
                src.count(table),
                dst.count(table),
                copied[table],
                src.digest(table),
                dst.digest(table),
            )
        )
    return report
