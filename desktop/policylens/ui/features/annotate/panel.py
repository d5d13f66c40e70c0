"""The annotations dock: a filterable table of the shown document's annotations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from policylens.core.taxonomy import Category
from policylens.store.annotations import Annotation
from policylens.ui.features.annotate.controller import REVIEW_STATUSES
from policylens.ui.features.annotate.model import (
    ANNOTATION_ROLE,
    ANNOTATOR,
    NOTE,
    ORIGIN,
    QUOTE,
    AnnotationFilter,
    AnnotationTableModel,
    status_text,
)
from policylens.ui.reader.legend import swatch

NARROW_PANEL = 560  # px: below it the panel stacks its filters and hides NARROW_HIDDEN
NARROW_HIDDEN = (ANNOTATOR, NOTE, ORIGIN)  # the quote's tooltip says them (a note: its mark)

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

ANY = "__any__"


class AnnotationTable(QTableView):
    delete_requested = Signal(object)  # Annotation

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            current = self.currentIndex()
            if current.isValid():
                self.delete_requested.emit(current.data(ANNOTATION_ROLE))
                return
        super().keyPressEvent(event)


class AnnotationsPanel(QWidget):
    annotation_chosen = Signal(object)  # Annotation: jump to it
    delete_requested = Signal(object)  # Annotation

    def __init__(
        self, categories: list[Category], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = AnnotationTableModel(self)
        self.model.set_categories(
            {c.id: c.name(language) for c in categories}, {c.id: c.color for c in categories}
        )
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)

        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("annotationCategoryFilter")
        self.category_filter.addItem(translate("Annotate", "All categories"), ANY)
        for category in categories:
            self.category_filter.addItem(
                swatch(category.color), category.name(language), category.id
            )
        self.annotator_filter = QComboBox(self)
        self.annotator_filter.setObjectName("annotationAnnotatorFilter")
        self.annotator_filter.addItem(translate("Annotate", "All annotators"), ANY)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("annotationStatusFilter")
        self.status_filter.addItem(translate("Annotate", "Any status"), ANY)
        for status in REVIEW_STATUSES:
            self.status_filter.addItem(
                status_text(status) or translate("Annotate", "(no status)"), status
            )
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("annotationTextFilter")
        self.text_filter.setPlaceholderText(translate("Annotate", "Filter quotes and notes…"))
        self.text_filter.setClearButtonEnabled(True)

        self.table = AnnotationTable(self)
        self.table.setObjectName("annotationsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.delete_requested.connect(self.delete_requested)

        self.filters = filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.category_filter, self.annotator_filter, self.status_filter):
            # Not sized to their longest entry: the panel also lives in the narrow tabbed
            # column of a small window (ui/shell/panel_layout.py).
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(1)
        self.text_filter.setMinimumWidth(48)
        self._narrow: bool | None = None
        self._place_filters(narrow=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        for combo in (self.category_filter, self.annotator_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_filters(event.size().width() < NARROW_PANEL)
        super().resizeEvent(event)

    def _place_filters(self, narrow: bool) -> None:
        """In a narrow panel the filters take two rows of two, and the annotator, note and
        origin columns give way to the quote: in the tabbed column of a 1024 px window the filters
        read "All categ", "Any stat" and the Quote column was scrolled out of sight."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        widgets = (self.category_filter, self.annotator_filter, self.status_filter)
        for number, widget in enumerate((*widgets, self.text_filter)):
            self.filters.removeWidget(widget)
            row, column = divmod(number, 2) if narrow else (0, number)
            self.filters.addWidget(widget, row, column)
        for column, stretch in enumerate((1, 1, 0, 0) if narrow else (1, 1, 1, 2)):
            self.filters.setColumnStretch(column, stretch)
        for column in NARROW_HIDDEN:
            self.table.setColumnHidden(column, narrow)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.model.set_annotations(annotations)

    def set_annotators(self, names: list[str]) -> None:
        combo = self.annotator_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("Annotate", "All annotators"), ANY)
        for name in names:
            combo.addItem(name, name)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if index < 0 and current != ANY:
            self._apply_filters()

    def _value(self, combo: QComboBox) -> str | None:
        data = combo.currentData()
        return None if data == ANY or data is None else str(data)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            category=self._value(self.category_filter),
            annotator=self._value(self.annotator_filter),
            status=self._value(self.status_filter),
            text=self.text_filter.text(),
        )

    def select_annotation(self, annotation_id: int) -> None:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current_annotation(self) -> Annotation | None:
        index = self.table.currentIndex()
        value = index.data(ANNOTATION_ROLE) if index.isValid() else None
        return value if isinstance(value, Annotation) else None

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ANNOTATION_ROLE)
        if isinstance(value, Annotation):
            self.annotation_chosen.emit(value)
