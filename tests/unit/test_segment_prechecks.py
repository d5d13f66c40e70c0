"""Segmentation runs its line patterns only where a line's first characters allow them to match,
and looks for "z. B."-style abbreviations only after a word that is part of one: each quick test
must be a necessary condition, so that skipping the pattern never changes a clause. Checked on
random lines of bullets, emoji, keycaps, digits of several scripts, Roman numerals, letters with
")", dots, ZWNJ and joiners."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.list_marks import BULLET_MARKS
from policylens.core.segment import (
    _BULLET,
    _EMOJI_BULLET,
    _LETTER_ITEM,
    _NUMBER,
    _SPLIT_ABBREVIATIONS,
    _in_split_abbreviation,
    _may_be_numbered,
    _may_start_emoji,
)

PIECES = (
    *BULLET_MARKS,
    "1",
    "12",
    "٣",
    "۴",
    "I",
    "V",
    "X",
    "IV",
    "§",
    "§ ",
    ".",
    ")",
    " ",
    "\t",
    "a",
    "b",
    "z",
    "я",
    "ё",
    "ı",
    "ſ",
    "K",
    "ب",
    "\u200c",
    "\u200d",
    "\ufe0f",
    "\u20e3",
    "#",
    "🔹",
    "✅",
    "▫",
    "\u2190",
    "\u218f",
    "Policy",
    "ex",
    "bl",
)
lines = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(lines)
def test_a_pattern_skipped_by_its_quick_test_would_not_have_matched(line: str) -> None:
    if _BULLET.match(line):
        assert line[:1] in BULLET_MARKS
    if _LETTER_ITEM.match(line):
        assert ")" in line[1:5]
    if _EMOJI_BULLET.match(line):
        assert _may_start_emoji(line)
    if _NUMBER.match(line):
        assert _may_be_numbered(line[:1])


def _in_split_abbreviation_everywhere(lower: str, token_start: int, mark: int) -> bool:
    """The check without its quick test (as it was)."""
    starts = [token_start]
    back = token_start - 1
    while back > 0 and lower[back - 1].isspace():
        back -= 1
    while back > 0 and not lower[back - 1].isspace():
        back -= 1
    starts.append(max(back, 0))
    return any(
        lower.startswith(abbreviation, start) and start <= mark < start + len(abbreviation)
        for abbreviation in _SPLIT_ABBREVIATIONS
        for start in starts
    )


words = st.sampled_from(("z.", "b.", "p.", "ex.", "d.", "v.", "s.", "bl.", "a.", "u.", "h.", "t."))
texts = st.lists(
    st.one_of(words, st.sampled_from(("we", "1.", "\u200c", "ex", "z"))), max_size=6
).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(texts, st.data())
def test_the_split_abbreviation_check_answers_as_without_its_quick_test(
    text: str, data: st.DataObject
) -> None:
    dots = [i for i, char in enumerate(text) if char == "."]
    if not dots:
        return
    mark = data.draw(st.sampled_from(dots))
    token_start = mark
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    assert _in_split_abbreviation(text, token_start, mark) == _in_split_abbreviation_everywhere(
        text, token_start, mark
    )
