"""sqlite-utils on first use, not at start-up.

Importing sqlite-utils (click, dateutil, pluggy) takes ~60 ms, a seventh of the window's
start-up, and the start-up path only reads (the library list, a count): plain SQL on the
connection. `LazyDatabase` answers `conn`, `execute` and `query` itself, the way
`sqlite_utils.Database` does, and builds the real one for anything else (`table()` when a
document is written, the migrations).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlite_utils


def sqlite_utils_module() -> Any:
    """sqlite-utils, imported without NumPy (`_lean_import`)."""
    import sqlite_utils

    import policylens.store._lean_import  # noqa: F401

    return sqlite_utils


class LazyDatabase:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._real: sqlite_utils.Database | None = None
        # What sqlite_utils.Database(conn) does first (no plugins are installed here).
        conn.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor:
        if parameters is not None:
            return self.conn.execute(sql, parameters)
        return self.conn.execute(sql)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = cast("sqlite_utils.Database", sqlite_utils_module().Database(self.conn))
        return getattr(self._real, name)


def lazy_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    return cast("sqlite_utils.Database", LazyDatabase(conn))
