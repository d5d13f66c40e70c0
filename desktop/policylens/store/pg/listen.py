"""Live changes of a team library: LISTEN on its own connection, on a background thread.

The server's trigger sends one notification per changed annotation (store/pg/schema.py). The
thread hands each to a callback as a `Change`; the GUI turns that into a re-read of the shown
document. When the connection drops the thread says so (`on_status(False, …)`), retries every
few seconds, and after it is back sends `Change(None)`: whatever was missed, re-read it all.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import psycopg

from policylens.store.library import Change, ChangeCallback, StatusCallback
from policylens.store.pg.schema import CHANGES_CHANNEL
from policylens.store.pg.session import CONNECT_TIMEOUT, display_url

log = logging.getLogger(__name__)
RETRY_SECONDS = 2.0
POLL_SECONDS = 0.5  # how often the thread looks at its stop flag between notifications


def parse(payload: str) -> Change:
    try:
        data = json.loads(payload)
        return Change(str(data["document"]), str(data.get("action", "")), int(data["id"]))
    except (ValueError, KeyError, TypeError):
        return Change(None)


class ChangeListener:
    """A running LISTEN; `close()` stops it (within POLL_SECONDS)."""

    def __init__(
        self, url: str, on_change: ChangeCallback, on_status: StatusCallback | None = None
    ) -> None:
        self._url = url
        self._on_change = on_change
        self._on_status = on_status
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._conn: psycopg.Connection[Any] | None = None
        self._thread = threading.Thread(target=self._run, name="policylens-listen", daemon=True)
        self._thread.start()
        # Changes made after watch() returns must not be missed: wait for the LISTEN.
        self._ready.wait(CONNECT_TIMEOUT + 1)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=POLL_SECONDS * 4 + 1)

    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        conn.execute(f"listen {CHANGES_CHANNEL}")
        return conn

    def _status(self, connected: bool, message: str) -> None:
        if self._on_status is not None:
            self._on_status(connected, message)

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as error:
                self._ready.set()
                if not lost:
                    lost = True
                    self._status(False, _lost_message(self._url, error))
                self._stop.wait(RETRY_SECONDS)
                continue
            self._ready.set()
            if lost:
                lost = False
                self._status(True, f"Connected again to the team library {display_url(self._url)}")
                self._on_change(Change(None))  # we may have missed changes: re-read
            try:
                with conn:
                    while not self._stop.is_set():
                        for notify in conn.notifies(timeout=POLL_SECONDS):
                            self._on_change(parse(notify.payload))
            except psycopg.Error as error:
                log.info("team library listener lost its connection: %s", error)
                lost = True
                self._status(False, _lost_message(self._url, error))
                self._stop.wait(RETRY_SECONDS)


def _lost_message(url: str, error: BaseException) -> str:
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return (
        f"The connection to the team library {display_url(url)} is lost ({detail}). You can go "
        "on reading; changes are refused until it is back (PolicyLens keeps trying)."
    )
