"""Library titles on up to three lines: whole where they fit, else the last line elided in
its middle, so that the end of a title stays in sight.

A side panel is ~190–290 px wide; on one line, middle-elided, a title such as "Privacy Policy —
Background Music" lost its middle even at 1440 px. Wrapped, it reads whole; versions of one
policy ("… (2023)", "… (2024)") differ at the end, which the middle elision keeps. The whole
title is in the row's tooltip. How many lines a row has room for is the view's to decide
(`LibraryView`, from the title's width alone); the delegate fills them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from policylens.core.direction import paragraph_direction

MAX_LINES = 3
# A title wrapped between words fills its lines only so far: one up to this share of two (or
# three) lines' width is given two (three) lines.
FILL = 0.85


def lines_for(title_width: int, width: int) -> int:
    """How many lines a title `title_width` px wide gets in `width` px (at most MAX_LINES)."""
    if title_width <= width:
        return 1
    for lines in range(2, MAX_LINES):
        if title_width <= lines * width * FILL:
            return lines
    return MAX_LINES


def title_lines(text: str, font: QFont, width: int, max_lines: int = MAX_LINES) -> list[str]:
    """The lines `text` is shown on in `width` px: broken between words, at most `max_lines`;
    what does not fit goes on the last line, elided in the middle."""
    metrics = QFontMetrics(font)
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return [text]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    start = 0
    while len(lines) < max_lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart() + line.textLength()
        lines.append(text[line.textStart() : start].rstrip())
    layout.endLayout()
    rest = text[start:].strip()
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideMiddle, width))
    return lines


class TitleDelegate(QStyledItemDelegate):
    """Paints the title's lines itself: given "line\nline", the style wraps and elides again,
    by its own measure, and dropped a line's end ("Құпиялылықсаясаты")."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        if not text:
            return
        margin = title_margin(style)  # the style's own beside a cell's text
        area = item.rect.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetrics(item.font)
        room = max(1, min(MAX_LINES, area.height() // metrics.lineSpacing()))
        lines = title_lines(text, item.font, area.width(), room)
        height = metrics.lineSpacing() * len(lines)
        top = area.top() + max(0, (area.height() - height) // 2)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(_color_group(item), role))
        # On the interface's leading side, but read in the title's own direction: a Kazakh
        # title's first line "… саясаты —" in a Persian window showed "— … саясаты".
        text_option = QTextOption(
            QStyle.visualAlignment(item.direction, Qt.AlignmentFlag.AlignLeading)
        )
        text_option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if paragraph_direction(text) == "rtl"
            else Qt.LayoutDirection.LeftToRight
        )
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        for number, line in enumerate(lines):
            rect = QRectF(area.left(), top + number * metrics.lineSpacing(), area.width(), height)
            painter.drawText(rect, line, text_option)
        painter.restore()


def title_margin(style: QStyle) -> int:
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1


def _color_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The palette group the style paints the row's background in (an unfocused window's
    selection may be grey, and its text colour differs)."""
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Normal
