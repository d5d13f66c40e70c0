"""Where a place in one document of a comparison is in the other: the panes scroll together
and a click selects the counterpart. Pure Python, on the comparison's pairs."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial

from policylens.core.compare import Comparison, Pair
from policylens.view.compare_marks import Side


def span_on(pair: Pair, side: Side) -> tuple[int, int] | None:
    return pair.a if side == "a" else pair.b


def other_side(side: Side) -> Side:
    return "b" if side == "a" else "a"


def _start_on(pair: Pair, side: Side) -> tuple[int, int]:
    return span_on(pair, side) or (0, 0)


class Alignment:
    """Each side's pairs in text order, for look-ups by position."""

    def __init__(self, comparison: Comparison | None = None) -> None:
        self.pairs: dict[Side, list[Pair]] = {"a": [], "b": []}
        self.starts: dict[Side, list[int]] = {"a": [], "b": []}
        if comparison is None:
            return
        for side in ("a", "b"):
            ordered = sorted(
                (p for p in comparison.pairs if span_on(p, side) is not None),
                key=partial(_start_on, side=side),
            )
            self.pairs[side] = ordered
            self.starts[side] = [_start_on(p, side)[0] for p in ordered]

    def counterpart_index(self, side: Side, index: int) -> int | None:
        """Where in the other document the text at `index` of `side` is (alignment-wise)."""
        pairs, starts = self.pairs[side], self.starts[side]
        other = other_side(side)
        position = bisect_right(starts, index) - 1
        # The clause holding `index`, scanning back over overlapping spans (policies mode may
        # list a clause under several categories).
        for candidate in range(position, max(-1, position - 4), -1):
            if candidate < 0:
                break
            pair = pairs[candidate]
            mine, theirs = span_on(pair, side), span_on(pair, other)
            if mine and theirs and mine[0] <= index < mine[1]:
                fraction = (index - mine[0]) / max(1, mine[1] - mine[0])
                return theirs[0] + int(fraction * (theirs[1] - theirs[0]))
        # Between clauses or in one without counterpart: the next clause that has one.
        for pair in pairs[position + 1 :]:
            theirs = span_on(pair, other)
            if theirs is not None:
                return theirs[0]
        for pair in reversed(pairs[: position + 1]):
            theirs = span_on(pair, other)
            if theirs is not None:
                return theirs[1]
        return None


class DifferenceSteps:
    """F7 / Shift+F7 through the pairs that differ, wrapping around; -1: none chosen yet."""

    def __init__(self, comparison: Comparison | None = None) -> None:
        self.comparison = comparison
        self.differences = comparison.differences() if comparison is not None else []
        self.position = -1

    def step(self, direction: int) -> Pair | None:
        if not self.differences or self.comparison is None:
            return None
        if self.position < 0:
            self.position = 0 if direction > 0 else len(self.differences) - 1
        else:
            self.position = (self.position + direction) % len(self.differences)
        return self.comparison.pairs[self.differences[self.position]]

    def reached(self, pair: Pair) -> None:
        """`pair` became current some other way (a click): continue stepping from it."""
        if self.comparison is None:
            return
        number = self.comparison.pairs.index(pair)
        if number in self.differences:
            self.position = self.differences.index(number)
