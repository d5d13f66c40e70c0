"""How a library-search hit is drawn: the title, then the snippet with the match marked.

Rich text (a small QTextDocument per row) rather than the plain display text, so that the
matched words stand out; each line is laid out in its own direction, like the reader's
paragraphs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from policylens.core.direction import paragraph_direction
from policylens.store.search import SearchHit

MATCH_BACKGROUND = "#ffd54f"  # amber: unlike every category colour, dark text stays readable
# The match's own text colour: in the selected row the rest of the text turns white, which
# on amber could hardly be read.
MATCH_TEXT = "#000000"
MATCH_STYLE = f"background-color:{MATCH_BACKGROUND}; color:{MATCH_TEXT}"
HIT_ROLE = Qt.ItemDataRole.UserRole + 20

Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit) -> str:
    """The title in bold and the snippet with its match in a <span> of MATCH_STYLE."""
    start, end = hit.snippet_match
    snippet = hit.snippet
    if not 0 <= start <= end <= len(snippet):
        start = end = 0
    marked = (
        escape(snippet[:start])
        + f'<span style="{MATCH_STYLE}">{escape(snippet[start:end])}</span>'
        + escape(snippet[end:])
    )
    title_dir, snippet_dir = paragraph_direction(hit.title), paragraph_direction(snippet)
    return (
        f'<p dir="{title_dir}" style="margin:0"><b>{escape(hit.title)}</b></p>'
        f'<p dir="{snippet_dir}" style="margin:0">{marked}</p>'
    )


def text_colour(option: QStyleOptionViewItem) -> QColor:
    """The colour the style gives an item's text in this state: the selected row of a window
    in the background is drawn with the inactive highlight, whose text colour may differ."""
    state = option.state
    if not state & QStyle.StateFlag.State_Enabled:
        group = QPalette.ColorGroup.Disabled
    elif state & QStyle.StateFlag.State_Active:
        group = QPalette.ColorGroup.Active
    else:
        group = QPalette.ColorGroup.Inactive
    selected = bool(state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(group, role)


class HitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(hit_html(hit))
        width = option.rect.width()
        view = option.widget
        if width <= 0 and isinstance(
            view, QAbstractItemView
        ):  # sizeHint before the row has a place
            width = view.viewport().width()
        document.setTextWidth(max(50, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_less = QStyleOptionViewItem(option)
        text_less.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_less, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour(option))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        size = document.size()
        return QSize(int(size.width()), int(size.height()) + 2)
