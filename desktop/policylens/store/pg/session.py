"""Connections to a team library: a psycopg pool, and the rules for writing through it.

Every write goes through `PgSession.write()`: one transaction, committed as a whole or rolled
back as a whole; blocks nest (an inner `write()` joins the outer transaction), like the SQLite
library's `Session`. Reads outside a write borrow a pooled connection for the one statement.
Every error of the server or the network becomes a StoreError written for a person: a lost
connection refuses the write ("nothing was saved") and the pool reconnects by itself once
the server answers again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool, PoolTimeout

from policylens.core.errors import StoreError

CONNECT_TIMEOUT = 5  # seconds: libpq's own, and how long a write waits for a pooled connection
POOL_MAX = 4


def display_url(url: str) -> str:
    """The URL without a password (for messages, titles and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def connect(url: str, **kwargs: Any) -> psycopg.Connection[Any]:
    """One connection outside the pool (migrations, LISTEN, the administrator's commands)."""
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **kwargs)
    except psycopg.Error as error:
        raise unreachable(url, error) from error


def unreachable(url: str, error: BaseException) -> StoreError:
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "password" in detail.lower() and "authentication" in detail.lower():
        return StoreError(
            f"The team library {display_url(url)} refused the password ({detail}). Put the "
            "password in your ~/.pgpass file (or PGPASSFILE), never in the settings."
        )
    return StoreError(f"The team library {display_url(url)} cannot be reached: {detail}")


class PgSession:
    def __init__(self, url: str, *, read_only_reason: str = "") -> None:
        self.url = url
        self.read_only_reason = read_only_reason
        self._local = threading.local()
        self._renewing = threading.Lock()
        self.pool = self._open_pool()

    def _open_pool(self) -> ConnectionPool[psycopg.Connection[Any]]:
        pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
            self.url,
            min_size=1,
            max_size=POOL_MAX,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
            check=ConnectionPool.check_connection,  # a connection the server dropped is replaced
            open=False,
            name="policylens",
        )
        try:
            pool.open(wait=True, timeout=CONNECT_TIMEOUT + 1)
        except PoolTimeout as error:
            pool.close()
            raise unreachable(self.url, error) from error
        return pool

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"The library is open read-only: {self.read_only_reason} Nothing was saved."
            )

    def _borrow(self) -> psycopg.Connection[Any]:
        """A pooled connection. After the server was away, the pool retries with a growing
        pause (up to minutes); when the server answers again we start a fresh pool rather
        than wait for the old one's next try."""
        pool = self.pool
        try:
            return pool.getconn(timeout=CONNECT_TIMEOUT)
        except PoolTimeout:
            try:
                psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT).close()
            except psycopg.Error:
                raise  # still away: the PoolTimeout says so
            with self._renewing:
                if self.pool is pool:
                    self.pool = self._open_pool()
                    pool.close(timeout=0)
            return self.pool.getconn(timeout=CONNECT_TIMEOUT)

    def _give_back(self, conn: psycopg.Connection[Any]) -> None:
        try:
            self.pool.putconn(conn)
        except (ValueError, psycopg.Error):  # from a pool replaced meanwhile
            conn.close()

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        """The open transaction's connection on this thread, else one from the pool."""
        current = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        try:
            conn = self._borrow()
        except (PoolTimeout, psycopg.Error, StoreError) as error:
            raise self.translate(error, writing=False) from error
        try:
            yield conn
        except psycopg.Error as error:
            raise self.translate(error, writing=False) from error
        finally:
            self._give_back(conn)

    @contextmanager
    def write(self) -> Iterator[psycopg.Connection[Any]]:
        """A write transaction (joins the open one when nested)."""
        self.check_writable()
        current = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        try:
            conn = self._borrow()
        except (PoolTimeout, psycopg.Error, StoreError) as error:
            raise self.translate(error, writing=True) from error
        try:
            with conn.transaction():
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
        except psycopg.Error as error:
            raise self.translate(error, writing=True) from error
        finally:
            self._give_back(conn)

    def translate(self, error: BaseException, *, writing: bool) -> StoreError:
        """A message for a person, for an error the server (or the network) gave."""
        saved = " Nothing was saved." if writing else ""
        where = display_url(self.url)
        if isinstance(error, StoreError):
            return StoreError(f"{error}{saved}")
        if isinstance(error, PoolTimeout | psycopg.OperationalError) and not isinstance(
            error, pg_errors.QueryCanceled | pg_errors.LockNotAvailable
        ):
            return StoreError(
                f"The connection to the team library {where} is lost.{saved} PolicyLens "
                "reconnects by itself as soon as the server answers; try again then."
            )
        if isinstance(error, pg_errors.InsufficientPrivilege):
            return StoreError(
                "The team library refused this change: each person can change only their own "
                f"annotations, notes and statuses (a reviewer can adjudicate).{saved}"
            )
        if isinstance(error, pg_errors.SerializationFailure | pg_errors.DeadlockDetected):
            return StoreError(f"Someone else was changing the same rows at once.{saved} Try again.")
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return StoreError(f"The team library could not be updated ({detail}).{saved}")

    def close(self) -> None:
        self.pool.close()
