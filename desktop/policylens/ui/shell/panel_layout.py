"""Where the side panels go as the window's width changes: the reader keeps at least
`READER_SHARE` of the width.

Wide windows (≥ `COMPACT_BELOW` px) keep each panel in its home area: the library where a list
is read first, the legend and clauses after the text, the annotations below. Narrower windows
put every panel into one tabbed column after the text, at most `COMPACT_SHARE` of the width:
at 800 px the reader keeps ~63 % instead of the ~70 px it had with three columns of panels.
Areas are logical, mirrored in a right-to-left interface (`i18n.mirrored_dock_area`).

The arrangement changes only when the width crosses the threshold (or when asked), so a
panel the user moves stays where it was put until then; widths are capped on every resize.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTabBar,
    QTabWidget,
    QWidget,
)

from policylens.ui.infra.i18n import mirrored_dock_area

COMPACT_BELOW = 1280  # px of window width
READER_SHARE = 0.6  # of the window width, at least, from 800 px up
COMPACT_SHARE = 0.36  # the one tabbed column of a narrow window
WIDE_SHARES = {"leading": 0.15, "trailing": 0.21}  # the library · the legend and clauses
BOTTOM_SHARE = 0.24  # of the window height: the annotations below the text
FRONT_TAB = "legend"  # shown first in the tabbed column: colours and counts of the document
# Padding either side of a panel tab's label (the style's own is 24 px): at 800 px the four
# tabs of the one column were 11 px too wide, and Qt elided them ("Libr…", "Categori…").
TAB_SPACE = 16

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


@dataclass
class Panel:
    key: str
    dock: QDockWidget
    home: Qt.DockWidgetArea  # logical (left = where reading starts in LTR)
    share_area: bool
    # The width its content reads best at (the legend's longest row on one line); a wide
    # window's column takes it when it is more than the column's share.
    natural_width: Callable[[], int] | None = None


class PanelLayout(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panels: list[Panel] = []
        self.compact: bool | None = None  # None: not arranged yet
        self._pending = False
        # Without animations: sizes set right after a rearrangement would be overridden by
        # the animation still running (and a panel jumping into place reads as a glitch).
        window.setAnimated(False)
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.tab_style = CompactTabs(window)
        window.installEventFilter(self)

    def start(self, restored: bool) -> None:
        """After the saved state was (or was not) restored: a restored arrangement is kept
        until the width crosses the threshold; a fresh one is arranged at the first resize."""
        self.compact = (self.window.width() < COMPACT_BELOW) if restored else None

    def add(self, key: str, dock: QDockWidget, home: Qt.DockWidgetArea, share: bool) -> None:
        self.panels.append(Panel(key, dock, home, share))

    def want_width(self, key: str, natural_width: Callable[[], int]) -> None:
        for panel in self.panels:
            if panel.key == key:
                panel.natural_width = natural_width

    def _physical(self, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
        return mirrored_dock_area(area, self.window.isRightToLeft())

    # -- reacting to the window --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.ChildPolished:
            # Qt makes the panels' tab bars as panels are tabified (by us or by dragging).
            child = event.child() if isinstance(event, QChildEvent) else None
            if isinstance(child, QTabBar) and child.style() is not self.tab_style:
                child.setStyle(self.tab_style)
        if watched is self.window and event.type() == QEvent.Type.Resize and not self._pending:
            self._pending = True  # after Qt's own layout of the new size
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self, *, rearrange: bool = False) -> None:
        """The arrangement for the current width (if it crossed the threshold), then widths."""
        self._pending = False
        compact = self.window.width() < COMPACT_BELOW
        if rearrange or compact != self.compact:
            self.compact = compact
            if compact:
                self._arrange_compact()
            else:
                self._arrange_home()
            # Sizes once Qt has laid out the new arrangement (sooner, they are overridden).
            QTimer.singleShot(0, self._size_columns)
            return
        self._cap_widths()
        QTimer.singleShot(0, self._fit_tabs)

    # -- arrangements ------------------------------------------------------------------------
    def _arrange_compact(self) -> None:
        window, area = self.window, self._physical(RIGHT)
        shown = [p for p in self.panels if not p.dock.isFloating()]
        if not shown:
            return
        for panel in shown:
            window.addDockWidget(area, panel.dock)
        first = shown[0].dock
        for panel in shown[1:]:
            window.tabifyDockWidget(first, panel.dock)
        front = next((p.dock for p in shown if p.key == FRONT_TAB and p.dock.isVisible()), first)
        front.raise_()

    def _arrange_home(self) -> None:
        window = self.window
        placed: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for panel in self.panels:
            if panel.dock.isFloating():
                continue
            area = self._physical(panel.home)
            neighbour = placed.get(area)
            window.addDockWidget(area, panel.dock, _orientation(area))
            if panel.share_area and neighbour is not None:
                window.tabifyDockWidget(neighbour, panel.dock)
            placed.setdefault(area, panel.dock)

    def _size_columns(self) -> None:
        window = self.window
        if self.compact:
            front = next((p.dock for p in self.panels if p.key == FRONT_TAB), None)
            if front is not None and window.dockWidgetArea(front) in (LEFT, RIGHT):
                self._set_width([front], COMPACT_SHARE)  # one tab stands for its group
            QTimer.singleShot(0, self._cap_widths)
            QTimer.singleShot(0, self._fit_tabs)
            return
        for side, logical in (("leading", LEFT), ("trailing", RIGHT)):
            shown = [
                p
                for p in self.panels
                if p.dock.isVisible() and not p.dock.isFloating() and p.home == logical
            ]
            wanted = max((p.natural_width() for p in shown if p.natural_width), default=0)
            self._set_width([p.dock for p in shown], WIDE_SHARES[side], wanted)
        bottom = [
            p.dock
            for p in self.panels
            if p.dock.isVisible() and window.dockWidgetArea(p.dock) == BOTTOM
        ]
        if bottom:  # room for a dozen rows of annotations, not two
            height = int(window.height() * BOTTOM_SHARE)
            window.resizeDocks(bottom, [height] * len(bottom), Qt.Orientation.Vertical)
        QTimer.singleShot(0, self._cap_widths)  # once the sizes above are laid out

    def _set_width(self, docks: list[QDockWidget], share: float, wanted: int = 0) -> None:
        """`share` of the window's width, or `wanted` px if more (`_cap_widths` then keeps
        the reader's share)."""
        if docks:
            width = max(int(self.window.width() * share), wanted)
            self.window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)

    def _cap_widths(self) -> None:
        """Give width back to the reader when the side columns take more than their share."""
        window = self.window
        centre = window.centralWidget()
        if centre is None or window.width() < 400:
            return
        wanted = int(window.width() * READER_SHARE) + 8
        missing = wanted - centre.width()
        if missing <= 0:
            return
        columns: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for panel in self.panels:
            dock = panel.dock
            area = window.dockWidgetArea(dock)
            if dock.isVisible() and not dock.isFloating() and area in (LEFT, RIGHT):
                columns.setdefault(area, dock)
        if not columns:
            return
        total = sum(d.width() for d in columns.values()) or 1
        docks = list(columns.values())
        widths = [max(60, d.width() - missing * d.width() // total) for d in docks]
        window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def _fit_tabs(self) -> None:
        """Widen a tabbed column whose labels would be elided, as far as the reader can spare:
        shrinking the window from 1200 to 800 px left the column ~245 px ("Libr…")."""
        window = self.window
        centre = window.centralWidget()
        if centre is None or window.width() < 400:
            return
        spare = centre.width() - (int(window.width() * READER_SHARE) + 8)
        docks = [
            d
            for p in self.panels
            if (d := p.dock).isVisible()
            and not d.isFloating()
            and window.dockWidgetArea(d) in (LEFT, RIGHT)
        ]
        for bar in window.findChildren(QTabBar):
            if spare <= 0 or not bar.isVisible() or bar.parent() is not window:
                continue
            short = sum(bar.tabSizeHint(i).width() for i in range(bar.count())) - bar.width()
            middle = bar.geometry().center().x()
            dock = next((d for d in docks if d.x() <= middle <= d.geometry().right()), None)
            if short > 0 and dock is not None:
                grow = min(short, spare)
                window.resizeDocks([dock], [dock.width() + grow], Qt.Orientation.Horizontal)
                spare -= grow


class CompactTabs(QProxyStyle):
    """The application's style with narrower padding around the panels' tab labels."""

    def __init__(self, owner: QObject) -> None:
        # A fresh instance of the application's style: a proxy owns its base style.
        super().__init__(QStyleFactory.create(QApplication.style().name()))
        self.setParent(owner)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_SPACE
        return super().pixelMetric(metric, option, widget)


def _orientation(area: Qt.DockWidgetArea) -> Qt.Orientation:
    if area in (LEFT, RIGHT):
        return Qt.Orientation.Vertical
    return Qt.Orientation.Horizontal
