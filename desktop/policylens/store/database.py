"""Opening a library: a team library on PostgreSQL (`store.pg`) or one SQLite file.

`open_store()` decides from the location alone: a `postgresql://` URL is a team library, any
other location a path to an SQLite library; with none, `POLICYLENS_LIBRARY` (the CLI's
`--library` and the GUI's Settings end up there), else the data folder's library.

The SQLite library: one file, versioned schema, WAL, foreign keys, one writer.

A store from a newer PolicyLens is refused; a file that is not a PolicyLens store is left
untouched and reported; a backup copy is taken before each migration of an existing store.
The first instance holds a writer lock (`lock.py`); a second instance gets the same library
read-only and says why (`Store.read_only_reason`); its writes raise StoreError.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from policylens.core.errors import StoreError
from policylens.store import health
from policylens.store import search as search_index
from policylens.store.annotations import AnnotationRepository
from policylens.store.annotators import AnnotatorRepository
from policylens.store.documents import DocumentRepository
from policylens.store.lazy_db import lazy_database
from policylens.store.library import ChangeCallback, StatusCallback, Store, Watch
from policylens.store.lock import WriterLock
from policylens.store.schema import (
    v2_annotations,
    v3_search,
    v4_extraction,
    v5_search_pending,
    v6_paragraphs_recut,
)
from policylens.store.session import Session

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
DEFAULT_BUSY_TIMEOUT = 5.0
LIBRARY_ENV = "POLICYLENS_LIBRARY"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")

__all__ = [
    "LIBRARY_ENV",
    "SCHEMA_VERSION",
    "SqliteStore",
    "Store",
    "is_team_location",
    "open_store",
]


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
MIGRATIONS: list[Migration] = [
    _v1_documents,
    v2_annotations,
    v3_search,
    v4_extraction,
    v5_search_pending,
    v6_paragraphs_recut,
]
SCHEMA_VERSION = len(MIGRATIONS)


class SqliteStore:
    """The library in one SQLite file. Use one per thread; the GUI keeps its own on a worker
    thread."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path | None,
        *,
        read_only_reason: str = "",
        lock: WriterLock | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> None:
        self.db = db
        self.path = path
        self.session = Session(db, read_only_reason=read_only_reason, busy_timeout=busy_timeout)
        self._lock = lock
        self.documents = DocumentRepository(db, self.session)
        self.annotators = AnnotatorRepository(self.session)
        self.annotations = AnnotationRepository(self.session, self.annotators)

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else ":memory:"

    @property
    def identity(self) -> str | None:
        return None

    def watch(
        self, on_change: ChangeCallback, on_status: StatusCallback | None = None
    ) -> Watch | None:
        return None  # one writer per file (lock.py): nobody else changes it while we write

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def read_only_reason(self) -> str:
        return self.session.read_only_reason

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several repository calls into one all-or-nothing write."""
        with self.session.write():
            yield

    def search(self, query: str, *, limit: int = 50) -> list[search_index.SearchHit]:
        """Full-text search over every document (see `store.search`); a document not indexed
        yet (just opened in a window, or left so by a crash) is indexed first."""
        if not self.read_only:
            self.documents.index_pending()
        return search_index.search(self.db.conn, query, limit=limit)

    def integrity_ok(self) -> bool:
        row = self.db.conn.execute("pragma integrity_check").fetchone()
        return bool(row and row[0] == "ok")

    def close(self) -> None:
        self.db.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The store's schema version; StoreError (file untouched) when it is no PolicyLens store."""
    try:
        version = int(conn.execute("pragma user_version").fetchone()[0])
        tables = {
            str(r[0]) for r in conn.execute("select name from sqlite_master where type = 'table'")
        }
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{path} is not a PolicyLens library (or it is damaged): {error}. "
            "The file was left untouched; move it away or choose another data folder."
        ) from error
    if version == 0 and tables:
        raise StoreError(
            f"{path} is an SQLite database of another program, not a PolicyLens library. "
            "The file was left untouched; move it away or choose another data folder."
        )
    return version


def is_team_location(location: str | os.PathLike[str] | None) -> bool:
    return isinstance(location, str) and location.strip().lower().startswith(POSTGRES_SCHEMES)


def open_store(
    path: Path | str | None = None,
    *,
    memory: bool = False,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> Store:
    """Open (creating or migrating) the library at `path` (a file or a `postgresql://` URL),
    else the one `POLICYLENS_LIBRARY` names, else the user's default library.

    When another process is writing to the same SQLite library, it opens read-only:
    `store.read_only` is True and `store.read_only_reason` says who has it.
    """
    if path is None and not memory:
        path = os.environ.get(LIBRARY_ENV, "").strip() or None
    if is_team_location(path):
        from policylens.store.pg import open_team_store

        return open_team_store(str(path))
    return open_sqlite_store(
        None if path is None else Path(path), memory=memory, busy_timeout=busy_timeout
    )


def open_sqlite_store(
    path: Path | None = None,
    *,
    memory: bool = False,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> SqliteStore:
    """The SQLite library at `path` (or in memory, or the data folder's)."""
    if memory:
        db = lazy_database(sqlite3.connect(":memory:"))
        db.conn.isolation_level = None
        db.conn.execute("pragma foreign_keys = on")
        _migrate(db, 0, None)
        return SqliteStore(db, None)
    if path is None:
        from policylens.paths import store_path

        path = store_path()
    _make_folder(path.parent)
    read_only_medium = read_only_reason(path)
    exists = path.exists() and path.stat().st_size > 0
    try:
        # Inspected and checked through a read-only connection first: a damaged file (or one
        # of another program) gets not even a -wal or -shm from us.
        conn = health.open_read_only(path, busy_timeout) if exists else _connect(path, busy_timeout)
    except sqlite3.Error as error:
        raise StoreError(f"Cannot open the library at {path}: {error}") from error
    try:
        version = _inspect(conn, path)
        problems = health.quick_check(conn, path) if version else []
    except StoreError:
        conn.close()
        raise
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"The library at {path} was written by a newer PolicyLens (schema {version}, "
            f"this version knows {SCHEMA_VERSION}). Please update PolicyLens."
        )
    # Never written into when damaged (a write could spread the damage): the read-only
    # connection is kept, so SQLite itself refuses any write.
    reason = health.damaged_reason(path, problems) if problems else read_only_medium
    if exists and not reason:
        conn.close()
        try:
            conn = _connect(path, busy_timeout)
        except sqlite3.Error as error:
            raise StoreError(f"Cannot open the library at {path}: {error}") from error
    lock: WriterLock | str = reason or WriterLock.try_acquire(path)
    reason = lock if isinstance(lock, str) else ""
    db = lazy_database(conn)
    try:
        conn.execute("pragma foreign_keys = on")
        if reason:
            if version < SCHEMA_VERSION:
                then = (
                    "close the other PolicyLens and try again."
                    if isinstance(lock, str) and not read_only_medium and not problems
                    else "open it where it can be written, with this version, once."
                )
                raise StoreError(
                    f"The library at {path} cannot be opened now: {reason} "
                    f"It must be updated to this version's format first; {then}"
                )
            conn.execute("pragma query_only = on")
        else:
            conn.execute("pragma journal_mode = wal")
            conn.execute("pragma synchronous = normal")
            # 32 MB page cache (default 2 MB): one document's 10 000 annotations stay cached.
            conn.execute("pragma cache_size = -32000")
            if version < SCHEMA_VERSION:
                _migrate(db, version, path)
    except (sqlite3.OperationalError, StoreError) as error:
        conn.close()
        if isinstance(lock, WriterLock):
            lock.release()
        if isinstance(error, StoreError):
            raise
        raise StoreError(
            f"The library at {path} is busy or locked by another program: {error}"
        ) from error
    return SqliteStore(
        db,
        path,
        read_only_reason=reason,
        lock=lock if isinstance(lock, WriterLock) else None,
        busy_timeout=busy_timeout,
    )


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        str(path), timeout=busy_timeout, check_same_thread=False, isolation_level=None
    )


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise StoreError(
            f"The data folder {folder} is a file, not a folder. Move it away or choose another "
            "data folder (--data-dir)."
        ) from error
    except OSError as error:
        raise StoreError(
            f"The data folder {folder} cannot be created: {error.strerror or error}."
        ) from error


def read_only_reason(path: Path) -> str:
    """Why the library can only be read (a read-only file, folder or medium), or ""."""
    folder = path.parent
    if path.exists():
        if not os.access(path, os.W_OK):
            return f"the library file {path} is read-only."
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"the folder {folder} is read-only, so SQLite cannot write its journal there."
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return f"{folder} is on a read-only medium."
        except (AttributeError, OSError):  # no statvfs (Windows)
            pass
        return ""
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"There is no library in {folder}, and a new one cannot be created there: the "
            "folder is read-only. Choose another data folder (--data-dir)."
        )
    return ""


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating a version-`version` store goes."""
    return path.with_name(f"{path.name}.v{version}.bak")


def _migrate(db: sqlite_utils.Database, version: int, path: Path | None) -> None:
    if path is not None and version > 0:
        # SQLite's online backup: a consistent copy, WAL content included.
        target = sqlite3.connect(str(backup_path(path, version)))
        try:
            db.conn.backup(target)
        finally:
            target.close()
    session = Session(db)
    for index in range(version, SCHEMA_VERSION):
        with session.write() as conn:
            MIGRATIONS[index](db)
            conn.execute(f"pragma user_version = {index + 1}")
