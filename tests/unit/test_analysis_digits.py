"""Years and digit counts of a line (`detail_lines.is_dateline`, `detail_lines.digit_count`): an
ASCII line takes a quicker path (no translation, digits counted by `str.count`, a year found
from its century), with the same answers as the Unicode reading of any line."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.detail_lines import digit_count, is_dateline
from policylens.core.normalize import ASCII_DIGITS

_ANY_DIGIT = re.compile(r"\d")
_YEAR_AS_BEFORE = re.compile(r"(?<!\d)(?:19|20|13|14)\d\d(?!\d)")

_PIECES = st.sampled_from(
    ["1", "9", "2", "0", "3", "4", "19", "20", "14", "۱۴۰۳", "٢٠", " ", "\n", "a", ".", "-", "x"]
)


def _reference_dateline(text: str) -> bool:
    return _YEAR_AS_BEFORE.search(text.translate(ASCII_DIGITS)) is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_a_year_and_the_digits_are_read_as_the_unicode_patterns_read_them(text: str) -> None:
    assert is_dateline(text) == _reference_dateline(text)
    assert digit_count(text) == len(_ANY_DIGIT.findall(text))


def test_a_year_stands_alone() -> None:
    assert is_dateline("Last updated: 1 March 2024")
    assert is_dateline("2019")
    assert is_dateline("تاریخ: ۱۰ بهمن ۱۴۰۳")
    for text in ("12019", "20190", "x201", "Call 555-1234", "Section 19.2"):
        assert not is_dateline(text), text
    assert digit_count("Tel. +46 8 123 45 67") == 10
    assert digit_count("تلفن ۰۲۱۱۲۳۴") == 7
