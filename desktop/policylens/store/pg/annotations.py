"""Annotations in a team library: the SQLite library's interface and rules (see
`store.annotations`), written for PostgreSQL with row-level security and a version column.

Who may write is decided by the server (store/pg/schema.py), not here: an annotator's change
of someone else's annotation updates no row, and is reported as refused. An update names the
version it read (`where version = …`), so a change made in between by someone else is a
ConflictError, never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import psycopg

from policylens.core.anchoring import quote_selector
from policylens.core.errors import ConflictError, StoreError
from policylens.store import history
from policylens.store.annotations import (
    EDITABLE,
    Annotation,
    NewAnnotation,
    _check,
    _from_row,
    _tags,
    check_unchanged,
)
from policylens.store.annotators import now
from policylens.store.pg.documents import PgAnnotatorRepository
from policylens.store.pg.session import PgSession

_COLUMNS = (
    'a.id, a.document, a.start, a."end", a.quote, a.prefix, a.suffix, a.category, a.tags,'
    " a.note, a.status, a.origin, a.state, n.name, a.created, a.updated, a.version"
)
_SELECT = f"select {_COLUMNS} from annotations a join annotators n on n.id = a.annotator"
_INSERT = (
    'insert into annotations (document, start, "end", quote, prefix, suffix, category, tags,'
    " note, status, origin, state, annotator, created, updated)"
    " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning id"
)
_REFUSED = (
    "The team library refused this change: annotation {id} is {owner}'s, and only they (or a "
    "reviewer) can change it. Nothing was saved."
)


class PgAnnotationRepository:
    def __init__(
        self, session: PgSession, annotators: PgAnnotatorRepository, identity: str | None
    ) -> None:
        self._session = session
        self._annotators = annotators
        self._identity = identity

    # -- writing ---------------------------------------------------------------------------

    def add(
        self,
        document: str,
        start: int,
        end: int,
        category: str,
        *,
        annotator: str,
        note: str = "",
        status: str = "",
        tags: Sequence[str] = (),
        origin: str = "manual",
        state: str = "confirmed",
    ) -> Annotation:
        item = NewAnnotation(
            document, start, end, category, annotator, note, status, tuple(tags), origin, state
        )
        return self.add_many([item])[0]

    def add_many(self, items: Iterable[NewAnnotation]) -> list[Annotation]:
        """Add all in one transaction (all or nothing), each with its history row."""
        items = list(items)
        added: list[Annotation] = []
        with self._session.write() as conn:
            texts: dict[str, str] = {}
            ids: dict[str, int] = {}
            stamp = now()
            for item in items:
                text = texts.get(item.document)
                if text is None:
                    text = texts[item.document] = _document_text(conn, item.document)
                name = item.annotator.strip()
                if name not in ids:
                    ids[name] = self._annotators.ensure(name)
                _check(item.start, item.end, len(text), item.category, item.origin, item.state)
                selector = quote_selector(text, item.start, item.end)
                created = item.created or stamp
                row = conn.execute(
                    _INSERT,
                    (
                        item.document, item.start, item.end, selector.quote, selector.prefix,
                        selector.suffix, item.category, _tags(item.tags), item.note, item.status,
                        item.origin, item.state, ids[name], created, item.updated or created,
                    ),
                ).fetchone()  # fmt: skip
                assert row is not None
                added.append(
                    Annotation(
                        int(row[0]), item.document, item.start, item.end, selector.quote,
                        selector.prefix, selector.suffix, item.category, tuple(item.tags),
                        item.note, item.status, item.origin, item.state, name, created,
                        item.updated or created,
                    )
                )  # fmt: skip
            _record(
                conn,
                ((a.id, ids[a.annotator], a.created, "create", None, a.to_json()) for a in added),
            )
        return added

    def update(
        self,
        annotation_id: int,
        *,
        actor: str | None = None,
        expected: Annotation | None = None,
        **changes: Any,
    ) -> Annotation:
        unknown = set(changes) - EDITABLE
        if unknown:
            raise StoreError(f"These annotation fields cannot be changed: {sorted(unknown)}")
        with self._session.write() as conn:
            before, version = self._get_versioned(conn, annotation_id)
            check_unchanged(
                before,
                expected,
                lambda: self.history(annotation_id),
                actor or self._identity or before.annotator,
            )
            if "tags" in changes:
                changes["tags"] = tuple(changes["tags"])
            after = replace(before, **changes)
            if after == before:
                return before
            text = _document_text(conn, before.document)
            _check(after.start, after.end, len(text), after.category, after.origin, after.state)
            selector = quote_selector(text, after.start, after.end)
            after = replace(
                after,
                quote=selector.quote,
                prefix=selector.prefix,
                suffix=selector.suffix,
                updated=now(),
            )
            cursor = conn.execute(
                'update annotations set start = %s, "end" = %s, quote = %s, prefix = %s,'
                " suffix = %s, category = %s, tags = %s, note = %s, status = %s, state = %s,"
                " updated = %s, version = version + 1 where id = %s and version = %s",
                [
                    after.start, after.end, after.quote, after.prefix, after.suffix,
                    after.category, _tags(after.tags), after.note, after.status, after.state,
                    after.updated, annotation_id, version,
                ],
            )  # fmt: skip
            if cursor.rowcount != 1:
                self._refused(conn, before, version)
            _record(
                conn,
                [
                    (
                        annotation_id,
                        self._actor_id(actor, before),
                        after.updated,
                        "update",
                        before.to_json(),
                        after.to_json(),
                    )
                ],
            )
        return after

    def delete(
        self, annotation_id: int, *, actor: str | None = None, expected: Annotation | None = None
    ) -> Annotation:
        with self._session.write() as conn:
            before, version = self._get_versioned(conn, annotation_id)
            check_unchanged(
                before,
                expected,
                lambda: self.history(annotation_id),
                actor or self._identity or before.annotator,
            )
            cursor = conn.execute(
                "delete from annotations where id = %s and version = %s", [annotation_id, version]
            )
            if cursor.rowcount != 1:
                self._refused(conn, before, version)
            _record(
                conn,
                [
                    (
                        annotation_id,
                        self._actor_id(actor, before),
                        now(),
                        "delete",
                        before.to_json(),
                        None,
                    )
                ],
            )
        return before

    def restore(self, annotation: Annotation, *, actor: str | None = None) -> Annotation:
        with self._session.write() as conn:
            if self.get(annotation.id) is not None:
                raise StoreError(f"Annotation {annotation.id} is already in the library.")
            a = annotation
            text = _document_text(conn, a.document)
            _check(a.start, a.end, len(text), a.category, a.origin, a.state)
            annotator_id = self._annotators.ensure(a.annotator)
            conn.execute(
                'insert into annotations (id, document, start, "end", quote, prefix, suffix,'
                " category, tags, note, status, origin, state, annotator, created, updated)"
                " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [
                    a.id, a.document, a.start, a.end, a.quote, a.prefix, a.suffix, a.category,
                    _tags(a.tags), a.note, a.status, a.origin, a.state, annotator_id, a.created,
                    a.updated,
                ],
            )  # fmt: skip
            actor_id = self._annotators.ensure(actor) if actor else self._actor_id(None, a)
            _record(conn, [(a.id, actor_id, now(), "create", None, a.to_json())])
        return annotation

    # -- reading ---------------------------------------------------------------------------

    def get(self, annotation_id: int) -> Annotation | None:
        with self._session.connection() as conn:
            row = conn.execute(_SELECT + " where a.id = %s", [annotation_id]).fetchone()
        return None if row is None else _from_row(row)

    def for_document(self, sha256: str, annotator: str | None = None) -> list[Annotation]:
        return self.all(document=sha256, annotator=annotator)

    def all(self, *, document: str | None = None, annotator: str | None = None) -> list[Annotation]:
        where, params = _filters(document, annotator)
        order = "" if document else 'a.document collate "C", '
        with self._session.connection() as conn:
            rows = conn.execute(
                f'{_SELECT}{where} order by {order}a.start, a."end", a.id', params
            ).fetchall()
        return [_from_row(row) for row in rows]

    def counts(
        self, *, document: str | None = None, annotator: str | None = None
    ) -> dict[str, int]:
        where, params = _filters(document, annotator)
        where += (" and" if where else " where") + " a.state = 'confirmed'"
        with self._session.connection() as conn:
            rows = conn.execute(
                f"select a.category, count(*) from annotations a{where}"
                ' group by a.category order by a.category collate "C"',
                params,
            ).fetchall()
        return {str(c): int(n) for c, n in rows}

    def count(self, document: str | None = None) -> int:
        where, params = _filters(document, None)
        with self._session.connection() as conn:
            row = conn.execute(f"select count(*) from annotations a{where}", params).fetchone()
        return int(row[0]) if row else 0

    def history(self, annotation_id: int | None = None) -> list[history.HistoryEntry]:
        where, params = (
            ("where h.annotation = %s", [annotation_id]) if annotation_id is not None else ("", [])
        )
        with self._session.connection() as conn:
            rows = conn.execute(
                "select h.id, h.annotation, a.name, h.at, h.action, h.before, h.after"
                f" from history h left join annotators a on a.id = h.annotator {where}"
                " order by h.id",
                params,
            ).fetchall()
        return [history.entry_from_row(row) for row in rows]

    # -- helpers ---------------------------------------------------------------------------

    def _get_versioned(
        self, conn: psycopg.Connection[Any], annotation_id: int
    ) -> tuple[Annotation, int]:
        row = conn.execute(_SELECT + " where a.id = %s", [annotation_id]).fetchone()
        if row is None:
            raise StoreError(f"Annotation {annotation_id} is not in the library (deleted?).")
        return _from_row(row), int(row[16])

    def _refused(self, conn: psycopg.Connection[Any], before: Annotation, version: int) -> None:
        """Why an update or delete of one row touched none: changed meanwhile, or not ours."""
        row = conn.execute("select version from annotations where id = %s", [before.id]).fetchone()
        if row is None or int(row[0]) != version:
            entries = self.history(before.id)
            last = entries[-1] if entries else None
            who = f"{last.annotator} at {last.at}" if last else "someone"
            raise ConflictError(
                f"Annotation {before.id} ({before.category}) was changed by {who} while you "
                "were changing it. Your change was not saved; look at the new version and make "
                "it again if it still applies."
            )
        raise StoreError(_REFUSED.format(id=before.id, owner=before.annotator))

    def _actor_id(self, actor: str | None, annotation: Annotation) -> int:
        # A team member acts as their own role (the history policy checks it); the owner
        # copying or importing may act for anyone.
        return self._annotators.ensure(actor or self._identity or annotation.annotator)


def _record(
    conn: psycopg.Connection[Any],
    entries: Iterable[
        tuple[int, int | None, str, history.Action, dict[str, Any] | None, dict[str, Any] | None]
    ],
) -> None:
    rows = history.rows(entries)
    if rows:
        with conn.cursor() as cursor:
            cursor.executemany(
                "insert into history (annotation, annotator, at, action, before, after)"
                " values (%s, %s, %s, %s, %s, %s)",
                rows,
            )


def _document_text(conn: psycopg.Connection[Any], sha256: str) -> str:
    row = conn.execute("select text from documents where sha256 = %s", [sha256]).fetchone()
    if row is None:
        raise StoreError(f"Document {sha256[:12]} is not in the library.")
    return str(row[0])


def _filters(document: str | None, annotator: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if document is not None:
        clauses.append("a.document = %s")
        params.append(document)
    if annotator is not None:
        clauses.append("a.annotator = (select id from annotators where name = %s)")
        params.append(annotator.strip())
    return (" where " + " and ".join(clauses) if clauses else ""), params
