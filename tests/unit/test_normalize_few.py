"""A text with few non-ASCII characters is translated at those characters alone
(`normalize._few_mapped`): the same text and dropped characters as the regex over every
character, whatever the mix."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.normalize import (
    _MAPPED_CHARS,
    _REPLACEMENTS,
    _few_mapped,
    _translate_noting_drops,
    normalize_for_matching,
)

_PIECES = st.sampled_from(
    [
        "a",
        "We collect data. ",
        " ",
        "\n",
        "’",
        "“",
        "”",
        "é",
        "\u200c",
        "\u00ad",
        "ي",
        "۱",
        "ß",
        "😀",
        "\ufb01",
    ]
)


def _by_regex(text: str) -> tuple[str, list[int]]:
    dropped = [m.start() for m in _MAPPED_CHARS.finditer(text) if not _REPLACEMENTS[m.group()]]
    return _MAPPED_CHARS.sub(lambda m: _REPLACEMENTS[m.group()], text), dropped


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_few_non_ascii_characters_translate_as_the_regex_does(text: str) -> None:
    few = _few_mapped(text)
    if few is not None:
        assert few == _by_regex(text)
    if not text.isascii():
        assert _translate_noting_drops(text) == _by_regex(text)


def test_english_with_curly_quotes_takes_the_short_way() -> None:
    text = "We don’t sell your personal data to anyone, nor do we rent it out.\u00ad " * 200
    assert _few_mapped(text) is not None
    normalized = normalize_for_matching(text)
    assert (
        normalized.text
        == "we don't sell your personal data to anyone, nor do we rent it out. " * 200
    )
    assert _few_mapped("ما داده‌های شما را نمی‌فروشیم") is None  # mostly non-ASCII: the regex
