"""Annotators: every annotation has exactly one, by name."""

from __future__ import annotations

from datetime import UTC, datetime

from policylens.core.errors import StoreError
from policylens.store.session import Session


def now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds (they order as strings)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class AnnotatorRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def ensure(self, name: str) -> int:
        """The id of the annotator called `name`, created when new."""
        name = name.strip()
        if not name:
            raise StoreError("An annotator needs a name (set it in the settings).")
        found = self.find(name)
        if found is not None:
            return found
        with self._session.write() as conn:
            conn.execute(
                "insert or ignore into annotators (name, created) values (?, ?)", [name, now()]
            )
            row = conn.execute("select id from annotators where name = ?", [name]).fetchone()
        return int(row[0])

    def find(self, name: str) -> int | None:
        row = self._session.conn.execute(
            "select id from annotators where name = ?", [name.strip()]
        ).fetchone()
        return None if row is None else int(row[0])

    def name(self, annotator_id: int) -> str | None:
        row = self._session.conn.execute(
            "select name from annotators where id = ?", [annotator_id]
        ).fetchone()
        return None if row is None else str(row[0])

    def all(self) -> list[str]:
        rows = self._session.conn.execute("select name from annotators order by name").fetchall()
        return [str(r[0]) for r in rows]
