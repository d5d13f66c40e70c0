"""Annotations in the store: what the labelling GUI and the exports rely on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.core.errors import StoreError
from policylens.store import NewAnnotation, Store, open_store

TEXT = "ما اطلاعات شما را جمع‌آوری می‌کنیم.\nWe share data with Google Analytics.\nپایان"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """Both libraries, through the one interface: every test here holds for each."""
    if request.param == "postgresql":
        library = open_store(request.getfixturevalue("team_url"))
    else:
        library = open_store(tmp_path / "lib.sqlite3")
    yield library
    library.close()


@pytest.fixture
def doc(store: Store) -> Document:
    document = Document.from_text(TEXT, title="نمونه", format="txt")
    store.documents.add(document)
    return document


def test_add_keeps_quote_and_context_and_can_be_read_back(store: Store, doc: Document) -> None:
    start = TEXT.index("Google")
    added = store.annotations.add(
        doc.sha256,
        start,
        start + 6,
        "third_party_sharing_collection",
        annotator="Sara",
        note="which products?",
        status="question",
        tags=["advertising"],
    )
    assert added.id > 0
    assert added.quote == "Google"
    assert added.prefix == TEXT[start - 32 : start] and added.suffix == TEXT[start + 6 : start + 38]
    assert store.annotations.get(added.id) == added
    assert store.annotations.for_document(doc.sha256) == [added]
    assert store.annotations.for_document(doc.sha256, annotator="Other") == []
    assert store.annotations.counts() == {"third_party_sharing_collection": 1}


def test_every_change_is_in_the_history_and_undo_restores_the_same_id(
    store: Store, doc: Document
) -> None:
    a = store.annotations.add(doc.sha256, 0, 2, "other", annotator="Sara")
    changed = store.annotations.update(a.id, category="first_party_collection_use", note="n")
    assert changed.category == "first_party_collection_use" and changed.note == "n"
    # undo the update, then delete, then undo the delete
    store.annotations.update(a.id, **a.fields(["category", "note"]), actor="Reza")
    deleted = store.annotations.delete(a.id)
    assert store.annotations.get(a.id) is None
    restored = store.annotations.restore(deleted)
    assert restored.id == a.id and store.annotations.get(a.id) == deleted
    actions = [(h.action, h.annotator) for h in store.annotations.history(a.id)]
    assert actions == [
        ("create", "Sara"),
        ("update", "Sara"),
        ("update", "Reza"),
        ("delete", "Sara"),
        ("create", "Sara"),
    ]
    last_update = store.annotations.history(a.id)[2]
    assert last_update.before is not None and last_update.after is not None
    assert last_update.before["category"] == "first_party_collection_use"
    assert last_update.after["category"] == "other"


def test_history_is_append_only(store: Store, doc: Document) -> None:
    store.annotations.add(doc.sha256, 0, 2, "other", annotator="Sara")
    if not hasattr(store, "db"):
        pytest.skip("the team library's history: tests/unit/test_team_library.py")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.conn.execute("delete from history")


def test_moving_the_span_retakes_the_quote(store: Store, doc: Document) -> None:
    a = store.annotations.add(doc.sha256, 0, 2, "other", annotator="Sara")
    moved = store.annotations.update(a.id, start=3, end=10)
    assert moved.quote == TEXT[3:10]


@pytest.mark.parametrize(
    ("start", "end", "category", "origin"),
    [
        (5, 5, "other", "manual"),
        (0, 10_000, "other", "manual"),
        (0, 3, " ", "manual"),
        (0, 3, "other", "robot"),
    ],
)
def test_bad_annotations_are_refused_clearly(
    store: Store, doc: Document, start: int, end: int, category: str, origin: str
) -> None:
    with pytest.raises(StoreError):
        store.annotations.add(doc.sha256, start, end, category, annotator="S", origin=origin)
    assert store.annotations.count() == 0


def test_unknown_document_and_unknown_annotation(store: Store) -> None:
    with pytest.raises(StoreError, match="not in the library"):
        store.annotations.add("ab" * 32, 0, 1, "other", annotator="S")
    with pytest.raises(StoreError, match="not in the library"):
        store.annotations.delete(12345)


def test_add_many_is_all_or_nothing(store: Store, doc: Document) -> None:
    good = NewAnnotation(doc.sha256, 0, 2, "other", "Sara")
    bad = NewAnnotation(doc.sha256, 0, 99_999, "other", "Sara")
    with pytest.raises(StoreError):
        store.annotations.add_many([good, good, bad])
    assert store.annotations.count() == 0
    assert store.annotations.history() == []


def test_transaction_groups_calls(store: Store, doc: Document) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.annotations.add(doc.sha256, 0, 2, "other", annotator="Sara")
        raise RuntimeError("the user cancelled")
    assert store.annotations.count() == 0


def test_rejected_suggestions_are_kept_apart_from_labels(store: Store, doc: Document) -> None:
    store.annotations.add(doc.sha256, 0, 2, "other", annotator="S", origin="auto", state="rejected")
    store.annotations.add(doc.sha256, 3, 9, "other", annotator="S", origin="auto")
    assert store.annotations.counts() == {"other": 1}
    assert [a.state for a in store.annotations.all()] == ["rejected", "confirmed"]


def test_annotators_are_ensured_once(store: Store) -> None:
    first = store.annotators.ensure("  Sara ")
    assert store.annotators.ensure("Sara") == first
    assert store.annotators.all() == ["Sara"]
    with pytest.raises(StoreError):
        store.annotators.ensure("  ")


def test_removing_an_annotated_document_is_refused(store: Store, doc: Document) -> None:
    store.annotations.add(doc.sha256, 0, 2, "other", annotator="Sara")
    with pytest.raises(StoreError, match="annotations"):
        store.documents.remove(doc.sha256)
    assert store.documents.exists(doc.sha256)


def test_annotations_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    store = open_store(path)
    document = Document.from_text(TEXT, title="t", format="txt")
    store.documents.add(document)
    added = store.annotations.add(document.sha256, 0, 2, "other", annotator="Sara")
    store.close()
    again = open_store(path)
    assert again.annotations.all() == [added]
    assert again.integrity_ok()
