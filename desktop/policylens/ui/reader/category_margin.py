"""The category margin: beside each line of the reader, one coloured band per category of the
clauses on that line, so a clause with two categories shows both (the background shows only
the first, `view.clauses.visible_category`; the bands follow the same order).

It sits on the side where the document's lines start (right for a Persian document), in the
reader's viewport margin, and paints only the visible lines.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from policylens.view.clauses import ClauseLayer, visible_categories
from policylens.view.offsets import QtOffsets

BAND = 4  # px per category band
GAP = 1
MAX_BANDS = 4  # a clause rarely has more; more would push the text away
PADDING = 3
NOTE_MARK = 11  # px: the note marker's column, outside the bands
NOTE_COLOR = "#34345c"  # the selection's dark ink: stands out from every (light) category
CURRENT_BAR = 4  # px: the compare window's current difference, in the note marker's column


def note_pixmap(size: int) -> QPixmap:
    """The note marker: a small dark card with three lines of "writing"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NOTE_COLOR))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5, size / 5)
    pen = QPen(QColor("#ffffff"))
    pen.setWidthF(max(1.0, size / 10))
    painter.setPen(pen)
    for k in range(3):
        y = size * (0.3 + 0.2 * k)
        painter.drawLine(QPointF(size * 0.22, y), QPointF(size * (0.78 - 0.15 * (k == 2)), y))
    painter.end()
    return pixmap


class CategoryMargin(QWidget):
    def __init__(
        self,
        reader: QPlainTextEdit,
        layer: Callable[[], ClauseLayer | None],
        offsets: Callable[[], QtOffsets],
    ) -> None:
        """`layer` and `offsets`: the reader's current clause layer and offset map."""
        super().__init__(reader)
        self.setObjectName("categoryMargin")
        self.reader = reader
        self._layer, self._offsets = layer, offsets
        self.colors: dict[str, str] = {}
        self.hidden: set[str] = set()
        self.rtl = False
        self.on_left = True  # physical side, once placed
        self.notes: list[int] = []  # where annotations with a note start (code points)
        # A span marked beside its lines (the compare window's current difference), its colour.
        self.current: tuple[int, int] | None = None
        self.current_color = QColor(NOTE_COLOR)
        self._note = note_pixmap(NOTE_MARK - 1)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        reader.updateRequest.connect(lambda _rect, _dy: self.update())

    def width_needed(self) -> int:
        return PADDING * 2 + MAX_BANDS * (BAND + GAP) + NOTE_MARK

    def sizeHint(self) -> QSize:
        return QSize(self.width_needed(), 0)

    def set_style(self, colors: dict[str, str], hidden: set[str]) -> None:
        self.colors, self.hidden = dict(colors), set(hidden)
        self.update()

    def set_notes(self, starts: list[int]) -> None:
        """A marker beside the line where each annotation with a note starts."""
        self.notes = sorted(starts)
        self.update()

    def set_current(self, span: tuple[int, int] | None, color: str = NOTE_COLOR) -> None:
        """A bar beside every line of `span` (code points); an empty span `(i, i)`: a line
        across the margin above the line holding `i`; None: none."""
        self.current, self.current_color = span, QColor(color)
        self.update()

    def _note_starts_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.notes, start)
        return i < len(self.notes) and self.notes[i] < end

    def set_direction(self, rtl: bool) -> None:
        """On the side where the document's lines start."""
        self.rtl = rtl
        self.place()

    def place(self) -> None:
        reader = self.reader
        width = self.width_needed()
        if self.rtl:
            reader.setViewportMargins(0, 0, width, 0)
        else:
            reader.setViewportMargins(width, 0, 0, 0)
        # Margins are logical (a right-to-left interface mirrors them): take the physical side
        # from where the viewport left room.
        area, viewport = reader.contentsRect(), reader.viewport().geometry()
        self.on_left = viewport.left() - area.left() >= width
        x = area.left() if self.on_left else viewport.right() + 1
        self.setGeometry(QRect(x, area.top(), width, area.height()))

    def line_categories(self, start: int, end: int) -> list[str]:
        """The categories of the clauses over `[start, end)` (code points), first ones first."""
        layer = self._layer()
        if layer is None:
            return []
        found: list[str] = []
        for clause in layer.clauses_over(start, end):
            for category in visible_categories(clause, self.hidden):
                if category not in found:
                    found.append(category)
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        reader = self.reader
        if self._layer() is None:
            return
        painter = QPainter(self)
        offsets = self._offsets()
        block = reader.firstVisibleBlock()
        offset = reader.contentOffset()
        bottom = event.rect().bottom()
        width = self.width()
        while block.isValid():
            geometry = reader.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            layout = block.layout()
            if block.isVisible() and layout is not None:
                for n in range(layout.lineCount()):
                    line = layout.lineAt(n)
                    qt_start = block.position() + line.textStart()
                    start = offsets.from_qt(qt_start)
                    end = offsets.from_qt(qt_start + line.textLength())
                    categories = self.line_categories(start, end)[:MAX_BANDS]
                    top = int(geometry.top() + line.y())
                    height = max(1, int(line.height()))
                    current = self.current
                    if current is not None and current[0] == current[1]:
                        # A place, not a span (what the other pane adds goes here): a line
                        # across the margin above the line it comes before.
                        if start <= current[0] < max(end, start + 1):
                            y = top - CURRENT_BAR // 2 - 1
                            painter.fillRect(0, y, width, CURRENT_BAR - 1, self.current_color)
                    elif (
                        current is not None
                        and current[0] < max(end, start + 1)
                        and (start < current[1])
                    ):
                        x = 0 if self.on_left else width - CURRENT_BAR
                        painter.fillRect(x, top, CURRENT_BAR, height, self.current_color)
                    first_note = bisect_left(self.notes, start)
                    if first_note < len(self.notes) and self.notes[first_note] < max(
                        end, start + 1
                    ):
                        x = 1 if self.on_left else width - NOTE_MARK
                        painter.drawPixmap(x, top + (height - self._note.height()) // 2, self._note)
                    for k, category in enumerate(categories):
                        color = self.colors.get(category)
                        if color is None:
                            continue
                        # The first category nearest the text, like the background it matches.
                        step = PADDING + k * (BAND + GAP)
                        x = width - step - BAND if self.on_left else step
                        painter.fillRect(x, top, BAND, height, QColor(color))
            block = block.next()
        painter.end()
