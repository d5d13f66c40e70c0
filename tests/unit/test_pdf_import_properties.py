"""Property tests of the PDF reader's faster passes: each gives what the plain version it
replaced gave (kept here as the reference), so a PDF reads the same as before."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.loaders.pdf import glyphs, lines

# Letters of both directions, digits, brackets (mirrored by PDFium), spaces and line breaks.
UNITS = "سلامabc۱۲12()[]{}<>«»‹›.,- \r\n\u200c"


def _mirrored_reference(units: list[int], generated: Callable[[int], bool]) -> set[int]:
    """`glyphs._mirrored_by_pdfium` as it was: every character of every line looked at."""
    found: set[int] = set()
    count = len(units)
    start = 0
    while start < count:
        end = start
        while end < count and not (units[end] in (0x0D, 0x0A) and generated(end)):
            end += 1
        right = left = 0
        kind = ""
        for index in range(start, end):
            bidi = unicodedata.bidirectional(chr(units[index]))
            segment = "R" if bidi in ("R", "AL") else "L" if bidi == "L" else ""
            if segment and segment != kind:
                right += segment == "R"
                left += segment == "L"
                kind = segment
        current = "R" if right and right >= left else "L"
        for index in range(start, end):
            char = chr(units[index])
            bidi = unicodedata.bidirectional(char)
            if bidi in ("R", "AL"):
                current = "R"
            elif bidi == "L":
                current = "L"
            elif current == "R" and char in glyphs._MIRROR and bidi not in glyphs._PDFIUM_WEAK:
                found.add(index)
        start = end + 1
    return found


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=UNITS, max_size=80), st.integers(min_value=0, max_value=3))
def test_brackets_pdfium_mirrors_are_found_as_before(text: str, every: int) -> None:
    units = [ord(c) for c in text]

    # Some line breaks are PDFium's own (generated), others the PDF's.
    def generated(index: int) -> bool:
        return every == 0 or index % (every + 1) == 0

    assert glyphs._mirrored_by_pdfium(units, generated) == _mirrored_reference(units, generated)


def _levels_reference(kinds: list[str], rtl: bool, fixed: dict[int, int] | None) -> list[int]:
    """`lines._levels` as it was: each neutral looks for its nearest strong neighbours."""
    strong: list[int | None] = []
    for position, kind in enumerate(kinds):
        if fixed and position in fixed:
            strong.append(fixed[position])
        elif kind == "R":
            strong.append(1)
        elif kind == "L":
            strong.append(2 if rtl else 0)
        elif kind == "N":
            strong.append(None if not rtl else 2)
        else:
            strong.append(None)
    if not rtl:
        for i, kind in enumerate(kinds):
            if kind == "N":
                strong[i] = 2 if lines._neighbour_level(strong, i) == 1 else 0
    base = 1 if rtl else 0
    levels: list[int] = []
    for i, level in enumerate(strong):
        if level is not None:
            levels.append(level)
            continue
        before = lines._nearest(strong, i, -1)
        after = lines._nearest(strong, i, 1)
        if before is not None and before == after:
            levels.append(before)
        elif before is not None and after is not None and min(before, after) > base:
            levels.append(min(before, after))
        else:
            levels.append(base)
    return levels


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from("RLN "), max_size=40),
    st.booleans(),
    st.dictionaries(st.integers(min_value=0, max_value=39), st.integers(min_value=0, max_value=2)),
)
def test_line_levels_are_as_before(kinds: list[str], rtl: bool, fixed: dict[int, int]) -> None:
    assert lines._levels(kinds, rtl, fixed) == _levels_reference(kinds, rtl, fixed)


def _logical_reference(items: list[str], kinds: list[str], rtl: bool) -> list[str]:
    """`lines._logical` as it was: mirroring weighed on every line, brackets or not."""
    if "R" not in kinds:
        return items
    levels = lines._levels(kinds, rtl)
    paired = {} if rtl else lines._paired_brackets(items, kinds, levels)
    if paired:
        levels = lines._levels(kinds, rtl, paired)
    order = list(range(len(items)))
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    as_mapped = [items[k] for k in order]
    mirrored = [
        items[k].translate(lines._MIRRORED) if levels[k] % 2 and kinds[k] == " " else items[k]
        for k in order
    ]
    if lines._unpaired("".join(mirrored)) < lines._unpaired("".join(as_mapped)):
        return mirrored
    return as_mapped


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["س", "سل", "a", "۱", "1", " ", "(", ")", "[", "]", "."]), max_size=30)
)
def test_line_order_is_as_before(items: list[str]) -> None:
    kinds = [lines._kind(item) for item in items]
    for rtl in (False, True):
        assert lines._logical(items, kinds, rtl) == _logical_reference(items, kinds, rtl)


def test_every_space_character_takes_the_space_path() -> None:
    """`page_clusters` looks a code up in `_SPECIAL_CODES` before asking if it is a space."""
    spaces = [code for code in range(0x110000) if chr(code).isspace()]
    assert set(spaces) <= glyphs._SPECIAL_CODES


_POSITIONS = st.floats(min_value=-1000, max_value=1000, allow_nan=False)


@given(st.lists(_POSITIONS, max_size=12), _POSITIONS, _POSITIONS)
def test_a_drawn_space_between_two_glyphs_needs_room(
    spaces: list[float], reach: float, left: float
) -> None:
    """`lines._line` looks for a drawn space between a line's reach and a glyph only where
    the glyph starts after the reach (joined letters touch): the two bisections it skips
    could never have found one."""
    spaces.sort()
    between = bisect_right(spaces, left) > bisect_right(spaces, reach)
    assert between == (left > reach and between)
