"""One side of the split view: the ordinary Reader (per-paragraph direction, zoom, tooltips)
with a highlighter that paints relations and changed words as well as categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from policylens.core.compare import Pair
from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, format_number, isolate
from policylens.ui.reader.highlighter import ClauseHighlighter
from policylens.ui.reader.reader import Reader
from policylens.view.compare_marks import (
    CarriedAnnotation,
    Side,
    pair_relation,
    parse_key,
)

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

_UNDERLINES = {
    "line": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
}
CURRENT_PAIR_COLOR = "#3b6fd6"
SCROLL_CORRECTIONS = 40  # lines: at most this many single-line steps after the estimate

RELATION_NAMES: dict[str, str] = {
    # English here, translated where shown: translate("Compare", RELATION_NAMES[...]).
    "same": QT_TRANSLATE_NOOP("Compare", "unchanged"),
    "changed": QT_TRANSLATE_NOOP("Compare", "changed"),
    "added": QT_TRANSLATE_NOOP("Compare", "added in B"),
    "removed": QT_TRANSLATE_NOOP("Compare", "removed from A"),
    "moved": QT_TRANSLATE_NOOP("Compare", "moved"),
    "aligned": QT_TRANSLATE_NOOP("Compare", "aligned"),
    "unmatched": QT_TRANSLATE_NOOP("Compare", "no counterpart"),
}


class CompareHighlighter(ClauseHighlighter):
    """Spans carry a format key from `spans.format_key` instead of a bare colour."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._keyed_formats: dict[tuple[str, bool], QTextCharFormat] = {}

    def _format(self, color: str, heading: bool = False) -> QTextCharFormat:
        fmt = self._keyed_formats.get((color, heading))
        if fmt is None:
            attrs = parse_key(color) if "=" in color else {"bg": color}
            # A heading keeps its weight and size under a highlight, as in the reader.
            fmt = QTextCharFormat(self._heading_format()) if heading else QTextCharFormat()
            if "bg" in attrs:
                fmt.setBackground(QColor(attrs["bg"]))
                fmt.setForeground(QColor(attrs.get("fg", "#000000")))
            elif "fg" in attrs:
                fmt.setForeground(QColor(attrs["fg"]))
            if "ul" in attrs:
                fmt.setUnderlineStyle(_UNDERLINES.get(attrs.get("us", "line"), _UNDERLINES["line"]))
                fmt.setUnderlineColor(QColor(attrs["ul"]))
            if attrs.get("strong"):
                fmt.setFontWeight(QFont.Weight.Bold)
            if attrs.get("st"):
                fmt.setFontStrikeOut(True)
            self._keyed_formats[(color, heading)] = fmt
        return fmt

    def set_heading_font(self, font: QFont) -> None:
        self._keyed_formats = {k: f for k, f in self._keyed_formats.items() if not k[1]}
        super().set_heading_font(font)

    def formats_at(self, block_number: int) -> list[tuple[int, int, dict[str, str]]]:
        """The runs painted in a block, as attributes (what the tests and tooltips read)."""
        return [(s, n, parse_key(k)) for s, n, k in self._spans.get(block_number, [])]


class ComparePane(Reader):
    clause_clicked = Signal(int)  # code-point offset of the click (no drag-selection)
    pair_hovered = Signal(object)  # Pair | None under the mouse: the gutter draws its band

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"comparePane{side.upper()}")
        self.highlighter.setDocument(None)
        self.highlighter = CompareHighlighter(self.document())
        self.highlighter.set_heading_font(self.font())
        self.pairs: list[Pair] = []
        self.carried: list[CarriedAnnotation] = []
        self.category_names: dict[str, str] = {}
        self._press: QPoint | None = None
        self._hovered: Pair | None = None
        self.viewport().setMouseTracking(True)

    # -- positions -------------------------------------------------------------------------
    def top_index(self) -> int:
        """Offset of the first character at the top of the viewport."""
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        layout = block.layout()
        y = -top + 1
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.rect().bottom() >= y:
                return self.offsets.from_qt(block.position() + line.textStart())
        return self.offsets.from_qt(block.position())

    def bottom_index(self) -> int:
        cursor = self.cursorForPosition(QPoint(0, self.viewport().height() - 1))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        return self.offsets.from_qt(cursor.position())

    def span_y(self, start: int, end: int) -> tuple[int, int]:
        """Viewport y of a span's top and bottom (may lie outside the viewport)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        top = self.cursorRect(cursor).top()
        cursor.setPosition(self.offsets.to_qt(max(start, end - 1)))
        bottom = self.cursorRect(cursor).bottom()
        return top, max(top, bottom)

    def scroll_to_index(self, index: int, y: int = 0) -> None:
        """Scroll so that the line holding `index` sits at viewport y ≈ `y` (line granularity:
        QPlainTextEdit scrolls by lines)."""
        bar = self.verticalScrollBar()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(min(index, len(self.offsets_text()))))
        block = cursor.block()
        layout = block.layout()
        line_in_block = 0
        if layout is not None and layout.lineCount():
            line_in_block = max(
                0, layout.lineForTextPosition(cursor.positionInBlock()).lineNumber()
            )
        line_height = max(1, self.fontMetrics().lineSpacing())
        target = block.firstLineNumber() + line_in_block - max(0, y) // line_height
        bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))
        # Lines are not all one height (headings, paragraph gaps): correct the estimate a line
        # at a time, up while the line is above `y`, then down while it is a line below it.
        position = min(index, len(self.offsets_text()))
        for _ in range(SCROLL_CORRECTIONS):
            top = self.span_y(position, position + 1)[0]
            if top < y - line_height // 2 and bar.value() > bar.minimum():
                bar.setValue(bar.value() - 1)
            else:
                break
        for _ in range(SCROLL_CORRECTIONS):
            top = self.span_y(position, position + 1)[0]
            if top > y + line_height and bar.value() < bar.maximum():
                bar.setValue(bar.value() + 1)
            else:
                break

    def offsets_text(self) -> str:
        return self.document_model.text if self.document_model is not None else ""

    # -- current pair ----------------------------------------------------------------------
    def mark_current(self, span: tuple[int, int] | None, at: int | None = None) -> None:
        """Outline the current pair's span (an extra selection, so the highlights stay); with
        no span on this side, `at` is where the other side's text would go, marked by a line
        across the margin."""
        selections = []
        if span is not None and span[1] > span[0]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_qt(span[0]))
            cursor.setPosition(self.offsets.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(CURRENT_PAIR_COLOR))
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        # The underline alone was hard to see on a highlight: a bar beside its lines too.
        if span is None or span[1] <= span[0]:
            span = (at, at) if at is not None else None
        self.margin.set_current(span, CURRENT_PAIR_COLOR)

    # -- clicks and tooltips ---------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.index_at(event.position().toPoint())
        pair = self.pair_at(index) if index is not None else None
        if pair is not self._hovered:
            self._hovered = pair
            self.pair_hovered.emit(pair)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self.pair_hovered.emit(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag selects text; only a click jumps
        index = self.index_at(event.position().toPoint())
        if index is not None:
            self.clause_clicked.emit(index)

    def pair_at(self, index: int) -> Pair | None:
        for pair in self.pairs:
            span = pair.a if self.side == "a" else pair.b
            if span is not None and span[0] <= index < span[1]:
                return pair
        return None

    def tooltip_at(self, point: QPoint) -> str | None:
        index = self.index_at(point)
        if index is None:
            return None
        lines: list[str] = []
        pair = self.pair_at(index)
        if pair is not None:
            mine, other = (pair.a, pair.b) if self.side == "a" else (pair.b, pair.a)
            relation = pair_relation(pair.relation, mine, other)
            text = translate("Compare", RELATION_NAMES.get(relation, relation))
            if pair.score and relation not in ("same", "added", "removed", "unmatched"):
                text += translate("Compare", " (similarity {})").format(
                    format_number(pair.score, 2)
                )
            lines.append(text)
        for note in self.carried:
            if note.start <= index < note.end:
                name = self.category_names.get(note.category, note.category)
                line = translate("Compare", "Annotation of A: {}").format(name)
                if note.note:
                    line += translate("Compare", " — {}").format(isolate(note.note))
                lines.append(line)
        categories = super().tooltip_at(point)
        if categories:
            lines.append(categories)
        return "\n".join(lines) or None
