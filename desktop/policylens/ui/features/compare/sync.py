"""The two panes move together: scrolling one scrolls the other to the aligned place, and the
current pair is outlined in both and lined up at the same height."""

from __future__ import annotations

from policylens.core.compare import Pair
from policylens.ui.features.compare.gutter import ConnectorGutter
from policylens.ui.features.compare.pane import ComparePane
from policylens.view.compare_alignment import Alignment, other_side, span_on
from policylens.view.compare_marks import Side


class PaneSync:
    def __init__(self, pane_a: ComparePane, pane_b: ComparePane, gutter: ConnectorGutter) -> None:
        self.panes: dict[Side, ComparePane] = {"a": pane_a, "b": pane_b}
        self.gutter = gutter
        self.alignment = Alignment()
        self.active = False  # a comparison is shown
        self._syncing = False  # our own scrolling: not a user's to follow

    def scrolled(self, side: Side) -> None:
        if not self._syncing and self.active:
            self._syncing = True
            try:
                self._follow(side)
            finally:
                self._syncing = False
        self.gutter.update()

    def _follow(self, side: Side) -> None:
        source, target = self.panes[side], self.panes[other_side(side)]
        if source.verticalScrollBar().value() == 0:
            target.verticalScrollBar().setValue(0)
            return
        index = self.alignment.counterpart_index(side, source.top_index())
        if index is not None:
            target.scroll_to_index(index)

    def line_up(self, pair: Pair, focus: Side, *, select: bool = False) -> None:
        """Outline `pair`, select it on the side not `focus`ed (when `select`), and line the
        two up at the focused side's height."""
        self.gutter.current = pair
        self._syncing = True
        try:
            mine, theirs = span_on(pair, focus), span_on(pair, other_side(focus))
            source, target = self.panes[focus], self.panes[other_side(focus)]
            if mine is not None:
                top, _bottom = source.span_y(*mine)
                if not 0 <= top < source.viewport().height():
                    source.scroll_to_index(mine[0], source.viewport().height() // 3)
                    top, _bottom = source.span_y(*mine)
                y = max(0, top)
            else:
                y = target.viewport().height() // 3
            if theirs is not None and select:
                cursor = target.textCursor()
                cursor.setPosition(target.offsets.to_qt(theirs[0]))
                cursor.setPosition(target.offsets.to_qt(theirs[1]), cursor.MoveMode.KeepAnchor)
                target.setTextCursor(cursor)
            at = None  # where the text without counterpart would go on the other side
            if theirs is not None:
                target.scroll_to_index(theirs[0], y)
            elif mine is not None:
                at = self.alignment.counterpart_index(focus, mine[0])
                if at is not None:
                    target.scroll_to_index(at, y)
            source.mark_current(mine)
            target.mark_current(theirs, at)
        finally:
            self._syncing = False
        self.gutter.update()
