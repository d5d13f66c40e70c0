"""Python `str` offsets (code points) ↔ Qt text positions (UTF-16 code units).

The document model counts code points (DESIGN.md); QTextDocument counts UTF-16 units, so every
character outside the BMP (emoji, rare CJK) shifts Qt positions by one. Most policies have
none, and then both coordinate systems are the same and the maps cost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class QtOffsets:
    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters, ascending.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, index: int) -> int:
        """Qt position of the code point at `index` (or of the end)."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        """Code-point index of the Qt position (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        lo, hi = 0, len(self._astral)
        # k = how many astral chars have their Qt position (astral[k] + k) before `position`.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        index = position - lo
        # Position pointing at the low surrogate of astral[lo-1] belongs to that character.
        if lo and self._astral[lo - 1] + lo - 1 + 1 == position:
            return self._astral[lo - 1]
        return index


def line_starts(text: str) -> list[int]:
    """Code-point offset where each line (= QTextBlock) begins."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def block_of(starts: list[int], index: int) -> int:
    return bisect_right(starts, index) - 1


def continued_blocks(starts: list[int], paragraphs: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The lines (blocks) that go on with the paragraph of the line above: a hard-wrapped
    text's paragraphs run over several lines (`core.hard_wrap`)."""
    continued: set[int] = set()
    for start, end in paragraphs:
        first, last = block_of(starts, start), block_of(starts, end)
        continued.update(range(first + 1, last + 1))
    return frozenset(continued)
