"""The library list: one row per stored document (title, language, direction, size)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from policylens.store.documents import DocumentSummary
from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, format_number

Index = QModelIndex | QPersistentModelIndex

SHA_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def format_size(chars: int) -> str:
    if chars < 1000:
        return translate("LibraryModel", "{0} chars").format(format_number(chars))
    if chars < 1_000_000:
        return translate("LibraryModel", "{0} k chars").format(format_number(chars / 1000, 1))
    return translate("LibraryModel", "{0} M chars").format(format_number(chars / 1_000_000, 2))


def direction_name(direction: str) -> str:
    """'rtl' → RTL (راست‌به‌چپ in Persian): the code is what the data says, not a word."""
    names = {
        "rtl": translate("LibraryModel", "RTL"),
        "ltr": translate("LibraryModel", "LTR"),
    }
    return names.get(direction.lower(), direction.upper())


class LibraryModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Title"),
        QT_TRANSLATE_NOOP("LibraryModel", "Language"),
        QT_TRANSLATE_NOOP("LibraryModel", "Direction"),
        QT_TRANSLATE_NOOP("LibraryModel", "Size"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def summary(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def titles(self) -> list[str]:
        """Every row's title, in the model's order (without a call per row through Qt)."""
        return [summary.title for summary in self._rows]

    def row_of(self, sha256: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.sha256 == sha256:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return doc.title
            if column == 1:
                return doc.language
            if column == 2:
                return direction_name(doc.direction)
            if column == 3:
                return format_size(doc.chars)
        elif role == Qt.ItemDataRole.ToolTipRole:
            where = doc.source_path or translate("LibraryModel", "(no source file)")
            characters = translate("LibraryModel", "{0} characters").format(
                format_number(doc.chars)
            )
            return (
                f"{doc.title}\n{where}\n{doc.format}, {characters}, "
                f"{doc.language} {direction_name(doc.direction)}"
            )
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == SHA_ROLE:
            return doc.sha256
        elif role == Qt.ItemDataRole.UserRole and column == 3:
            return doc.chars  # sort key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("LibraryModel", self.HEADERS[section])
        return None
