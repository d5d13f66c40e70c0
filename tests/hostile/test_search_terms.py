"""Issue 17 item 11: repeated search terms are counted once and the terms are capped (the
query "data " × 1000 took 20 s, × 3000 more than 120 s)."""

from __future__ import annotations

import pytest

from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.store.database import Store, open_store
from policylens.store.search import MAX_QUERY_WORDS, parse_query


@pytest.fixture
def store() -> Store:
    store = open_store(memory=True)
    store.documents.add(
        Document.from_text("We share your data with partners.\n", title="p", format="txt")
    )
    return store


def test_repeated_words_count_once(store: Store) -> None:
    parsed = parse_query("data " * 3000)
    assert parsed is not None and parsed.words == ["data"]
    hits = store.search("data " * 3000)
    assert [(h.start, h.end) for h in hits] == [(14, 18)]  # "data"


def test_too_many_different_words_is_a_message(store: Store) -> None:
    query = " ".join(f"word{n}" for n in range(MAX_QUERY_WORDS + 1))
    with pytest.raises(PolicyLensError, match="up to 32 at a time"):
        store.search(query)


def test_a_long_phrase_is_a_message(store: Store) -> None:
    with pytest.raises(PolicyLensError, match="words in its phrase"):
        store.search('"' + "data " * 100 + '"')
    with pytest.raises(PolicyLensError, match="characters long"):
        store.search("d" * 200_000)


def test_a_repeated_word_in_a_short_phrase_still_counts(store: Store) -> None:
    parsed = parse_query('"data data"')
    assert parsed is not None and parsed.words == ["data", "data"] and parsed.phrase
