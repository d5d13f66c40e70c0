"""The clause panel: a tree of categories → clauses; choosing a clause jumps the reader to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from policylens.ui.reader.clause_model import CATEGORY_ROLE, SPAN_ROLE, ClauseModel


class ClausePanel(QWidget):
    clause_chosen = Signal(int, int, str)  # start, end, category id
    category_selected = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClauseModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("clauseTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)  # fast with thousands of clauses
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        header.resizeSection(1, 48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._syncing = False
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    def _choose(self, index: QModelIndex) -> None:
        span = index.data(SPAN_ROLE)
        if span is not None and not self._syncing:
            start, end = span
            self.clause_chosen.emit(int(start), int(end), str(index.data(CATEGORY_ROLE)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        category = current.data(CATEGORY_ROLE) if current.isValid() else None
        self.category_selected.emit(category)
        if current.isValid() and current.data(SPAN_ROLE) is not None:
            self._choose(current)

    def show_clause(self, category_id: str, start: int) -> None:
        """Select the clause's row without jumping again (the reader already moved)."""
        index = self.model.clause_index(category_id, start)
        if not index.isValid():
            return
        self._syncing = True
        try:
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._syncing = False
