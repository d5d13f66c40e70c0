"""Copying what can still be read out of a damaged library into a new one (`library repair`).

First SQLite's own `.recover` (`sqlite_recover`: a sqlite3 shell rebuilds every table from the
pages it can read) into a scratch database; without a capable shell, the damaged file itself.
The new library is created by `open_store` (the current schema), then filled table by table
with the rows SQLite can read from that source. Rows are read in rowid ranges; a range that
raises is split in halves down to single rows, so a damaged page costs only its own rows.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policylens.core.document import split_paragraphs
from policylens.core.errors import StoreError
from policylens.store.documents import paragraphs_from_json
from policylens.store.health import _check, open_read_only

# Parents before children (foreign keys); the search index is rebuilt from the documents.
_TABLES = ("documents", "annotators", "annotations", "history")
_CHUNK = 256


def _ranges(conn: sqlite3.Connection, table: str) -> tuple[int, int] | None:
    try:
        row = conn.execute(f'select min(rowid), max(rowid) from "{table}"').fetchone()
    except sqlite3.DatabaseError:
        return (1, 1 << 20)  # the b-tree's edges are damaged: probe a generous range
    if row is None or row[0] is None:
        return None
    return int(row[0]), int(row[1])


def _rows(conn: sqlite3.Connection, table: str, low: int, high: int) -> Iterator[dict[str, Any]]:
    """Rows with low <= rowid <= high that can be read; unreadable ones are skipped."""
    try:
        cursor = conn.execute(
            f'select rowid as _rowid_, * from "{table}" where rowid between ? and ?', [low, high]
        )
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except sqlite3.DatabaseError:
        if low == high:
            return
        middle = (low + high) // 2
        yield from _rows(conn, table, low, middle)
        yield from _rows(conn, table, middle + 1, high)
        return
    for row in rows:
        yield dict(zip(names, row, strict=True))


def _readable(row: dict[str, Any], table: str) -> bool:
    """A row whose content can be trusted: a document's text still hashes to its id."""
    if table == "documents":
        text = row.get("text")
        return isinstance(text, str) and (
            hashlib.sha256(text.encode("utf-8")).hexdigest() == row.get("sha256")
        )
    return True


def salvage(
    source: sqlite3.Connection,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    expected: dict[str, int | None] | None = None,
) -> tuple[dict[str, int], dict[str, int]]:
    """(rows copied, rows lost) per table, from `source` into a new library at `target`;
    `expected`: the rows the damaged library says it has (default: what `source` counts)."""
    from policylens.store.database import open_sqlite_store
    from policylens.store.search import index_document

    store = open_sqlite_store(target)
    recovered: dict[str, int] = {}
    lost: dict[str, int] = {}
    try:
        conn = store.db.conn
        columns = {
            table: [r[1] for r in conn.execute(f'pragma table_info("{table}")')]
            for table in _TABLES
        }
        conn.execute("pragma foreign_keys = off")  # checked below, per row, instead
        with store.transaction():
            for number, table in enumerate(_TABLES):
                if progress is not None:
                    progress(number, len(_TABLES))
                copied = dropped = 0
                # A table `.recover` could not rebuild is missing from its scratch database.
                bounds = _ranges(source, table) if _may_have(source, table) else None
                wanted_rows = (expected or {}).get(table, _count(source, table))
                if bounds is not None:
                    for low in range(bounds[0], bounds[1] + 1, _CHUNK):
                        for row in _rows(source, table, low, min(low + _CHUNK - 1, bounds[1])):
                            if not _readable(row, table) or not _fits(conn, table, row):
                                dropped += 1
                                continue
                            wanted = [c for c in columns[table] if c in row]
                            conn.execute(
                                f'insert or ignore into "{table}" ('
                                + ", ".join(f'"{c}"' for c in wanted)
                                + ") values ("
                                + ", ".join("?" for _ in wanted)
                                + ")",
                                [row[c] for c in wanted],
                            )
                            copied += 1
                recovered[table] = copied
                lost[table] = max(dropped, (wanted_rows or copied) - copied)
            for sha256, text, paragraphs in conn.execute(
                "select sha256, text, paragraphs from documents"
            ).fetchall():
                spans = [(p.start, p.end) for p in paragraphs_from_json(paragraphs, text)]
                index_document(conn, sha256, text, spans or split_paragraphs(text))
        conn.execute("pragma foreign_keys = on")
    finally:
        store.close()
    if progress is not None:
        progress(len(_TABLES), len(_TABLES))
    return recovered, lost


def _may_have(conn: sqlite3.Connection, table: str) -> bool:
    """False only when the schema is readable and has no such table."""
    try:
        found = conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = ?", [table]
        ).fetchone()
    except sqlite3.DatabaseError:
        return True
    return found is not None


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f'select count(*) from "{table}"').fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def _fits(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> bool:
    """Foreign keys hold in the new library (its parents were copied first)."""
    if table == "annotations":
        return bool(
            conn.execute(
                "select 1 from documents where sha256 = ?", [row.get("document")]
            ).fetchone()
        ) and bool(
            conn.execute("select 1 from annotators where id = ?", [row.get("annotator")]).fetchone()
        )
    return True


@dataclass(frozen=True)
class RepairResult:
    source: Path
    target: Path
    recovered: dict[str, int]
    lost: dict[str, int]
    problems_after: list[str]
    # "sqlite .recover" (by the shell `shell`), or "row copy" (why: `fallback`).
    method: str = "row copy"
    shell: str = ""
    fallback: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "library": str(self.source),
            "recovered_to": str(self.target),
            "method": self.method,
            **({"shell": self.shell} if self.shell else {}),
            **({"fallback": self.fallback} if self.fallback else {}),
            "recovered": self.recovered,
            "lost": self.lost,
            "ok": not self.problems_after,
            "problems": self.problems_after,
        }


def recovered_path(path: Path) -> Path:
    """A new file next to the library that does not exist yet."""
    for number in range(1, 1000):
        candidate = path.with_name(f"{path.stem}.recovered-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise StoreError(f"Too many recovered copies next to {path}; move some away.")


def recover(
    path: Path, target: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> RepairResult:
    """Every row SQLite can still read from a damaged library, copied into a new library at
    `target` (which must not exist). The damaged file is opened read-only, never changed.

    SQLite's `.recover` rebuilds the tables first when a capable sqlite3 shell is found
    (`sqlite_recover`); otherwise the rows are read from the damaged file itself, in rowid
    ranges, a range that fails split until single rows, so one bad page loses only the rows
    on it. Either way a document whose text no longer matches its SHA-256 is left out (its text
    was damaged), and so are annotations whose document is gone.
    """
    from policylens.store.sqlite_recover import find_shell, recover_into

    if not path.is_file():
        raise StoreError(f"There is no library at {path}.")
    target = target or recovered_path(path)
    if target.exists():
        raise StoreError(f"{target} already exists; PolicyLens never overwrites a file.")
    source = open_read_only(path)
    try:
        expected = {table: _count(source, table) for table in _TABLES}
        shell, fallback = find_shell()
        if shell is None:
            recovered, lost = salvage(source, target, progress)
        else:
            with tempfile.TemporaryDirectory(prefix="policylens-recover-") as folder:
                scratch = Path(folder) / "recovered.sqlite3"
                recover_into(shell, path, scratch)
                rebuilt = sqlite3.connect(scratch)
                try:
                    recovered, lost = salvage(rebuilt, target, progress, expected)
                finally:
                    rebuilt.close()
    finally:
        source.close()
    conn = sqlite3.connect(str(target))
    try:
        problems = _check(conn, "integrity_check")
    finally:
        conn.close()
    if shell is None:
        return RepairResult(path, target, recovered, lost, problems, "row copy", "", fallback)
    return RepairResult(path, target, recovered, lost, problems, "sqlite .recover", shell)
