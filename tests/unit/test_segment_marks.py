"""Sentence ends on an ASCII line without "!" or "?" are looked for with "." as a literal
(`segment._DOT_END`), and an ASCII line's marks with `in`: the same answers as the patterns
that read every line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.segment import (
    _SENTENCE_END,
    _SENTENCE_MARK,
    _has_sentence_end,
    _is_boundary,
    _sentence_ends,
    split_sentences,
)

_PIECES = st.sampled_from(
    [
        ".",
        "..",
        "!",
        "?",
        "؟",
        "…",
        "'",
        "’",
        '"',
        ")",
        "]",
        "»",
        " ",
        "  ",
        "\n",
        "\t",
        "a",
        "B",
        "1",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_the_sentence_marks_are_found_as_the_unicode_pattern_finds_them(text: str) -> None:
    ends = [m.span() for m in _sentence_ends(text).finditer(text)]
    assert ends == [m.span() for m in _SENTENCE_END.finditer(text)]
    assert _has_sentence_end(text) == (_SENTENCE_MARK.search(text) is not None)
    assert split_sentences(text) == _split_as_before(text)


def _split_as_before(text: str) -> list[tuple[int, int]]:
    """`split_sentences` as it was: every span, blank ones then dropped."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if _is_boundary(text, match.start(), match.end()):
            spans.append((begin, match.end()))
            begin = match.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def test_an_ascii_line_splits_at_its_dots() -> None:
    text = 'We collect data. We keep it (see "Retention".) It is deleted... Then gone.'
    assert [text[a:b].strip() for a, b in split_sentences(text)] == [
        "We collect data.",
        'We keep it (see "Retention".)',
        "It is deleted...",
        "Then gone.",
    ]
