"""Clause highlights, written straight into each block's layout (`QTextLayout.setFormats`).

After an analysis the clauses are cut into per-block spans once (`view.clauses.ClauseLayer`),
so highlighting a block is a dict lookup and one `setFormats` call. This is not a
QSyntaxHighlighter: that one re-highlights every block of a new text (1 MB: ~2000 Python
calls while the text is shown) and marks each re-highlighted block dirty, which lays it out
again at once (1 MB: 140 ms per 400 blocks, the longest freeze of an open). A format change
that keeps the font (a background colour) keeps every line's height, so the block is only
laid out again when it is next painted: blocks off screen cost nothing until scrolled to.
Headings change the font size, so their blocks are marked dirty (few of them).

The first blocks from the visible one are written at once, and more while SLICE_S allows;
the rest in slices of at most SLICE_S of the GUI thread per event-loop turn, so a large
document never freezes the window. (1 MB, 2000 blocks: ~15 ms, all in the first go; written
200 at first, the rest waited for a repaint and a turn of the loop, ~10 ms more.)
`busy()` says whether slices are pending; `finished` is emitted when every block is written.
"""

from __future__ import annotations

import time
from bisect import bisect_right

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument, QTextLayout

from policylens.view.spans import BlockSpans

FIRST_BLOCKS = 200  # written at once from the first visible block: the screen and around it
SLICE_S = 0.02  # longest GUI-thread run of one later slice (the freeze budget is 100 ms)
HEADING_SCALE = 1.15  # headings: bold and this much larger than the text
Run = tuple[int, int, str]


def flatten(runs: list[Run]) -> list[Run]:
    """Runs with no overlap, a later run winning over an earlier one where they meet (the rule
    the spans are made for). Spans nearly never overlap: then they come back as they are."""
    end = -1
    for start, length, _key in runs:
        if start < end:
            break
        end = start + length
    else:
        return runs
    size = max(a + n for a, n, _key in runs)
    keys: list[str | None] = [None] * size
    for start, length, key in runs:
        keys[start : start + length] = [key] * length
    flat: list[Run] = []
    for position, winner in enumerate(keys):
        if winner is None:
            continue
        if flat and flat[-1][2] == winner and flat[-1][0] + flat[-1][1] == position:
            flat[-1] = (flat[-1][0], flat[-1][1] + 1, winner)
        else:
            flat.append((position, 1, winner))
    return flat


class ClauseHighlighter(QObject):
    finished = Signal()  # every block of the last spans is written

    def __init__(self, document: QTextDocument | None) -> None:
        super().__init__(document)
        self._document = document
        self._spans: BlockSpans = {}
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self._generation = 0
        self._pending: list[int] = []  # block numbers still to write, the next one last
        self._dirty: set[int] = set()  # blocks whose font changes: laid out again
        self.heading_blocks: frozenset[int] = frozenset()
        self._heading_point_size = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._write_slice)

    def document(self) -> QTextDocument | None:
        return self._document

    def setDocument(self, document: QTextDocument | None) -> None:
        """Highlight another document (None: none); what was pending for this one is dropped."""
        self.reset()
        self._document = document

    def busy(self) -> bool:
        return bool(self._pending)

    def reset(self) -> None:
        """Forget the spans and pending work without touching the blocks: for a new text,
        whose blocks carry no formats yet."""
        self._generation += 1
        self._spans = {}
        self._pending = []
        self._dirty = set()
        self._timer.stop()

    # -- formats ---------------------------------------------------------------------------
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
        self._write(sorted(self.heading_blocks), dirty=self.heading_blocks)

    def set_headings(self, blocks: frozenset[int]) -> None:
        """Blocks shown as headings (bold, larger); the ones that changed are written again."""
        changed = self.heading_blocks ^ blocks
        self.heading_blocks = blocks
        self._write(sorted(changed), dirty=changed)

    def set_spans(self, spans: BlockSpans, first_block: int = 0) -> None:
        """Show new spans, writing only the blocks whose highlighting changed: the first
        FIRST_BLOCKS from `first_block` (the visible ones) now, the rest in later slices."""
        old = self._spans
        self._spans = spans
        changed = sorted(n for n in old.keys() | spans.keys() if old.get(n) != spans.get(n))
        split = bisect_right(changed, first_block - 1)
        self._write(changed[split:] + changed[:split])

    def clear(self) -> None:
        self.set_spans({})

    # -- writing ---------------------------------------------------------------------------
    def _write(self, numbers: list[int], dirty: frozenset[int] | set[int] = frozenset()) -> None:
        if self._document is None:
            return
        self._dirty |= dirty
        queued = set(numbers)
        # A newer request goes first; what is left of an older one follows.
        older = [n for n in self._pending if n not in queued]
        self._pending = older + numbers[::-1]
        self._write_blocks(time.perf_counter() + SLICE_S, FIRST_BLOCKS)

    def _write_slice(self) -> None:
        self._write_blocks(time.perf_counter() + SLICE_S)

    def _write_blocks(self, deadline: float, at_least: int = 0) -> None:
        """Pending blocks until `deadline`, but `at_least` of them in any case."""
        document = self._document
        if document is None:
            self._pending = []
            return
        pending, dirty, written = self._pending, self._dirty, 0
        spans, headings = self._spans, self.heading_blocks
        while pending:
            number = pending.pop()
            block = document.findBlockByNumber(number)
            written += 1
            if not block.isValid():
                continue
            layout = block.layout()
            if layout is None:
                continue
            layout.setFormats(self._ranges(spans.get(number), number in headings, block.length()))
            if number in dirty:
                dirty.discard(number)
                document.markContentsDirty(block.position(), block.length())
            if written >= at_least and written % 16 == 0 and time.perf_counter() > deadline:
                break
        self._repaint(document)
        if pending:
            self._timer.start()
        else:
            self._dirty = set()
            self.finished.emit()

    def _ranges(
        self, runs: list[Run] | None, heading: bool, length: int
    ) -> list[QTextLayout.FormatRange]:
        ranges: list[QTextLayout.FormatRange] = []
        at = 0
        for start, size, key in flatten(runs) if runs else ():
            if heading and start > at:
                ranges.append(self._range(at, start - at, self._heading_text_format()))
            ranges.append(self._range(start, size, self._format(key, heading)))
            at = start + size
        if heading and at < length - 1:
            ranges.append(self._range(at, length - 1 - at, self._heading_text_format()))
        return ranges

    @staticmethod
    def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
        format_range = QTextLayout.FormatRange()
        format_range.start = start
        format_range.length = length
        format_range.format = fmt
        return format_range

    @staticmethod
    def _repaint(document: QTextDocument) -> None:
        """The new formats are drawn at the next paint: ask the views for one."""
        layout = document.documentLayout()
        if layout is not None:
            layout.update.emit()  # the whole document (the default rectangle)
