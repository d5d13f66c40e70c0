"""The annotations table: one row per annotation of the shown document, and its filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from policylens.core.normalize import normalize_key
from policylens.store.annotations import Annotation
from policylens.ui.infra.i18n import FSI, PDI, QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

COLUMNS = (
    QT_TRANSLATE_NOOP("Annotate", "Quote"),
    QT_TRANSLATE_NOOP("Annotate", "Category"),
    QT_TRANSLATE_NOOP("Annotate", "Status"),
    QT_TRANSLATE_NOOP("Annotate", "Annotator"),
    QT_TRANSLATE_NOOP("Annotate", "Note"),
    QT_TRANSLATE_NOOP("Annotate", "Origin"),
)
QUOTE, CATEGORY, STATUS, ANNOTATOR, NOTE, ORIGIN = range(len(COLUMNS))
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11
QUOTE_CHARS = 80

Index = QModelIndex | QPersistentModelIndex


def origin_text(annotation: Annotation) -> str:
    if annotation.origin == "auto":
        if annotation.state == "rejected":
            return translate("Annotate", "suggestion rejected")
        return translate("Annotate", "suggestion confirmed")
    return translate("Annotate", "manual")


def status_text(status: str) -> str:
    """A review status (stored in English) in the interface language."""
    names = {
        "ok": translate("Annotate", "ok"),
        "concern": translate("Annotate", "concern"),
        "question": translate("Annotate", "question"),
    }
    return names.get(status, status)


def note_icon() -> QIcon:
    from policylens.ui.reader.category_margin import note_pixmap

    return QIcon(note_pixmap(14))


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._names: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._search: list[str] = []

    def set_categories(self, names: dict[str, str], colors: dict[str, str]) -> None:
        self._names, self._colors = dict(names), dict(colors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, NOTE))

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self._rows = list(annotations)
        # Normalised once, so the free-text filter sees through ZWNJ / Arabic yeh like search.
        self._search = [normalize_key(f"{a.quote} {a.note}") for a in self._rows]
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def row_of(self, annotation_id: int) -> int:
        return next((r for r, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("Annotate", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QUOTE:  # with what a narrow panel hides: who, how, the note
                who = f"— {self._display(a, ANNOTATOR)} · {self._display(a, ORIGIN)}"
                return "\n".join(t for t in (a.quote, who, a.note) if t)
            if column == NOTE:
                return a.note or None
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == QUOTE and a.note:
            return note_icon()  # the same mark as beside the text in the reader's margin
        if role == Qt.ItemDataRole.DecorationRole and column == CATEGORY:
            color = self._colors.get(a.category)
            return QColor(color) if color else None
        if role == ANNOTATION_ROLE:
            return a
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def _display(self, a: Annotation, column: int) -> str:
        if column == QUOTE:
            return FSI + short(a.quote) + PDI  # each quote in its own direction
        if column == CATEGORY:
            return self._names.get(a.category, a.category)
        if column == STATUS:
            return status_text(a.status)
        if column == ANNOTATOR:
            return a.annotator
        if column == NOTE:
            return short(a.note, 60)
        return origin_text(a)


class AnnotationFilter(QSortFilterProxyModel):
    """Rows of one category / annotator / review status, containing some text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category: str | None = None
        self.annotator: str | None = None
        self.status: str | None = None  # "" matches annotations without a status
        self.text = ""
        self.annotators: tuple[str, ...] = ()  # the view mode's annotators (() = everyone)

    def set_filters(
        self,
        *,
        category: str | None = None,
        annotator: str | None = None,
        status: str | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.category, self.annotator, self.status = category, annotator, status
        self.text = normalize_key(text.strip()) if text.strip() else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_view_annotators(self, annotators: tuple[str, ...]) -> None:
        self.beginFilterChange()
        self.annotators = annotators
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AnnotationTableModel):
            return True
        a = model.annotation(source_row)
        if self.annotators and a.annotator not in self.annotators:
            return False
        if self.category is not None and a.category != self.category:
            return False
        if self.annotator is not None and a.annotator != self.annotator:
            return False
        if self.status is not None and a.status != self.status:
            return False
        if self.text:
            searchable = model.data(model.index(source_row, 0), SEARCH_ROLE)
            if self.text not in str(searchable):
                return False
        return True
