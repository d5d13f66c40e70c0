"""The cross-validated scores of a trained model as a table: one row per category."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, format_number

Index = QModelIndex | QPersistentModelIndex

# Sorting by the raw value, not the displayed (localised) text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _stacked_cells(report: Any) -> tuple[float | None, float | None]:
    if report is None:
        return None, None
    return float(report.base_f1), float(report.f1)


class CvReportModel(QAbstractTableModel):
    """Rows: (category id, positives, negatives, precision, recall, F1) from `model.cv`, and
    beside your model's F1 the shipped model's and that of yours on top of it (`stacked`,
    cross-validated on the same labels; empty without a shipped model)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CvReportModel", "Category"),
        QT_TRANSLATE_NOOP("CvReportModel", "Positives"),
        QT_TRANSLATE_NOOP("CvReportModel", "Negatives"),
        QT_TRANSLATE_NOOP("CvReportModel", "Precision"),
        QT_TRANSLATE_NOOP("CvReportModel", "Recall"),
        QT_TRANSLATE_NOOP("CvReportModel", "F1"),
        QT_TRANSLATE_NOOP("CvReportModel", "Shipped model F1"),
        QT_TRANSLATE_NOOP("CvReportModel", "Yours on top F1"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []

    def set_reports(
        self,
        reports: Sequence[Any],
        names: Mapping[str, str],
        stacked: Mapping[str, Any] | None = None,
    ) -> None:
        """`reports`: CategoryReport-likes (category, positives, negatives, precision, recall,
        f1); `names`: category id → name in the UI language; `stacked`: category id →
        StackedReport-like (base_f1, f1)."""
        stacked = stacked or {}
        self.beginResetModel()
        self._rows = [
            (
                r.category,
                names.get(r.category, r.category),
                int(r.positives),
                int(r.negatives),
                float(r.precision),
                float(r.recall),
                float(r.f1),
                *_stacked_cells(stacked.get(r.category)),
            )
            for r in reports
        ]
        self.endResetModel()

    def category_at(self, row: int) -> str:
        return str(self._rows[row][0])

    def macro_f1(self) -> float | None:
        return sum(r[6] for r in self._rows) / len(self._rows) if self._rows else None

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        value = row[column + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return value
            if isinstance(value, str):
                return value
            if value is None:
                return "–"
            if column in (1, 2):
                return format_number(value)
            return format_number(value, 2)
        if role == SORT_ROLE:
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("CvReportModel", self.HEADERS[section])
        return None
