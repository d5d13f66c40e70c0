"""Training from the store's annotations, and picking the next clauses to label."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.unit.learn_corpus import split

from policylens.core.document import Document
from policylens.core.learn import (
    IMPLICIT_NEGATIVE_WEIGHT,
    examples_from_store,
    next_to_label,
    save_model,
    train,
)
from policylens.store.database import Store, open_store


@pytest.fixture
def store() -> Iterator[Store]:
    store = open_store(memory=True)
    yield store
    store.close()


def _add_policy(store: Store, lines: list[str], title: str) -> Document:
    document = Document.from_text("\n".join(lines) + "\n", title=title, format="txt")
    store.documents.add(document)
    return document


def _label_whole_lines(store: Store, document: Document, labels: list[str | None]) -> None:
    """Confirm each line's category (None: leave the line unlabelled)."""
    for paragraph, label in zip(document.paragraphs, labels, strict=True):
        if label is not None:
            store.annotations.add(
                document.sha256, paragraph.start, paragraph.end, label, annotator="ana"
            )


def test_confirmed_rejected_and_implicit_examples(store: Store) -> None:
    document = _add_policy(
        store,
        [
            "We keep your data for two years.",
            "We share your email with advertisers.",
            "Welcome to our service.",
        ],
        "p1",
    )
    a, b, _ = document.paragraphs
    store.annotations.add(document.sha256, a.start, a.end, "data_retention", annotator="ana")
    store.annotations.add(
        document.sha256,
        b.start,
        b.end,
        "data_retention",
        annotator="ana",
        origin="auto",
        state="rejected",
    )
    examples = examples_from_store(store)
    by_text = {(e.text, e.category): e for e in examples}
    positive = by_text[("We keep your data for two years.", "data_retention")]
    assert positive.positive and positive.weight == 1.0 and positive.language == "en"
    rejected = by_text[("We share your email with advertisers.", "data_retention")]
    assert not rejected.positive and rejected.weight == 1.0
    implicit = by_text[("Welcome to our service.", "data_retention")]
    assert not implicit.positive and implicit.weight == IMPLICIT_NEGATIVE_WEIGHT
    # A labelled clause is never also an implicit negative of its own category.
    assert sum(e.text == "We keep your data for two years." for e in examples) == 1


def test_train_from_store_and_pick_uncertain_unlabelled_clauses(store: Store) -> None:
    train_part, held_out = split()
    labelled = _add_policy(store, [text for _, _, text in train_part], "labelled")
    _label_whole_lines(store, labelled, [label for label, _, _ in train_part])
    unlabelled = _add_policy(store, [text for _, _, text in held_out], "new policy")
    model = train(examples_from_store(store))
    assert "data_retention" in model.categories

    picks = next_to_label(store, limit=5, model=model)
    assert len(picks) == 5
    assert all(p.document == unlabelled.sha256 for p in picks)  # labelled ones excluded
    margins = [p.margin for p in picks]
    assert margins == sorted(margins)
    assert all(unlabelled.text[p.start : p.end] == p.text for p in picks)
    assert picks[0].to_json()["title"] == "new policy"

    # Labelling the first pick moves it out of the queue.
    first = picks[0]
    store.annotations.add(first.document, first.start, first.end, "other", annotator="ana")
    assert all(p.start != first.start for p in next_to_label(store, limit=5, model=model))


def test_without_a_model_there_is_nothing_to_pick(store: Store) -> None:
    _add_policy(store, ["We keep your data for two years."], "p")
    assert next_to_label(store) == []


def test_saved_model_is_used_by_default(store: Store) -> None:
    train_part, held_out = split()
    labelled = _add_policy(store, [text for _, _, text in train_part], "labelled")
    _label_whole_lines(store, labelled, [label for label, _, _ in train_part])
    _add_policy(store, [text for _, _, text in held_out], "new")
    save_model(train(examples_from_store(store)))
    assert len(next_to_label(store, limit=3)) == 3
