"""Opening the store: one SQLite file, versioned schema, WAL, foreign keys.

A store from a newer PolicyLens is refused; a file that is not a PolicyLens store is left
untouched and reported; a backup copy is taken before each migration.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from policylens.core.errors import StoreError
from policylens.store.documents import DocumentRepository

Migration = Callable[[sqlite_utils.Database], None]


def _v1_documents(db: sqlite_utils.Database) -> None:
    db.table("documents").create(
        {
            "sha256": str,
            "title": str,
            "format": str,
            "language": str,
            "direction": str,
            "chars": int,
            "source_path": str,
            "encoding": str,
            "paragraphs": str,
            "text": str,
            "imported": str,
        },
        pk="sha256",
        not_null={"title", "format", "text"},
    )


# Index i brings a store from user_version i to i + 1. Append only; never edit a released one.
MIGRATIONS: list[Migration] = [_v1_documents]
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """The library on disk. Use one per thread; the GUI keeps its own on a worker thread."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.documents = DocumentRepository(db)

    def close(self) -> None:
        self.db.conn.close()


def _check_is_store(conn: sqlite3.Connection, path: Path) -> int:
    try:
        version = int(conn.execute("pragma user_version").fetchone()[0])
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{path} is not a PolicyLens library (or it is damaged): {error}. "
            "The file was left untouched; move it away or choose another data folder."
        ) from error
    return version


def open_store(path: Path | None = None, *, memory: bool = False) -> Store:
    """Open (creating or migrating) the store at `path`, or the user's default store."""
    if memory:
        db = sqlite_utils.Database(memory=True)
        _migrate(db, 0, None)
        return Store(db, None)
    if path is None:
        from policylens.paths import store_path

        path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"Cannot open the library at {path}: {error}") from error
    version = _check_is_store(conn, path)
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"The library at {path} was written by a newer PolicyLens (schema {version}, "
            f"this version knows {SCHEMA_VERSION}). Please update PolicyLens."
        )
    db = sqlite_utils.Database(conn)
    try:
        conn.execute("pragma journal_mode = wal")
        conn.execute("pragma foreign_keys = on")
        conn.execute("pragma synchronous = normal")
        if version < SCHEMA_VERSION:
            _migrate(db, version, path)
    except sqlite3.OperationalError as error:
        conn.close()
        raise StoreError(f"The library at {path} is busy or locked: {error}") from error
    return Store(db, path)


def _migrate(db: sqlite_utils.Database, version: int, path: Path | None) -> None:
    if path is not None and version > 0:
        backup = path.with_name(f"{path.name}.v{version}.bak")
        db.conn.execute("pragma wal_checkpoint(truncate)")
        shutil.copy2(path, backup)
    for index in range(version, SCHEMA_VERSION):
        with db.conn:
            MIGRATIONS[index](db)
            db.conn.execute(f"pragma user_version = {index + 1}")
