"""The append-only history of every annotation change (who, when, before, after).

Rows are written in the same transaction as the change they record; triggers in the schema
refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Action = Literal["create", "update", "delete"]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    annotation: int
    annotator: str | None
    at: str
    action: Action
    before: dict[str, Any] | None
    after: dict[str, Any] | None


Entry = tuple[int, int | None, str, Action, dict[str, Any] | None, dict[str, Any] | None]


def rows(
    entries: Iterable[Entry],
) -> list[tuple[int, int | None, str, str, str | None, str | None]]:
    """(annotation id, actor id, at, action, before, after) as stored: JSON text, both
    libraries alike."""
    return [
        (
            annotation,
            actor,
            at,
            action,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        )
        for annotation, actor, at, action, before, after in entries
    ]


def record(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    """Append (annotation id, actor id, at, action, before, after) rows."""
    conn.executemany(
        "insert into history (annotation, annotator, at, action, before, after)"
        " values (?, ?, ?, ?, ?, ?)",
        rows(entries),
    )


def entry_from_row(row: Sequence[Any]) -> HistoryEntry:
    """(id, annotation, annotator name, at, action, before, after) → HistoryEntry."""
    return HistoryEntry(
        id=row[0],
        annotation=row[1],
        annotator=row[2],
        at=row[3],
        action=row[4],
        before=None if row[5] is None else json.loads(row[5]),
        after=None if row[6] is None else json.loads(row[6]),
    )


def for_annotation(conn: sqlite3.Connection, annotation: int | None = None) -> list[HistoryEntry]:
    """The history of one annotation (or of all, when None), oldest first."""
    where, params = ("where h.annotation = ?", [annotation]) if annotation is not None else ("", [])
    found = conn.execute(
        "select h.id, h.annotation, a.name, h.at, h.action, h.before, h.after from history h"
        f" left join annotators a on a.id = h.annotator {where} order by h.id",
        params,
    ).fetchall()
    return [entry_from_row(row) for row in found]
