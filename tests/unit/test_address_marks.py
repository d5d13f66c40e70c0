"""The markers of web and e-mail addresses (`classifier._address_marks`), found by `str.find`,
are those the regex that found them before finds: "://", "@", and "www." in any case at a
word start."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.classifier import _address_marks, address_spans

_AS_BEFORE = re.compile(r"://|@|w(?<!\ww)[wW][wW]\.|W(?<!\wW)[wW][wW]\.")
_PIECES = st.sampled_from(
    ["w", "W", "ww", "www.", "WwW.", ".", ":", "/", "://", "@", "a", "é", "_", "٣", " ", "\n", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_the_markers_are_those_the_regex_found(text: str) -> None:
    assert _address_marks(text) == [(m.start(), m.group()) for m in _AS_BEFORE.finditer(text)]


def test_addresses_are_found_from_their_markers() -> None:
    text = "See https://example.com/privacy, WWW.Example.com or write to privacy@example.com."
    assert [text[a:b] for a, b in address_spans(text)] == [
        "https://example.com/privacy",
        "WWW.Example.com",
        "privacy@example.com",
    ]
    assert address_spans("xwww.example.com and @home") == []
