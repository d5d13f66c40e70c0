"""The legend: each category's colour, name in the UI language, clause count, and a checkbox
that shows or hides its highlights. Selecting a row picks the category F8 moves through."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from policylens.core.taxonomy import Category
from policylens.ui.infra.i18n import format_number

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class Legend(QWidget):
    hidden_changed = Signal(object)  # set[str]
    category_selected = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("legendList")
        # Long names wrap instead of pushing "(23)" out of a narrow panel.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(
            self.tr("Tick to show a category's highlights; select one for F8 / Shift+F8")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._categories: list[Category] = []
        self._language = "en"
        self._counts: dict[str, int] = {}
        self._hidden: set[str] = set()
        self._updating = False
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)

    def set_categories(self, categories: list[Category], hidden: set[str], language: str) -> None:
        self._categories = list(categories)
        self._language = language
        self._hidden = set(hidden)
        self._rebuild()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self._rebuild()

    @property
    def hidden(self) -> set[str]:
        return set(self._hidden)

    def set_visible(self, category_id: str, visible: bool) -> None:
        item = self._item(category_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)

    def selected_category(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_category(self, category_id: str | None) -> None:
        item = self._item(category_id) if category_id else None
        if item is None:
            self.list.setCurrentRow(-1)
        else:
            self.list.setCurrentItem(item)

    def _item(self, category_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == category_id:
                return item
        return None

    def _rebuild(self) -> None:
        current = self.selected_category()
        self._updating = True
        try:
            self.list.clear()
            for category in self._categories:
                count = self._counts.get(category.id, 0)
                item = QListWidgetItem(swatch(category.color), self._row_text(category, count))
                item.setData(ID_ROLE, category.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Unchecked
                    if category.id in self._hidden
                    else Qt.CheckState.Checked
                )
                tip = category.description(self._language) or category.name(self._language)
                counted = self.tr(
                    "{0} clause(s) carry this category (suggestions and labels; a rejected "
                    "suggestion is not counted)"
                ).format(format_number(count))
                item.setToolTip(tip + "\n" + counted)
                self.list.addItem(item)
                if category.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._updating = False

    def _row_text(self, category: Category, count: int) -> str:
        key = f"{category.key}  " if category.key else ""  # the labelling key
        return f"{key}{category.name(self._language)}  ({format_number(count)})"

    def natural_width(self) -> int:
        """The width that shows every row on one line, with counts of up to three digits (the
        panel is sized before a document's counts are known, and keeps its width after)."""
        if self.list.count() == 0:
            return 0
        metrics = self.list.fontMetrics()
        texts = [self.list.item(row).text() for row in range(self.list.count())]
        # What the list adds to the text: checkbox, swatch, the style's padding.
        around = self.list.sizeHintForColumn(0) - max(map(metrics.horizontalAdvance, texts))
        widest = max(
            metrics.horizontalAdvance(self._row_text(c, max(self._counts.get(c.id, 0), 888)))
            for c in self._categories
        )
        frame = 2 * self.list.frameWidth()
        bar = self.list.verticalScrollBar()
        scroll = bar.sizeHint().width() if bar.isVisible() else 0
        return widest + around + frame + scroll

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        category_id = str(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._hidden.discard(category_id)
        else:
            self._hidden.add(category_id)
        self.hidden_changed.emit(set(self._hidden))

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._updating:
            return
        self.category_selected.emit(str(current.data(ID_ROLE)) if current is not None else None)
