"""The library's coverage matrix: documents × categories with clause counts.

Which policy says nothing about retention? Empty cells are marked "silent" (red hatching
and a tooltip); the other cells get darker with more clauses. Double-click a cell: the
main window opens that document at the first clause of that category.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from policylens.core.compare import CoverageMatrix
from policylens.ui.infra.i18n import format_number, isolate

Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

SHA_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
SILENT_COLOR = "#d9382c"  # drawn as a hatch: not to be mistaken for a category tint
TITLE_CHARS = 32


def two_lines(name: str) -> str:
    """A column title on two lines (at the space nearest the middle): ten categories fit."""
    spaces = [i for i, c in enumerate(name) if c == " "]
    if len(name) < 14 or not spaces:
        return name
    middle = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return name[:middle] + "\n" + name[middle + 1 :]


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = CoverageMatrix([], [], [])
        self.titles: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.colors: dict[str, str] = {}
        self._column_max: list[int] = []

    def set_matrix(
        self,
        matrix: CoverageMatrix,
        titles: dict[str, str],
        names: dict[str, str],
        colors: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.titles, self.names, self.colors = dict(titles), dict(names), dict(colors)
        self._column_max = [
            max((row[c] for row in matrix.counts), default=0) for c in range(len(matrix.categories))
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.matrix.documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.categories)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._valid(index.row(), index.column()):
            return None
        row, column = index.row(), index.column()
        count = self.matrix.counts[row][column]
        category = self.matrix.categories[column]
        document = self.matrix.documents[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(count) if count else "—"
        if role == COUNT_ROLE:
            return count
        if role == SHA_ROLE:
            return document
        if role == CATEGORY_ROLE:
            return category
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if count == 0:
                return QBrush(QColor(SILENT_COLOR), Qt.BrushStyle.BDiagPattern)
            return QBrush(self.cell_color(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self.titles.get(document, document[:12])
            name = self.names.get(category, category)
            if count == 0:
                return translate("Compare", "{0} says nothing about {1} (silent)").format(
                    isolate(title), name
                )
            return translate(
                "Compare", "{0}: {1} clause(s) about {2} — double-click to read"
            ).format(isolate(title), format_number(count), name)
        return None

    def cell_color(self, row: int, column: int) -> QColor:
        count = self.matrix.counts[row][column]
        if count == 0:
            return QColor(SILENT_COLOR)
        base = QColor(self.colors.get(self.matrix.categories[column], "#9ecae1"))
        top = max(1, self._column_max[column])
        # More clauses → stronger tint: from a pale wash to the category's own colour.
        share = 0.25 + 0.75 * (count / top)
        white = QColor("#ffffff")
        return QColor(
            round(white.red() + (base.red() - white.red()) * share),
            round(white.green() + (base.green() - white.green()) * share),
            round(white.blue() + (base.blue() - white.blue()) * share),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.matrix.categories):
                return None
            category = self.matrix.categories[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines(self.names.get(category, category))
            if role == Qt.ItemDataRole.ToolTipRole:
                silent = sum(1 for row in self.matrix.counts if row[section] == 0)
                return translate("Compare", "{0}: {1} document(s) silent").format(
                    self.names.get(category, category), format_number(silent)
                )
            return None
        if not 0 <= section < len(self.matrix.documents):
            return None
        document = self.matrix.documents[section]
        title = self.titles.get(document, document[:12])
        if role == Qt.ItemDataRole.DisplayRole:
            return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{document}"
        return None

    def _valid(self, row: int, column: int) -> bool:
        return 0 <= row < len(self.matrix.documents) and 0 <= column < len(self.matrix.categories)


class CoveragePanel(QWidget):
    """The matrix with a progress bar while the library is analysed."""

    cell_chosen = Signal(str, str)  # sha256, category id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.model = CoverageModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverageTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)  # Enter on the keyboard
        self.info = QLabel(translate("Compare", "Analysing the library…"), self)
        self.info.setWordWrap(True)
        self.progress = QProgressBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.info)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.info.setText(
            translate("Compare", "Analysing the library… {0} of {1}").format(
                format_number(done), format_number(total)
            )
        )

    def set_matrix(self, matrix: CoverageMatrix, *args: Any) -> None:
        self.progress.hide()
        self.model.set_matrix(matrix, *args)
        silent = sum(row.count(0) for row in matrix.counts)
        self.info.setText(
            translate(
                "Compare",
                "{0} documents · {1} silent cells (red hatching: the policy says nothing about "
                "that category). Double-click or Enter: read the first such clause.",
            ).format(format_number(len(matrix.documents)), format_number(silent))
        )

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cell_chosen.emit(str(index.data(SHA_ROLE)), str(index.data(CATEGORY_ROLE)))


def library_clauses(
    documents: list[Any], progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> list[tuple[str, list[Any]]] | None:
    """Analyse each document (worker thread): [(sha256, clauses)], None when cancelled."""
    from policylens.view.compare_job import analyse

    rows: list[tuple[str, list[Any]]] = []
    for number, document in enumerate(documents):
        if cancelled():
            return None
        progress(number, len(documents))
        rows.append((document.sha256, analyse(document)))
    progress(len(documents), len(documents))
    return rows
