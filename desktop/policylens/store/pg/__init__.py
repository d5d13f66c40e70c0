"""The team library on PostgreSQL (psycopg 3 + psycopg_pool), behind the one `Store` interface.

Open it with `open_store("postgresql://user@host/dbname")` (or `POLICYLENS_LIBRARY`). Nothing
above `store/` sees the difference. Passwords come from libpq's own sources — `~/.pgpass` (or
`PGPASSFILE`), `PGPASSWORD`, a service file — never from PolicyLens' settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from policylens.core.errors import StoreError
from policylens.store.library import ChangeCallback, StatusCallback, Watch
from policylens.store.pg.annotations import PgAnnotationRepository
from policylens.store.pg.documents import PgAnnotatorRepository, PgDocumentRepository, search
from policylens.store.pg.listen import ChangeListener
from policylens.store.pg.schema import ANNOTATOR_GROUP, SCHEMA_VERSION, schema_version
from policylens.store.pg.session import PgSession, connect, display_url
from policylens.store.search import SearchHit

__all__ = ["SCHEMA_VERSION", "TeamStore", "open_team_store"]


class TeamStore:
    """A team library. Safe to use from one thread at a time per transaction; reads and writes
    borrow pooled connections."""

    def __init__(self, url: str, identity: str | None) -> None:
        self.url = url
        self.session = PgSession(url)
        self._identity = identity
        self.documents = PgDocumentRepository(self.session)
        self.annotators = PgAnnotatorRepository(self.session)
        self.annotations = PgAnnotationRepository(self.session, self.annotators, identity)
        self._watches: list[ChangeListener] = []

    @property
    def location(self) -> str:
        return display_url(self.url)

    @property
    def identity(self) -> str | None:
        return self._identity

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def read_only_reason(self) -> str:
        return self.session.read_only_reason

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.session.write():
            yield

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        return search(self.session, query, limit=limit, documents=self.documents)

    def integrity_ok(self) -> bool:
        with self.session.connection() as conn:
            return schema_version(conn) == SCHEMA_VERSION

    def watch(
        self, on_change: ChangeCallback, on_status: StatusCallback | None = None
    ) -> Watch | None:
        listener = ChangeListener(self.url, on_change, on_status)
        self._watches.append(listener)
        return listener

    def close(self) -> None:
        for listener in self._watches:
            listener.close()
        self._watches.clear()
        self.session.close()


def open_team_store(url: str) -> TeamStore:
    """Open the team library at `url`. StoreError with a message for a person when the server
    cannot be reached, holds no team library yet, or one from a newer PolicyLens."""
    with connect(url, autocommit=True) as conn:
        version = schema_version(conn)
        # Who the server says we are: a team member's role, or None for the administrator (a
        # superuser is a member of every role, and labels as whoever they choose).
        row = conn.execute(
            "select current_user, pg_has_role(current_user, %s, 'member')"
            " and not (select rolsuper from pg_roles where rolname = current_user)",
            [ANNOTATOR_GROUP],
        ).fetchone() if version is not None else None  # fmt: skip
    where = display_url(url)
    if version is None:
        raise StoreError(
            f"{where} holds no PolicyLens team library yet. Its administrator creates one with "
            f"`policylens library init-team {where}`."
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"The team library {where} was written by a newer PolicyLens (schema {version}, "
            f"this version knows {SCHEMA_VERSION}). Please update PolicyLens."
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"The team library {where} has an older schema ({version}); its administrator "
            f"updates it with `policylens library init-team {where}` (a backup first)."
        )
    identity = str(row[0]) if row is not None and row[1] else None
    return TeamStore(url, identity)
