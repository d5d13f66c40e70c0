"""The library dock: every document of the library in a sortable table; choosing a row opens it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from policylens.store.documents import DocumentSummary
from policylens.ui.shell.library_model import SHA_ROLE, LibraryModel

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
        # Titles of one policy's versions often differ only at the end ("… (2023)", "… (2024)"):
        # elided in the middle both ends stay visible; the tooltip has the whole title.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < ALL_COLUMNS_WIDTH
        for column in NARROW_HIDDEN:
            if self.isColumnHidden(column) != narrow:
                self.setColumnHidden(column, narrow)
        super().resizeEvent(event)

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
