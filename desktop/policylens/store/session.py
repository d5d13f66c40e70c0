"""One connection and the rules for writing through it.

Every write goes through `Session.write()`: one `BEGIN IMMEDIATE` transaction (so a second
writer waits for the busy timeout instead of failing half-way), committed as a whole or rolled
back as a whole. Blocks nest: an inner `write()` joins the outer transaction, so an import can
add documents, annotators and annotations and still be all-or-nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from policylens.core.errors import StoreError

if TYPE_CHECKING:
    import sqlite_utils


class Session:
    def __init__(
        self,
        db: sqlite_utils.Database,
        *,
        read_only_reason: str = "",
        busy_timeout: float = 5.0,
    ) -> None:
        self.db = db
        self.read_only_reason = read_only_reason
        self.busy_timeout = busy_timeout

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"The library is open read-only: {self.read_only_reason} Nothing was saved."
            )

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (joins the open one when nested)."""
        self.check_writable()
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise self.translate(error) from error
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self.translate(error) from error
            raise

    def translate(self, error: sqlite3.Error) -> StoreError:
        """A message for a person, for an error SQLite raised while writing."""
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            return StoreError(
                "The library is busy: another program has been writing to it for more than "
                f"{self.busy_timeout:g} s. Nothing was saved; try again in a moment."
            )
        if "readonly" in text or "read-only" in text:
            return StoreError(
                f"The library cannot be written ({error}). Nothing was saved; check that the "
                "data folder is writable."
            )
        if "disk" in text and "full" in text:
            return StoreError("The disk is full. Nothing was saved; free some space.")
        return StoreError(f"The library could not be updated ({error}). Nothing was saved.")
