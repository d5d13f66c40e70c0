"""Searching the library sees through Persian/Arabic spelling variants; hits are exact."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.store import Store, open_store
from policylens.store import search as search_index
from policylens.store.database import SqliteStore, open_sqlite_store
from policylens.store.search import SearchHit

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


NEW = "Cookies\nWe keep analytics cookies for thirteen months."


def _new() -> Document:
    return Document.from_text(NEW, title="New", format="txt")


def test_a_document_stored_unindexed_is_found_once_indexed(store: Store) -> None:
    assert store.documents.add(_new(), index=False)
    assert store.documents.index_pending() == 1
    assert store.documents.index_pending() == 0  # nothing left, nothing indexed twice
    [hit] = store.search("thirteen")
    assert NEW[hit.start : hit.end] == "thirteen" and hit.title == "New"


def test_a_search_indexes_what_is_not_indexed_yet_first(store: Store) -> None:
    """A window stores a file unindexed and indexes it after showing it: a search meanwhile
    (or after a crash in between) still finds it."""
    store.documents.add(_new(), index=False)
    [hit] = store.search("thirteen")
    assert hit.document == _new().sha256
    assert len(store.search("thirteen")) == 1
    assert store.documents.index_pending() == 0


def test_a_document_removed_before_it_was_indexed_is_not_indexed(store: Store) -> None:
    store.documents.add(_new(), index=False)
    store.documents.remove(_new().sha256)
    assert store.documents.index_pending() == 0
    assert store.search("thirteen") == []


def test_what_a_crash_left_unindexed_is_indexed_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    first = open_store(path)
    first.documents.add(_new(), index=False)
    first.close()  # the window went before its index job ran

    again = open_store(path)
    assert plain_search(again, "thirteen") == []  # the FTS index alone does not have it yet
    assert again.documents.index_pending() == 1
    assert [h.document for h in plain_search(again, "thirteen")] == [_new().sha256]
    again.close()


def test_a_read_only_library_indexes_nothing(tmp_path: Path) -> None:
    writer = open_sqlite_store(tmp_path / "lib.sqlite3")
    writer.documents.add(_new(), index=False)
    # As a second window sees the library another one is writing to.
    reader = SqliteStore(writer.db, writer.path, read_only_reason="another window has it.")
    assert reader.documents.index_pending() == 0
    assert reader.search("thirteen") == []  # it cannot index; the writer will
    assert [h.document for h in writer.search("thirteen")] == [_new().sha256]
    writer.close()


def plain_search(store: Store, query: str) -> list[SearchHit]:
    """The SQLite library's FTS index as it is, without indexing what is pending first."""
    assert isinstance(store, SqliteStore)
    return search_index.search(store.db.conn, query)


def test_a_team_library_indexes_a_left_document_once_whoever_heals_it(team_url: str) -> None:
    """In a team library a document without paragraphs in the index is what is pending (a
    crash between storing and indexing leaves exactly that): any member's next search
    indexes it; two healing at once index it once."""
    first, second = open_store(team_url), open_store(team_url)
    first.documents.add(_new(), index=False)
    first.close()
    healers = [threading.Thread(target=second.documents.index_pending) for _ in range(2)]
    for healer in healers:
        healer.start()
    for healer in healers:
        healer.join()
    assert len(second.search("thirteen")) == 1
    second.close()


def test_a_team_librarys_first_search_indexes_what_a_crash_left(team_url: str) -> None:
    first = open_store(team_url)
    first.documents.add(_new(), index=False)
    first.close()  # the window went before its index job ran
    again = open_store(team_url)
    assert [hit.document for hit in again.search("thirteen")] == [_new().sha256]
    again.close()
