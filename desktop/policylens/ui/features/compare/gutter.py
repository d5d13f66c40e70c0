"""The narrow strip between the panes: a band from an A clause to its B counterpart, for the
current pair and the one under the mouse only (dozens of bands at once tangle into a braid
nobody can follow: what Meld and Draftable avoid too). Both panes also mark the current pair.

Only pairs visible in either pane are considered (a linear pass over the pairs per paint:
a policy has hundreds, not millions). The bands follow whichever pane is on the left, so the
strip is right in a mirrored (right-to-left) UI too.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from policylens.core.compare import Pair
from policylens.ui.features.compare.pane import ComparePane
from policylens.view.compare_marks import RELATION_COLORS, SAME_CONNECTOR

WIDTH = 44


class ConnectorGutter(QWidget):
    def __init__(self, pane_a: ComparePane, pane_b: ComparePane, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareGutter")
        self.pane_a, self.pane_b = pane_a, pane_b
        self.pairs: list[Pair] = []
        self.current: Pair | None = None
        self.hovered: Pair | None = None
        self.category_colors: dict[str, str] = {}
        self.colour_by_category = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(WIDTH)
        self.setMaximumWidth(WIDTH)
        self.drawn: list[Pair] = []  # the pairs of the last paint (tests, debugging)

    def set_hovered(self, pair: Pair | None) -> None:
        if pair is not self.hovered:
            self.hovered = pair
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def color_of(self, pair: Pair) -> QColor:
        if self.colour_by_category and pair.categories:
            color = QColor(self.category_colors.get(pair.categories[0], SAME_CONNECTOR))
        else:
            color = QColor(RELATION_COLORS.get(pair.relation, SAME_CONNECTOR))
        return color

    def visible_pairs(self) -> list[Pair]:
        a_top, a_bottom = self.pane_a.top_index(), self.pane_a.bottom_index()
        b_top, b_bottom = self.pane_b.top_index(), self.pane_b.bottom_index()
        shown = []
        for pair in self.pairs:
            if pair.a is None or pair.b is None:
                continue
            if (pair.a[1] > a_top and pair.a[0] <= a_bottom) or (
                pair.b[1] > b_top and pair.b[0] <= b_bottom
            ):
                shown.append(pair)
        return shown

    def _y_range(self, pane: ComparePane, span: tuple[int, int]) -> tuple[float, float]:
        top, bottom = pane.span_y(*span)
        offset = pane.viewport().mapTo(self.window(), pane.viewport().rect().topLeft()).y()
        mine = self.mapTo(self.window(), self.rect().topLeft()).y()
        return float(top + offset - mine), float(bottom + offset - mine)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        a_on_left = (
            self.pane_a.mapTo(self.window(), self.pane_a.rect().topLeft()).x()
            < self.mapTo(self.window(), self.rect().topLeft()).x()
        )
        left_x, right_x = 0.0, float(self.width())
        height = self.height()
        self.drawn = []
        for pair in self.visible_pairs():
            if pair is not self.current and pair is not self.hovered:
                continue
            assert pair.a is not None and pair.b is not None
            a_top, a_bottom = self._y_range(self.pane_a, pair.a)
            b_top, b_bottom = self._y_range(self.pane_b, pair.b)
            if max(a_bottom, b_bottom) < 0 or min(a_top, b_top) > height:
                continue
            l_top, l_bottom, r_top, r_bottom = (
                (a_top, a_bottom, b_top, b_bottom)
                if a_on_left
                else (b_top, b_bottom, a_top, a_bottom)
            )
            middle = (left_x + right_x) / 2
            path = QPainterPath(QPointF(left_x, l_top))
            path.cubicTo(QPointF(middle, l_top), QPointF(middle, r_top), QPointF(right_x, r_top))
            path.lineTo(QPointF(right_x, r_bottom))
            path.cubicTo(
                QPointF(middle, r_bottom), QPointF(middle, l_bottom), QPointF(left_x, l_bottom)
            )
            path.closeSubpath()
            color = self.color_of(pair)
            fill = QColor(color)
            fill.setAlpha(150)
            painter.setBrush(fill)
            current = pair is self.current
            pen = QPen(QColor("#3b6fd6") if current else color.darker(130))
            pen.setWidthF(2.0 if current else 1.0)
            painter.setPen(pen)
            painter.drawPath(path)
            self.drawn.append(pair)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(0, 0, 0, height)
        painter.drawLine(self.width() - 1, 0, self.width() - 1, height)
        painter.end()
