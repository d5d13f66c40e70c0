"""The reader: a read-only QPlainTextEdit (fast on large texts, DESIGN.md) showing one document,
each paragraph in its own direction and on its own side, with clause highlights and tooltips.

Direction per paragraph: with the text option's direction left on Auto, Qt's engine takes each
block's direction from its first strong character — the same rule (UAX #9 P2/P3) as
`core.direction.paragraph_direction`, and a test checks they agree on every sample paragraph.
Alignment per paragraph, paragraph gaps and headings: `layout.ReaderLayout` (Qt's plain
text layout has one alignment for the whole document). Lines are ragged; justification is a
setting, off by default.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.ui.infra.fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE, text_font
from policylens.ui.reader.category_margin import CategoryMargin
from policylens.ui.reader.highlighter import ClauseHighlighter
from policylens.ui.reader.layout import ReaderLayout, hide_blank_blocks
from policylens.view.clauses import ClauseLayer
from policylens.view.offsets import QtOffsets, block_of, continued_blocks, line_starts
from policylens.view.palette import selection_colors
from policylens.view.spans import BlockSpans

TooltipProvider = Callable[[Clause], str]


class Reader(QPlainTextEdit):
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # files dropped on the text go to the main window
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        document = QTextDocument(self)
        self.paragraph_layout = ReaderLayout(document)
        document.setDocumentLayout(self.paragraph_layout)
        self.setDocument(document)
        self._justified = False
        self._point_size = float(DEFAULT_POINT_SIZE)
        self.setFont(text_font(self._point_size))
        self._apply_text_option()
        self.document_model: Document | None = None
        self.offsets = QtOffsets("")
        self._line_starts: list[int] = [0]
        self.layer: ClauseLayer | None = None
        self.highlighter = ClauseHighlighter(self.document())
        self.highlighter.set_heading_font(self.font())
        self.tooltip_provider: TooltipProvider | None = None
        self._apply_selection_colors()
        self.margin = CategoryMargin(self, lambda: self.layer, lambda: self.offsets)
        self.margin.place()

    def _apply_selection_colors(self) -> None:
        """A dark selection with white text: never taken for a (light) category highlight."""
        selection = selection_colors()
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(selection.background))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(selection.text))
        self.setPalette(palette)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.margin.place()

    def _apply_text_option(self) -> None:
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        justify = Qt.AlignmentFlag.AlignJustify if self._justified else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(justify)
        # Break between words; only a word longer than the whole line (a long URL) is cut.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.paragraph_layout.justify = self._justified
        self.paragraph_layout.line_height = QFontMetricsF(self.font()).lineSpacing()
        margin = self.paragraph_layout.page_margin()
        if self.document().documentMargin() != margin:  # it lays the whole text out again
            self.document().setDocumentMargin(margin)

    @property
    def justified(self) -> bool:
        return self._justified

    def set_justified(self, justified: bool) -> None:
        """Justified lines (a setting, off by default): Qt stretches the spaces between words
        and, in Arabic script, by kashida."""
        if justified == self._justified:
            return
        self._justified = justified
        self._apply_text_option()
        self.document().markContentsDirty(0, self.document().characterCount())

    # -- content ---------------------------------------------------------------------------
    def set_document(self, document: Document | None) -> None:
        self.layer = None
        self.highlighter.reset()  # the new text's blocks carry no formats
        self.document_model = document
        text = document.text if document is not None else ""
        self.offsets = QtOffsets(text)
        self._line_starts = line_starts(text)
        self.paragraph_layout.heading_blocks = frozenset()
        self.paragraph_layout.continued_blocks = continued_blocks(
            self._line_starts,
            [(p.start, p.end) for p in document.paragraphs] if document is not None else [],
        )
        self.highlighter.heading_blocks = frozenset()
        self.setPlainText(text)
        self._apply_text_option()
        self.paragraph_layout.first_text_block = hide_blank_blocks(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.margin.set_direction(document is not None and document.direction == "rtl")

    def set_clauses(
        self,
        clauses: Sequence[Clause],
        colors: dict[str, str],
        hidden: set[str],
        prepared: tuple[ClauseLayer, BlockSpans] | None = None,
    ) -> ClauseLayer | None:
        """Highlight the clauses; `prepared` = layer and spans computed off the GUI thread."""
        if self.document_model is None:
            return None
        if prepared is None:
            layer = ClauseLayer(self.document_model.text, clauses, self.offsets)
            prepared = layer, layer.block_spans(colors, hidden)
        self.layer = prepared[0]
        self.show_headings(clauses)
        self.highlighter.set_spans(prepared[1], self.firstVisibleBlock().blockNumber())
        self.margin.set_style(colors, hidden)
        return self.layer

    def show_headings(self, clauses: Sequence[Clause]) -> None:
        """The clauses the analysis found to be headings: bold, larger, spaced as headings."""
        headings = frozenset(
            block_of(self._line_starts, clause.start)
            for clause in clauses
            if clause.kind == "heading"
        )
        self.paragraph_layout.heading_blocks = headings
        self.highlighter.set_headings(headings)

    def update_highlights(self, colors: dict[str, str], hidden: set[str]) -> None:
        if self.layer is not None:
            spans = self.layer.block_spans(colors, hidden)
            self.highlighter.set_spans(spans, self.firstVisibleBlock().blockNumber())
            self.margin.set_style(colors, hidden)

    # -- positions -------------------------------------------------------------------------
    def cursor_index(self) -> int:
        """Code-point offset of the cursor (selection start when there is a selection)."""
        return self.offsets.from_qt(self.textCursor().selectionStart())

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        # Keep the place: when the range is already on screen (the next clause while
        # labelling), the view stays still; otherwise it is brought to the middle.
        on_screen = self._on_screen(cursor.anchor()) and self._on_screen(cursor.position())
        self.setTextCursor(cursor)
        if not on_screen:
            self.centerCursor()

    def _on_screen(self, position: int) -> bool:
        probe = QTextCursor(self.document())
        probe.setPosition(position)
        rect = self.cursorRect(probe)
        return self.viewport().rect().contains(rect.topLeft()) and rect.bottom() <= (
            self.viewport().height()
        )

    def index_at(self, point: QPoint) -> int | None:
        """Code-point offset of the character under a viewport point, None beyond the text."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        return self.offsets.from_qt(cursor.position())

    # -- zoom ------------------------------------------------------------------------------
    @property
    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size == self._point_size:
            return
        self._point_size = size
        self.setFont(text_font(size))
        self._apply_text_option()
        self.highlighter.set_heading_font(self.font())
        self.zoom_changed.emit(size)

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self._point_size + steps)

    def reset_zoom(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    def current_font(self) -> QFont:
        return self.font()

    # -- tooltips --------------------------------------------------------------------------
    def tooltip_at(self, point: QPoint) -> str | None:
        if self.layer is None or self.tooltip_provider is None:
            return None
        index = self.index_at(point)
        if index is None:
            return None
        clause = self.layer.clause_at(index)
        if clause is None or not clause.categories:
            return None
        return self.tooltip_provider(clause)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
