"""The clause panel: a tree of categories → clauses; choosing a clause jumps the reader to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from policylens.core.clause import Clause
from policylens.core.taxonomy import Category
from policylens.ui.reader.clause_model import CATEGORY_ROLE, SPAN_ROLE, ClauseModel

CLAUSE_SHARE = 0.62  # of the panel's width, the rest for the reasons


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
        # The clause takes what the score and the reasons leave it, so that the Reasons column
        # stays on screen in a narrow panel (the full text and reasons are in the tooltip).
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._syncing = False
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    def set_clauses(
        self, text: str, clauses: list[Clause], categories: list[Category], language: str
    ) -> None:
        """New clauses (or the same with labels applied), keeping which categories are open
        and the current clause, so that labelling does not fold the panel up."""
        view, model = self.view, self.model
        opened = {
            str(model.index(row, 0).data(CATEGORY_ROLE))
            for row in range(model.rowCount())
            if view.isExpanded(model.index(row, 0))
        }
        current = view.currentIndex()
        span, category = current.data(SPAN_ROLE), current.data(CATEGORY_ROLE)
        self._syncing = True
        try:
            model.set_clauses(text, clauses, categories, language)
            for row in range(model.rowCount()):
                # A category row has no score or reasons: its name and count take the whole
                # width, else "International and specific audiences (4)" lost its count.
                view.setFirstColumnSpanned(row, QModelIndex(), True)
                index = model.index(row, 0)
                if index.data(CATEGORY_ROLE) in opened:
                    view.setExpanded(index, True)
            if category is not None:
                again = (
                    model.clause_index(str(category), int(span[0]))
                    if span is not None
                    else model.index(model.category_row(str(category)), 0)
                )
                if again.isValid():
                    view.setCurrentIndex(again)
        finally:
            self._syncing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            # The clause gets CLAUSE_SHARE of what the score leaves; the reasons the rest.
            room = self.view.viewport().width() - self.view.header().sectionSize(1)
            self.view.header().resizeSection(0, max(80, int(room * CLAUSE_SHARE)))
        return False

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
