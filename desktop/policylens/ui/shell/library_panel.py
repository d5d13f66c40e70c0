"""The library dock: every document of the library in a sortable table; choosing a row opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from policylens.store.documents import DocumentSummary
from policylens.ui.shell.library_model import SHA_ROLE, LibraryModel
from policylens.ui.shell.title_delegate import TitleDelegate, lines_for, title_margin

# Below this width the Direction and Size columns are hidden: in a side panel (~240 px) they
# left the title about 50 px ("Inte…usic"). Both are in the title's tooltip and the status bar.
ALL_COLUMNS_WIDTH = 460
NARROW_HIDDEN = (2, 3)


class LibraryView(QTableView):
    document_chosen = Signal(str)  # sha256 of the row the user moved to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.source = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        # Titles on up to three lines, the rest elided in the middle (title_delegate.py); each
        # row as tall as its title (sizeHintForRow; the style's own wrapping stays off).
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        self.setItemDelegateForColumn(0, TitleDelegate(self))
        # Heights follow the title column's width: measured when it changes or the rows do
        # (ResizeToContents measured them once, before the panel had its width).
        self._one_line = 0  # px: the height of a row of one line
        self._title_widths: list[int] = []  # px, in the rows' order
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self._fit_row_heights)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        header.sectionResized.connect(self._column_resized)
        for changed in (
            self.proxy.layoutChanged,
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.dataChanged,
        ):
            changed.connect(self._rows_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < ALL_COLUMNS_WIDTH
        for column in NARROW_HIDDEN:
            if self.isColumnHidden(column) != narrow:
                self.setColumnHidden(column, narrow)
        super().resizeEvent(event)

    def _fit_row_heights(self) -> None:
        """One line per row, more for a title wider than its column (title_delegate.py),
        judged by its width alone: the view's own measure of every row (ResizeToContents)
        took 1.8 s for 5,000 titles, and ran before the panel had its width."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        header = self.verticalHeader()
        if self._one_line <= 0:
            self._one_line = super().sizeHintForRow(0) if self.source.rowCount() else 0
            self._one_line = max(self._one_line, header.minimumSectionSize())
        metrics = self.fontMetrics()
        if len(self._title_widths) != rows:  # the rows changed (or their order, or the font)
            advance, proxy = metrics.horizontalAdvance, self.proxy
            if proxy.sortColumn() < 0 and rows == self.source.rowCount():
                titles = self.source.titles()  # unsorted, unfiltered: the same order
            else:
                titles = [str(proxy.index(r, 0).data() or "") for r in range(rows)]
            self._title_widths = [advance(title) for title in titles]
        one, line = self._one_line, metrics.lineSpacing()
        room = self.columnWidth(0) - 2 * title_margin(self.style())
        size, resize = header.sectionSize, header.resizeSection
        for row, title_width in enumerate(self._title_widths):
            wanted = one + (lines_for(title_width, room) - 1) * line
            if size(row) != wanted:
                resize(row, wanted)

    def _rows_changed(self) -> None:
        self._title_widths = []
        self._fit_rows.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._one_line = 0
            self._rows_changed()
        super().changeEvent(event)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self._fit_rows.start()

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.source.set_documents(documents)

    def selected_shas(self) -> list[str]:
        """The selected documents, top to bottom."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(SHA_ROLE)) for index in rows]

    def select(self, sha: str) -> None:
        """Make `sha` the current row without emitting `document_chosen`."""
        row = self.source.row_of(sha)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        if self.currentIndex().row() != index.row():
            self.blockSignals(True)
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)
            self.blockSignals(False)
        self.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sha = current.data(SHA_ROLE) if current.isValid() else None
        if sha:
            self.document_chosen.emit(str(sha))
