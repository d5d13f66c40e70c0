"""Library-wide search (Ctrl+Shift+F): a query box, a results list, Enter jumps to the hit.

The query runs on the store thread (`store.search`: FTS5 over a normalised copy, so
"می‌شود" with ZWNJ and "ميشود" with Arabic yeh both find "میشود").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from policylens.store.search import SearchHit
from policylens.ui.features.annotate.hit_delegate import HIT_ROLE, HitDelegate
from policylens.ui.infra.i18n import FSI, PDI, format_number
from policylens.ui.infra.workers import Task

if TYPE_CHECKING:
    from policylens.ui.host import Host

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

SEARCH_LIMIT = 200
TYPING_DELAY_MS = 250

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Title on its own line, the snippet wrapped under it: each in its own direction.
            return f"{FSI}{hit.title}{PDI}\n{FSI}{hit.snippet}{PDI}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Annotate", "{0}\ncharacters {1}–{2}").format(
                hit.title, hit.start, hit.end
            )
        if role == HIT_ROLE:
            return hit
        return None


class _ResultsView(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    def __init__(self, window: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent or window.widget())
        self.window_ = window
        self.setObjectName("searchDialog")
        self.setWindowTitle(translate("Annotate", "Search the library"))
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            translate("Annotate", 'Words, or "a phrase" — Persian/Arabic spellings alike')
        )
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.model = SearchResultsModel(self)
        self.results = _ResultsView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))  # the match marked in its snippet
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.resize(620, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._return_in_query)
        self.results.activated.connect(self._activated)
        self.results.doubleClicked.connect(self._activated)
        self._generation = 0
        self._pending: SearchHit | None = None
        window.session.document_shown.connect(self._document_shown)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def _return_in_query(self) -> None:
        if self._timer.isActive() or self.model.rowCount() == 0:
            self._timer.stop()
            self.run_search()
        else:
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))

    def run_search(self) -> Task | None:
        # A search asked for now (Return, or a caller) makes the one pending from typing moot;
        # left pending, it ran later on its own, even after the library was closed.
        self._timer.stop()
        query = self.query.text()
        self._generation += 1
        generation = self._generation
        if not query.strip():
            self.model.set_hits([])
            self.summary.clear()
            return None
        return self.window_.store_jobs.run_locked(
            lambda store: list(store.search(query, limit=SEARCH_LIMIT)),
            "searching the library",
            done=lambda hits: self._show(generation, query, hits),
            failed=lambda message, _details: self._show_failure(message),
        )

    def _show(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        # The answer may come after the window (and this dialog) was closed and deleted.
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # or an older query answered after a newer one was typed
        self.model.set_hits(hits)
        documents = len({h.document for h in hits})
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        self.summary.setText(
            translate("Annotate", "{0}{1} hit(s) in {2} document(s) for {3}").format(
                format_number(len(hits)), more, format_number(documents), f"{FSI}{query}{PDI}"
            )
            if hits
            else translate("Annotate", "Nothing found for {}").format(f"{FSI}{query}{PDI}")
        )
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _show_failure(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.summary.setText(message)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.jump(hit)

    def jump(self, hit: SearchHit) -> None:
        """Show the hit's document (opening it when needed) with the hit selected."""
        shown = self.window_.reader.document_model
        if shown is not None and shown.sha256 == hit.document:
            self._select(hit)
        else:
            self._pending = hit
            self.window_.open_document(hit.document)

    def _document_shown(self, sha: str) -> None:
        hit, self._pending = self._pending, None
        if hit is not None and hit.document == sha:
            self._select(hit)

    def _select(self, hit: SearchHit) -> None:
        self.window_.reader.select_range(hit.start, hit.end)
        self.window_.status.message(
            translate("Annotate", "Hit at characters {0}–{1}").format(hit.start, hit.end)
        )
