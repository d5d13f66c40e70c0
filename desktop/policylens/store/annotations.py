"""Annotations: a labelled span of one document, by one annotator, with its full history.

Every change (add, update, delete, restore) appends history rows in the same transaction.

Undo/redo in the GUI is a stack of commands that call this repository and nothing else:

- add        → undo: `delete(a.id)`          redo: `restore(a)` (same id back)
- update     → undo: `update(id, **before)`   redo: `update(id, **after)`, where before/after
               are the changed fields (`Annotation.fields(...)` of the old and new values)
- delete     → undo: `restore(a)` with the Annotation `delete` returned   redo: `delete(a.id)`

Ids are never reused (AUTOINCREMENT), so a restored annotation gets its old id back and other
commands on the stack that refer to it stay valid. Each undo/redo is itself a change and is
recorded in the history.

Semantics kept for training (issue 8): `origin` is "manual" (a person drew it) or "auto" (an
automatic suggestion a person acted on); `state` is "confirmed" (the label holds: a positive)
or "rejected" (a suggestion turned down: a negative for its category). Only confirmed
annotations count as labels (agreement, the doccano `label` export).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from policylens.core.anchoring import quote_selector
from policylens.core.errors import ConflictError, StoreError
from policylens.core.gc_pause import cyclic_gc_paused
from policylens.store import history
from policylens.store.annotators import AnnotatorRepository, now
from policylens.store.session import Session

ORIGINS = ("manual", "auto")
STATES = ("confirmed", "rejected")
EDITABLE = frozenset({"start", "end", "category", "tags", "note", "status", "state"})


@dataclass(frozen=True, slots=True)
class Annotation:
    id: int
    document: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    category: str
    tags: tuple[str, ...]
    note: str
    status: str
    origin: str
    state: str
    annotator: str
    created: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        # Written out rather than dataclasses.asdict: that deep-copies and is 10× slower,
        # which shows when 10 000 history rows are written at once.
        return {
            "id": self.id,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "category": self.category,
            "tags": list(self.tags),
            "note": self.note,
            "status": self.status,
            "origin": self.origin,
            "state": self.state,
            "annotator": self.annotator,
            "created": self.created,
            "updated": self.updated,
        }

    def fields(self, names: Iterable[str]) -> dict[str, Any]:
        """Values of some editable fields, e.g. to undo an update."""
        return {name: getattr(self, name) for name in names}


@dataclass(frozen=True, slots=True)
class NewAnnotation:
    """An annotation to add; quote, prefix and suffix are taken from the document text."""

    document: str
    start: int
    end: int
    category: str
    annotator: str
    note: str = ""
    status: str = ""
    tags: tuple[str, ...] = ()
    origin: str = "manual"
    state: str = "confirmed"
    created: str | None = None
    updated: str | None = None


_SELECT = (
    'select a.id, a.document, a.start, a."end", a.quote, a.prefix, a.suffix, a.category,'
    " a.tags, a.note, a.status, a.origin, a.state, n.name, a.created, a.updated"
    " from annotations a join annotators n on n.id = a.annotator"
)
_INSERT = (
    'insert into annotations (id, document, start, "end", quote, prefix, suffix, category, tags,'
    " note, status, origin, state, annotator, created, updated)"
    " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _from_row(row: Sequence[Any]) -> Annotation:
    """One row of `_SELECT` (its columns in field order) as an Annotation; many rows at once
    are made by `_from_rows`."""
    tags = row[8]
    return Annotation(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
        () if tags == "[]" else tuple(json.loads(tags)),
        row[9], row[10], row[11], row[12], row[13], row[14], row[15],
    )  # fmt: skip


# Many rows at once (`AnnotationRepository.all`): the columns of `_from_rows`, in its order.
_MANY_COLUMNS = (
    'a.id, a.start, a."end", a.quote, a.prefix, a.suffix, a.category, a.tags, a.note, a.status,'
    " a.origin, a.state, a.annotator, a.created, a.updated"
)
# Each field's slot setter. A frozen dataclass's __init__ sets every field through
# object.__setattr__, looked up anew each time: 16 of them were a third of reading 10 000
# rows. The slots' own setters store the same values (the instance is as frozen after).
_SLOT_SETTERS = tuple(getattr(Annotation, f.name).__set__ for f in fields(Annotation))


def _from_rows(
    rows: Iterable[Sequence[Any]], names: dict[int, str], document: str | None
) -> list[Annotation]:
    """Rows of `_MANY_COLUMNS` followed by the document's sha256 (None when all rows are of
    `document`, which is then used) as Annotations, the same as `_from_row` makes."""
    (
        set_id, set_document, set_start, set_end, set_quote, set_prefix, set_suffix,
        set_category, set_tags, set_note, set_status, set_origin, set_state, set_annotator,
        set_created, set_updated,
    ) = _SLOT_SETTERS  # fmt: skip
    new, loads = object.__new__, json.loads
    made: list[Annotation] = []
    append = made.append
    for (
        id_, start, end, quote, prefix, suffix, category, tags, note, status, origin, state,
        annotator, created, updated, row_document,
    ) in rows:  # fmt: skip
        annotation = new(Annotation)
        set_id(annotation, id_)
        set_document(annotation, document or row_document)
        set_start(annotation, start)
        set_end(annotation, end)
        set_quote(annotation, quote)
        set_prefix(annotation, prefix)
        set_suffix(annotation, suffix)
        set_category(annotation, category)
        set_tags(annotation, () if tags == "[]" else tuple(loads(tags)))
        set_note(annotation, note)
        set_status(annotation, status)
        set_origin(annotation, origin)
        set_state(annotation, state)
        set_annotator(annotation, names[annotator])
        set_created(annotation, created)
        set_updated(annotation, updated)
        append(annotation)
    return made


class AnnotationRepository:
    def __init__(self, session: Session, annotators: AnnotatorRepository) -> None:
        self._session = session
        self._annotators = annotators

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
        """Label `text[start:end]` of `document`; the stored Annotation (with its id)."""
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
            annotator_ids: dict[str, int] = {}
            stamp = now()
            for item in items:
                text = texts.get(item.document)
                if text is None:
                    text = texts[item.document] = self._document_text(conn, item.document)
                if item.annotator not in annotator_ids:
                    annotator_ids[item.annotator] = self._annotators.ensure(item.annotator)
                _check(item.start, item.end, len(text), item.category, item.origin, item.state)
                selector = quote_selector(text, item.start, item.end)
                created = item.created or stamp
                annotator_id = annotator_ids[item.annotator]
                values = (
                    item.document,
                    item.start,
                    item.end,
                    selector.quote,
                    selector.prefix,
                    selector.suffix,
                    item.category,
                    tuple(item.tags),
                    item.note,
                    item.status,
                    item.origin,
                    item.state,
                    item.annotator.strip(),
                    created,
                    item.updated or created,
                )
                cursor = conn.execute(
                    _INSERT,
                    (
                        None,
                        *values[:7],
                        _tags(item.tags),
                        *values[8:12],
                        annotator_id,
                        *values[13:],
                    ),
                )
                added.append(Annotation(int(cursor.lastrowid or 0), *values))
            history.record(
                conn,
                (
                    (a.id, annotator_ids[i.annotator], a.created, "create", None, a.to_json())
                    for a, i in zip(added, items, strict=True)
                ),
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
        """Change some of `EDITABLE`; the new Annotation. Moving the span re-takes the quote.

        `expected`: the annotation as the caller last saw it; when someone changed it since,
        nothing is written and ConflictError says who and when (optimistic concurrency).
        """
        unknown = set(changes) - EDITABLE
        if unknown:
            raise StoreError(f"These annotation fields cannot be changed: {sorted(unknown)}")
        with self._session.write() as conn:
            before = self._get_or_fail(annotation_id)
            check_unchanged(
                before, expected, lambda: self.history(annotation_id), actor or before.annotator
            )
            if "tags" in changes:
                changes["tags"] = tuple(changes["tags"])
            after = replace(before, **changes)
            if after == before:
                return before
            text = self._document_text(conn, before.document)
            _check(after.start, after.end, len(text), after.category, after.origin, after.state)
            selector = quote_selector(text, after.start, after.end)
            after = replace(
                after,
                quote=selector.quote,
                prefix=selector.prefix,
                suffix=selector.suffix,
                updated=now(),
            )
            conn.execute(
                'update annotations set start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?,'
                " category = ?, tags = ?, note = ?, status = ?, state = ?, updated = ?"
                " where id = ?",
                [
                    after.start,
                    after.end,
                    after.quote,
                    after.prefix,
                    after.suffix,
                    after.category,
                    _tags(after.tags),
                    after.note,
                    after.status,
                    after.state,
                    after.updated,
                    annotation_id,
                ],
            )
            actor_id = self._actor(actor, before)
            history.record(
                conn,
                [
                    (
                        annotation_id,
                        actor_id,
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
        """Remove it; the deleted Annotation (keep it to undo with `restore`)."""
        with self._session.write() as conn:
            before = self._get_or_fail(annotation_id)
            check_unchanged(
                before, expected, lambda: self.history(annotation_id), actor or before.annotator
            )
            conn.execute("delete from annotations where id = ?", [annotation_id])
            history.record(
                conn,
                [
                    (
                        annotation_id,
                        self._actor(actor, before),
                        now(),
                        "delete",
                        before.to_json(),
                        None,
                    )
                ],
            )
        return before

    def restore(self, annotation: Annotation, *, actor: str | None = None) -> Annotation:
        """Put a deleted annotation back exactly as it was, with the same id (undo of delete)."""
        with self._session.write() as conn:
            if self.get(annotation.id) is not None:
                raise StoreError(f"Annotation {annotation.id} is already in the library.")
            text = self._document_text(conn, annotation.document)
            _check(
                annotation.start,
                annotation.end,
                len(text),
                annotation.category,
                annotation.origin,
                annotation.state,
            )
            annotator_id = self._annotators.ensure(annotation.annotator)
            conn.execute(_INSERT, _row(annotation, annotator_id, new=False))
            actor_id = self._annotators.ensure(actor) if actor else annotator_id
            history.record(
                conn, [(annotation.id, actor_id, now(), "create", None, annotation.to_json())]
            )
        return annotation

    # -- reading ---------------------------------------------------------------------------

    def get(self, annotation_id: int) -> Annotation | None:
        row = self._session.conn.execute(_SELECT + " where a.id = ?", [annotation_id]).fetchone()
        return None if row is None else _from_row(row)

    def for_document(self, sha256: str, annotator: str | None = None) -> list[Annotation]:
        """The document's annotations in text order (one annotator's, when named)."""
        return self.all(document=sha256, annotator=annotator)

    def all(self, *, document: str | None = None, annotator: str | None = None) -> list[Annotation]:
        where, params = _filters(document, annotator)
        names = dict(self._session.conn.execute("select id, name from annotators").fetchall())
        # No join, and no document column when it is known: the read budget (10 000 in 100 ms).
        rows = self._session.conn.execute(
            f"select {_MANY_COLUMNS}, {'null' if document else 'a.document'}"
            f" from annotations a{where}"
            f' order by {"" if document else "a.document, "}a.start, a."end", a.id',
            params,
        )
        # Nothing made here can form a cycle: the collector, set off by the allocations, would
        # only walk the heap again and again.
        with cyclic_gc_paused():
            return _from_rows(rows, names, document)

    def counts(
        self, *, document: str | None = None, annotator: str | None = None
    ) -> dict[str, int]:
        """Confirmed annotations per category."""
        where, params = _filters(document, annotator)
        where += (" and" if where else " where") + " a.state = 'confirmed'"
        rows = self._session.conn.execute(
            "select a.category, count(*) from annotations a join annotators n"
            f" on n.id = a.annotator{where} group by a.category order by a.category",
            params,
        ).fetchall()
        return {str(c): int(n) for c, n in rows}

    def count(self, document: str | None = None) -> int:
        where, params = _filters(document, None)
        row = self._session.conn.execute(
            f"select count(*) from annotations a{where}", params
        ).fetchone()
        return int(row[0])

    def history(self, annotation_id: int | None = None) -> list[history.HistoryEntry]:
        """Every change of one annotation (or all changes), oldest first."""
        return history.for_annotation(self._session.conn, annotation_id)

    # -- helpers ---------------------------------------------------------------------------

    def _get_or_fail(self, annotation_id: int) -> Annotation:
        found = self.get(annotation_id)
        if found is None:
            raise StoreError(f"Annotation {annotation_id} is not in the library (deleted?).")
        return found

    def _actor(self, actor: str | None, annotation: Annotation) -> int:
        return self._annotators.ensure(actor or annotation.annotator)

    @staticmethod
    def _document_text(conn: sqlite3.Connection, sha256: str) -> str:
        row = conn.execute("select text from documents where sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise StoreError(f"Document {sha256[:12]} is not in the library.")
        return str(row[0])


def check_unchanged(
    current: Annotation,
    expected: Annotation | None,
    changes: Callable[[], Sequence[history.HistoryEntry]],
    actor: str,
) -> None:
    """ConflictError when someone other than `actor` changed the annotation since the caller
    saw it as `expected`. The actor's own changes queued in between (a quick label, then a
    note) are no conflict."""
    if expected is None or current == expected:
        return
    entries = changes()
    seen = expected.to_json()
    last_seen = max((i for i, e in enumerate(entries) if e.after == seen), default=-1)
    others = [e for e in entries[last_seen + 1 :] if e.annotator != actor]
    if not others:
        return
    last = others[-1]
    raise ConflictError(
        f"Annotation {current.id} ({current.category}, “{current.quote[:40]}”) was changed by "
        f"{last.annotator} at {last.at} while you were editing it. Your change was not saved; "
        "look at the new version and make it again if it still applies."
    )


def _tags(tags: Sequence[str]) -> str:
    return json.dumps(list(tags), ensure_ascii=False)


def _row(annotation: Annotation, annotator_id: int, *, new: bool) -> list[Any]:
    a = annotation
    return [
        None if new else a.id,
        a.document,
        a.start,
        a.end,
        a.quote,
        a.prefix,
        a.suffix,
        a.category,
        _tags(a.tags),
        a.note,
        a.status,
        a.origin,
        a.state,
        annotator_id,
        a.created,
        a.updated,
    ]


def _filters(document: str | None, annotator: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if document is not None:
        clauses.append("a.document = ?")
        params.append(document)
    if annotator is not None:
        clauses.append("a.annotator = (select id from annotators where name = ?)")
        params.append(annotator.strip())
    return (" where " + " and ".join(clauses) if clauses else ""), params


def _check(start: int, end: int, length: int, category: str, origin: str, state: str) -> None:
    if not 0 <= start < end <= length:
        raise StoreError(
            f"An annotation must cover some text inside the document: {start}–{end} is not "
            f"within 0–{length}."
        )
    if not category.strip():
        raise StoreError("An annotation needs a category.")
    if origin not in ORIGINS:
        raise StoreError(f"Unknown annotation origin {origin!r} (expected manual or auto).")
    if state not in STATES:
        raise StoreError(f"Unknown annotation state {state!r} (expected confirmed or rejected).")
