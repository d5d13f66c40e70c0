"""Per-block spans for a highlighter: ranges in code points cut at line ends and turned into
Qt positions (UTF-16 units) relative to each block. The one place that does this cutting;
the reader's clause colours and the compare panes' marks both go through `LineCutter`."""

from __future__ import annotations

from policylens.view.offsets import QtOffsets, block_of, line_starts

# block number → [(start, length, key)] in Qt positions relative to the block. The key is what
# the highlighter paints: a colour ("#rrggbb") for the reader, a format key for compare panes.
BlockSpans = dict[int, list[tuple[int, int, str]]]


class LineCutter:
    """Cuts ranges of one text into per-block runs; adjacent runs with the same key merge (fewer
    `setFormat` calls; PySide6 6.12.0 on Python 3.11 crashes after thousands: DESIGN.md traps)."""

    def __init__(self, text: str, offsets: QtOffsets) -> None:
        self._starts = line_starts(text)
        self._to_qt = offsets.to_qt
        self._length = len(text)

    def add(self, spans: BlockSpans, start: int, end: int, key: str) -> None:
        """Add `[start, end)` painted with `key` to `spans`; a later range over an earlier one
        is applied after it (the highlighter's later `setFormat` wins)."""
        starts, to_qt = self._starts, self._to_qt
        first = block_of(starts, start)
        last = block_of(starts, max(start, end - 1))
        for block in range(first, last + 1):
            line_start = starts[block]
            line_end = starts[block + 1] - 1 if block + 1 < len(starts) else self._length
            a, b = max(start, line_start), min(end, line_end)
            if b <= a:
                continue
            qa = to_qt(a) - to_qt(line_start)
            qb = to_qt(b) - to_qt(line_start)
            runs = spans.setdefault(block, [])
            if runs and runs[-1][2] == key and runs[-1][0] + runs[-1][1] == qa:
                runs[-1] = (runs[-1][0], runs[-1][1] + qb - qa, key)
            else:
                runs.append((qa, qb - qa, key))
