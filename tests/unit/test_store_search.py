"""Searching the library sees through Persian/Arabic spelling variants; hits are exact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policylens.core.document import Document
from policylens.store import Store, open_store

PERSIAN = (
    "سیاست حفظ حریم خصوصی\n"
    "اطلاعات شما با Google Analytics به اشتراک گذاشته میشود.\n"
    "ما كوكي‌ها را ذخیره مي‌كنيم."
)
ENGLISH = "Privacy Policy\nWe SHARE personal data with advertising partners.\nContact us."


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The SQLite library (FTS5) and the team library (trigrams): the same answers."""
    if request.param == "postgresql":
        store = open_store(request.getfixturevalue("team_url"))
    else:
        store = open_store(memory=True)
    for text, title in ((PERSIAN, "فارسی"), (ENGLISH, "English")):
        store.documents.add(Document.from_text(text, title=title, format="txt"))
    yield store
    store.close()


@pytest.mark.parametrize("query", ["می‌شود", "ميشود", "میشود"])
def test_zwnj_and_arabic_yeh_variants_find_the_same_word(store: Store, query: str) -> None:
    hits = store.search(query)
    assert len(hits) == 1
    hit = hits[0]
    assert PERSIAN[hit.start : hit.end] == "میشود"
    assert hit.title == "فارسی" and "میشود" in hit.snippet


def test_arabic_kaf_and_yeh_in_the_text_are_found_with_persian_letters(store: Store) -> None:
    [hit] = store.search("می‌کنیم")
    assert PERSIAN[hit.start : hit.end] == "مي‌كنيم"


def test_latin_words_inside_persian_text_case_insensitive(store: Store) -> None:
    [hit] = store.search("google analytics")
    assert PERSIAN[hit.start : hit.end] == "Google Analytics"


def test_phrase_and_multi_word_queries(store: Store) -> None:
    [phrase] = store.search('"personal data"')
    assert ENGLISH[phrase.start : phrase.end] == "personal data"
    assert store.search('"data personal"') == []
    [words] = store.search("partners share")
    assert words.document == Document.from_text(ENGLISH, title="", format="txt").sha256
    assert ENGLISH[words.start : words.end].lower() in {"share", "partners"}
    assert store.search("share nonexistentword") == []


def test_empty_or_punctuation_only_query_finds_nothing(store: Store) -> None:
    assert store.search("") == []
    assert store.search(' "*" ') == []


def test_limit_and_removed_documents(store: Store) -> None:
    assert len(store.search("اطلاعات", limit=1)) == 1
    sha = Document.from_text(PERSIAN, title="", format="txt").sha256
    store.documents.remove(sha)
    assert store.search("اطلاعات") == []


def test_hit_offsets_point_into_the_original_text_in_a_long_document() -> None:
    store = open_store(memory=True)
    text = "\n".join(f"بند {i}: داده‌ها نگهداری مي‌شوند." for i in range(300))
    document = Document.from_text(text, title="long", format="txt")
    store.documents.add(document)
    hits = store.search("میشوند", limit=500)
    assert len(hits) == 300
    assert all(text[h.start : h.end] == "مي‌شوند" for h in hits)
