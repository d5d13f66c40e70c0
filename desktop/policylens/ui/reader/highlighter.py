"""Clause highlights: a QSyntaxHighlighter that looks up precomputed spans per block.

After an analysis the clauses are cut into per-block spans once (`view.clauses.ClauseLayer`),
so `highlightBlock` is a dict lookup plus a few `setFormat` calls: O(block), fast on a 1 MB
policy (DESIGN.md). Adjacent spans of one colour are merged to keep `setFormat` calls few
(PySide6 6.12.0 on Python 3.11 crashes after thousands of None-returning calls; DESIGN.md traps).
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from policylens.view.spans import BlockSpans

CHUNK_BLOCKS = 200  # blocks re-highlighted per event-loop turn (~10 ms here)
HEADING_SCALE = 1.15  # headings: bold and this much larger than the text


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

    def _heading_text_format(self) -> QTextCharFormat:
        """A heading's text outside any highlight (not `_format`: subclasses key that by
        their own span keys)."""
        fmt = self._formats.get(("", True))
        if fmt is None:
            fmt = self._formats[("", True)] = self._heading_format()
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
            self.setFormat(0, len(text), self._heading_text_format())
        spans = self._spans.get(number)
        if not spans:
            return
        for start, length, color in spans:
            self.setFormat(start, length, self._format(color, heading))
