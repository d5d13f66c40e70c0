"""A library-search hit says where the match is inside its snippet, so the list can mark it."""

from __future__ import annotations

from policylens.core.document import Document
from policylens.store import open_store

LONG = (
    "Introduction. " * 12
    + "We SHARE personal data with advertising partners when you agree. "
    + "Contact us at the address below. " * 8
)


def test_the_snippet_match_covers_exactly_the_hit() -> None:
    store = open_store(memory=True)
    store.documents.add(Document.from_text(LONG, title="Long", format="txt"))
    store.documents.add(Document.from_text("ما اطلاعات را ذخیره میشود.", title="fa", format="txt"))
    for query, found in (("share", "SHARE"), ("advertising partners", "advertising partners"),
                         ("می‌شود", "میشود")):  # fmt: skip
        [hit] = store.search(query)
        start, end = hit.snippet_match
        assert hit.snippet[start:end] == found
        assert hit.snippet.startswith("…") == (hit.start > 80)
