"""Is the library file sound? A quick check at every open, the full check and a recovery on demand.

At open, SQLite's `pragma quick_check` (every b-tree page, cell and overflow chain; not the
index-to-table consistency) runs with the file memory-mapped: ~70 ms for a 100 MB library
here, and it caught every random 4 KB overwrite that `integrity_check` catches
(`tests/hostile/test_library_health.py`). Checking only the b-tree roots was not enough: most
overwrites land on leaf or overflow pages. A file whose (device, inode, size, mtime, ctime)
is the same as after the last clean check is not checked again — ctime cannot be set back by
a user, so a copy, sync or overwrite always triggers a new check. The stamp is written only
right after a passing check, never after our own writes.

`policylens library check` runs the full `integrity_check`; `policylens library repair` copies
every row SQLite can still read into a NEW library file and never touches the damaged one.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from policylens.core.errors import StoreError

# Enough to map a large library whole for the check (mapping is only an address range).
_CHECK_MMAP_BYTES = 1 << 31
_MAX_PROBLEMS_SHOWN = 3


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def file_stamp(path: Path) -> list[int] | None:
    """What changes whenever the file's bytes may have changed; None when there is a WAL
    (its pages are not covered by the main file's times)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    info = path.stat()
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _stamp_matches(path: Path) -> bool:
    stamp = file_stamp(path)
    if stamp is None:
        return False
    try:
        return bool(json.loads(stamp_path(path).read_text("utf-8")) == stamp)
    except (OSError, ValueError):
        return False


def _write_stamp(path: Path) -> None:
    stamp = file_stamp(path)
    if stamp is None:
        return
    try:
        stamp_path(path).write_text(json.dumps(stamp), "utf-8")
    except OSError:  # read-only folder: check again next time
        pass


def _check(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """Problems SQLite reports (empty: sound)."""
    try:
        rows = conn.execute(f"pragma {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    if [str(row[0]) for row in rows] == ["ok"]:
        return []
    # One line per problem ("*** in database main ***" headers dropped).
    return [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]


def quick_check(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The check at open: problems found, or [] (also when the file is unchanged since the
    last passing check)."""
    try:
        if _stamp_matches(path):
            return []
    except OSError:
        pass
    conn.execute(f"pragma mmap_size = {_CHECK_MMAP_BYTES}")
    try:
        problems = _check(conn, "quick_check")
    finally:
        conn.execute("pragma mmap_size = 0")
    if not problems:
        _write_stamp(path)
    return problems


def damaged_reason(path: Path, problems: list[str]) -> str:
    lines = problems
    shown = "; ".join(lines[:_MAX_PROBLEMS_SHOWN])
    more = f" and {len(lines) - _MAX_PROBLEMS_SHOWN} more" if len(lines) > 3 else ""
    return (
        f"the library file {path} is damaged ({shown}{more}). It is open for reading only and "
        "nothing will be written into it; run `policylens library check` for the details and "
        "`policylens library repair` to recover what can be read into a new file."
    )


@dataclass(frozen=True)
class CheckResult:
    path: Path
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {"library": str(self.path), "ok": self.ok, "problems": self.problems}


def integrity_check(path: Path) -> CheckResult:
    """SQLite's full `integrity_check`, read-only: the file is never written."""
    if not path.is_file():
        raise StoreError(f"There is no library at {path}.")
    conn = open_read_only(path)
    try:
        return CheckResult(path, _check(conn, "integrity_check"))
    finally:
        conn.close()


def _connect_uri(uri: str, busy_timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        uri, uri=True, timeout=busy_timeout, check_same_thread=False, isolation_level=None
    )


def open_read_only(path: Path, busy_timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write, even on a read-only medium. A damaged file, or not a
    database at all, still gets a connection: the caller's first query says what is wrong."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = _connect_uri(uri, busy_timeout)
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error) or "readonly" in str(error):
            # A WAL library in a read-only folder: SQLite cannot create its -shm there.
            # Nobody can write there either, so reading it as immutable is safe.
            conn.close()
            conn = _connect_uri(uri + "&immutable=1", busy_timeout)
    except sqlite3.DatabaseError:
        pass
    return conn
