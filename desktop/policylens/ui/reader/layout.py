"""The reader's paragraph layout: each paragraph on its own side, ragged, one gap between
paragraphs whatever blank lines the source has, and more room above headings.

QPlainTextEdit stays the reader for its speed (DESIGN.md: a 1 MB policy shown in ~60 ms;
QTextEdit laid out and highlighted the same 1 MB in 13 s here). Its QPlainTextDocumentLayout
gives every block the document's one QTextOption, and QTextLayout takes AlignLeft literally
(qtextlayout.cpp, alignLine: no mirroring for right-to-left text), so right-to-left paragraphs
would sit on the left; justifying everything was the old way round that, and it pulled Persian
letters apart in narrow panes. Here, after Qt has broken a block into lines, the lines are
moved: right-to-left lines to the right edge, every line of a paragraph down by the gap above
it. QPlainTextDocumentLayout computes a block's rectangle from its lines' positions
(blockBoundingRect), so painting, hit-testing, selection and scrolling all see the moved lines.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout
from PySide6.QtWidgets import QPlainTextDocumentLayout

PARAGRAPH_GAP_EM = 0.55
HEADING_GAP_EM = 1.1
# The page's margin (the document's, on every side), in lines of the reader's font: Qt's
# default 4 px put the first line 4–5 px under the frame and a paragraph's end 4 px from the
# scroll bar.
PAGE_MARGIN_EM = 0.6
# A web address, kept on one line where it fits: Qt breaks after "/" and "-", which split
# "https://" from the rest of the address and "privacy-" from "policy".
# The bracket or quote around it goes with it: "<" was left at a line's end before
# "https://tomu.kz>".
URL = re.compile(r"[<«\"(\[]?(?:https?://|www\.)[^\s<>\"«»]+[>»\"]?", re.IGNORECASE)


class ReaderLayout(QPlainTextDocumentLayout):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.line_height = 0.0  # of the reader's font; gaps are fractions of it
        self.justify = False
        self.heading_blocks: frozenset[int] = frozenset()
        # Lines that go on with the paragraph above (a hard-wrapped text): no gap between.
        self.continued_blocks: frozenset[int] = frozenset()
        self.first_text_block = 0

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        layout = block.layout()
        if layout is not None and block.isVisible():
            if layout.lineCount() == 0:
                super().blockBoundingRect(block)  # lays the block out
                self._keep_addresses_whole(block, layout)
            self._place_lines(block, layout)
        return super().blockBoundingRect(block)

    def page_margin(self) -> float:
        return float(round(self.line_height * PAGE_MARGIN_EM))

    def gap_above(self, block_number: int) -> float:
        if block_number < self.first_text_block:
            return 0.0
        if block_number == self.first_text_block:
            # QPlainTextEdit puts the document's margin above block 0 only: text after blank
            # lines (hidden) touched the frame.
            return self.page_margin() if block_number > 0 else 0.0
        if block_number in self.continued_blocks:
            return 0.0
        em = HEADING_GAP_EM if block_number in self.heading_blocks else PARAGRAPH_GAP_EM
        return round(self.line_height * em)

    def _keep_addresses_whole(self, block: QTextBlock, layout: QTextLayout) -> None:
        """Lay the block out again if a line ends inside a web address, that line ending just
        before the address instead (an address longer than a line still breaks)."""
        text = block.text()
        if "://" not in text and "www." not in text.lower():
            return
        spans = [m.span() for m in URL.finditer(text)]
        ends = [
            layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            for i in range(layout.lineCount() - 1)
        ]
        if not any(start < end < stop for end in ends for start, stop in spans):
            return
        width = layout.lineAt(0).width()
        before = layout.lineCount()
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            first, end = line.textStart(), line.textStart() + line.textLength()
            inside = next((s for s, e in spans if s < end < e and s > first), None)
            if inside is not None:
                line.setNumColumns(inside - first, width)
        layout.endLayout()
        if layout.lineCount() != before:
            block.setLineCount(layout.lineCount())
            self.documentSizeChanged.emit(self.documentSize())

    def _place_lines(self, block: QTextBlock, layout: QTextLayout) -> None:
        margin = self.document().documentMargin()
        # With justification Qt aligns the last line of a right-to-left paragraph itself.
        to_right = not self.justify and block.textDirection() == Qt.LayoutDirection.RightToLeft
        y = self.gap_above(block.blockNumber())
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            x = margin + max(0.0, line.width() - line.naturalTextWidth()) if to_right else margin
            if line.x() != x or line.y() != y:
                line.setPosition(QPointF(x, y))
            # The same vertical advance as QPlainTextDocumentLayout::layoutBlock.
            y += line.height()
            if line.leading() < 0:
                y += math.ceil(line.leading())


def hide_blank_blocks(document: QTextDocument) -> int:
    """Collapse empty lines, so that the gap between paragraphs is the layout's, not the
    source's (one sample has blank lines between paragraphs, another none). The text itself is
    untouched: offsets, search and selection still count every newline. Returns the number of
    the first block with text."""
    first_text = -1
    block = document.begin()
    while block.isValid():
        blank = not block.text().strip()
        if blank and block.isVisible():
            block.setVisible(False)
            block.setLineCount(0)
        elif not blank and first_text < 0:
            first_text = block.blockNumber()
        block = block.next()
    document.markContentsDirty(0, document.characterCount())
    return max(first_text, 0)
