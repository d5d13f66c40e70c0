"""SQLite's own `.recover`, run by a sqlite3 shell, for `library repair`.

`.recover` reads every page of the file (through the `sqlite_dbpage` table) and rebuilds each
table from the leaf pages it finds, so rows under a damaged interior page, which a query can no
longer reach, come back too. Python's `sqlite3` module has no `.recover`: it is part of the
shell. The shell is POLICYLENS_SQLITE3 when set, else `sqlite3` on the PATH, and it is used only
if a probe shows that its `.recover` works (Debian 12's 3.40.1 outputs no table at all; `make
sqlite-shell` builds a current one). The damaged file is opened read-only; the SQL that
`.recover` writes is replayed by the same shell into a scratch database, from which `salvage`
copies the rows into the new library.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from policylens.core.errors import StoreError

SHELL_ENV = "POLICYLENS_SQLITE3"
_PROBE_TEXT = "policylens recover probe"
_TIMEOUT_S = 3600.0


def find_shell() -> tuple[str | None, str]:
    """(a sqlite3 shell whose `.recover` works, or None; why none was found)."""
    chosen = os.environ.get(SHELL_ENV, "").strip()
    shell = chosen or shutil.which("sqlite3")
    if not shell:
        return None, f"no sqlite3 shell found (set {SHELL_ENV} to one)"
    if not can_recover(shell):
        return None, f"the sqlite3 shell {shell} has no working .recover (a current one has)"
    return shell, ""


def can_recover(shell: str) -> bool:
    """Whether `shell`'s `.recover` gives back a row of a small sound database."""
    with tempfile.TemporaryDirectory(prefix="policylens-probe-") as folder:
        probe = Path(folder) / "probe.sqlite3"
        conn = sqlite3.connect(probe)
        try:
            conn.execute("create table probe(x text)")
            conn.execute("insert into probe values (?)", [_PROBE_TEXT])
            conn.commit()
        finally:
            conn.close()
        try:
            done = subprocess.run(
                [shell, "-readonly", str(probe), ".recover"],
                capture_output=True,
                text=True,
                timeout=60,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.SubprocessError):
            return False
    return done.returncode == 0 and _PROBE_TEXT in done.stdout


def recover_into(shell: str, source: Path, scratch: Path) -> None:
    """`.recover` of `source` (opened read-only, never written) replayed into the new database
    `scratch`. Statements the replay refuses (a search index's virtual table) are skipped."""
    uri = source.resolve().as_uri() + "?mode=ro"
    for attempt in (uri, uri + "&immutable=1"):
        # A WAL library in a read-only folder cannot get its -shm file: immutable then, as
        # `health.open_read_only` does (nobody can write there either).
        scratch.unlink(missing_ok=True)
        with tempfile.TemporaryFile() as errors:
            with subprocess.Popen(
                [shell, "-readonly", attempt, ".recover"],
                stdout=subprocess.PIPE,
                stderr=errors,
                stdin=subprocess.DEVNULL,
            ) as dump:
                subprocess.run(
                    [shell, str(scratch)],
                    stdin=dump.stdout,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=_TIMEOUT_S,
                    check=False,
                )
                dump.wait(timeout=_TIMEOUT_S)
            errors.seek(0)
            problem = errors.read().decode("utf-8", "replace")
        if dump.returncode == 0:
            return
        if "unable to open" not in problem and "readonly" not in problem:
            break
    raise StoreError(f"SQLite's .recover failed: {problem.strip() or dump.returncode}")
