"""Clause highlights: a QSyntaxHighlighter that looks up precomputed spans per block.

After an analysis the clauses are cut into per-block spans once (`ClauseLayer.block_spans`),
so `highlightBlock` is a dict lookup plus a few `setFormat` calls: O(block), fast on a 1 MB
policy (DESIGN.md). Adjacent spans of one colour are merged to keep `setFormat` calls few
(PySide6 6.12.0 on Python 3.11 crashes after thousands of None-returning calls; DESIGN.md traps).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from policylens.core.clause import Clause
from policylens.ui.offsets import QtOffsets, block_of, line_starts

# block number → [(start, length, colour)] in Qt positions relative to the block.
BlockSpans = dict[int, list[tuple[int, int, str]]]
CHUNK_BLOCKS = 200  # blocks re-highlighted per event-loop turn (~10 ms here)
HEADING_SCALE = 1.15  # headings: bold and this much larger than the text


def visible_category(clause: Clause, hidden: set[str]) -> str | None:
    """The highest-scored category of the clause that is shown (categories come sorted)."""
    best: tuple[float, str] | None = None
    for category in clause.categories:
        if category.id in hidden:
            continue
        if best is None or category.score > best[0]:
            best = (category.score, category.id)
    return best[1] if best else None


class ClauseLayer:
    """A document's clauses, indexed for position lookups and per-block highlighting."""

    def __init__(self, text: str, clauses: Sequence[Clause], offsets: QtOffsets) -> None:
        self.text = text
        self.clauses = sorted(clauses, key=lambda c: (c.start, c.end))
        self._starts = [c.start for c in self.clauses]
        self._line_starts = line_starts(text)
        self._offsets = offsets

    def clause_at(self, index: int) -> Clause | None:
        i = bisect_right(self._starts, index) - 1
        if i >= 0 and self.clauses[i].start <= index < self.clauses[i].end:
            return self.clauses[i]
        return None

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for clause in self.clauses:
            for category in clause.categories:
                counts[category.id] = counts.get(category.id, 0) + 1
        return counts

    def block_spans(self, colors: dict[str, str], hidden: set[str]) -> BlockSpans:
        spans: BlockSpans = {}
        starts = self._line_starts
        to_qt = self._offsets.to_qt
        text_length = len(self.text)
        for clause in self.clauses:
            category = visible_category(clause, hidden)
            if category is None or clause.end <= clause.start:
                continue
            color = colors.get(category)
            if color is None:
                continue
            first = block_of(starts, clause.start)
            last = block_of(starts, max(clause.start, clause.end - 1))
            for block in range(first, last + 1):
                line_start = starts[block]
                line_end = starts[block + 1] - 1 if block + 1 < len(starts) else text_length
                a, b = max(clause.start, line_start), min(clause.end, line_end)
                if b <= a:
                    continue
                qa = to_qt(a) - to_qt(line_start)
                qb = to_qt(b) - to_qt(line_start)
                block_list = spans.setdefault(block, [])
                if block_list and block_list[-1][2] == color and sum(block_list[-1][:2]) == qa:
                    prev = block_list[-1]
                    block_list[-1] = (prev[0], prev[1] + qb - qa, color)
                else:
                    block_list.append((qa, qb - qa, color))
        return spans


class ClauseHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: BlockSpans = {}
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self._generation = 0
        self.heading_blocks: frozenset[int] = frozenset()
        self._heading_point_size = 0.0

    def _format(self, color: str, heading: bool = False) -> QTextCharFormat:
        fmt = self._formats.get((color, heading))
        if fmt is None:
            fmt = QTextCharFormat(self._heading_format()) if heading else QTextCharFormat()
            if color:
                fmt.setBackground(QColor(color))
                fmt.setForeground(QColor("#000000"))  # the taxonomy's colours are made for black
            self._formats[(color, heading)] = fmt
        return fmt

    def _heading_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        if self._heading_point_size > 0:
            fmt.setFontPointSize(self._heading_point_size)
        return fmt

    def set_heading_font(self, font: QFont) -> None:
        """Headings follow the reader's zoom."""
        size = font.pointSizeF() * HEADING_SCALE
        if size == self._heading_point_size:
            return
        self._heading_point_size = size
        self._formats = {key: fmt for key, fmt in self._formats.items() if not key[1]}
        self._rehighlight(sorted(self.heading_blocks), self._generation)

    def set_headings(self, blocks: frozenset[int]) -> None:
        """Blocks shown as headings (bold, larger); the ones that changed are re-run."""
        changed = sorted(self.heading_blocks ^ blocks)
        self.heading_blocks = blocks
        self._rehighlight(changed, self._generation)

    def set_spans(self, spans: BlockSpans, first_block: int = 0) -> None:
        """Show new spans, re-running only the blocks whose highlighting changed: the first
        CHUNK_BLOCKS from `first_block` (the visible ones) now, the rest in later event-loop
        turns, so a large document never freezes the window."""
        old = self._spans
        self._spans = spans
        self._generation += 1
        if self.document() is None:
            return
        changed = sorted(n for n in old.keys() | spans.keys() if old.get(n) != spans.get(n))
        split = bisect_right(changed, first_block - 1)
        self._rehighlight(changed[split:] + changed[:split], self._generation)

    def _rehighlight(self, numbers: list[int], generation: int) -> None:
        document = self.document()
        if document is None or generation != self._generation:
            return  # newer spans arrived: they re-run what they need
        for number in numbers[:CHUNK_BLOCKS]:
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)
        rest = numbers[CHUNK_BLOCKS:]
        if rest:
            QTimer.singleShot(0, lambda: self._rehighlight(rest, generation))

    def clear(self) -> None:
        self.set_spans({})

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        heading = number in self.heading_blocks
        if heading:
            self.setFormat(0, len(text), ClauseHighlighter._format(self, "", heading=True))
        spans = self._spans.get(number)
        if not spans:
            return
        for start, length, color in spans:
            self.setFormat(start, length, self._format(color, heading))
