"""The search index of what the window stores, built after the open rather than during it.

Indexing a 1 MB policy for search took ~40 of the store's ~43 ms, between reading the file
and showing it. The import stores documents with `index=False`; this indexes them on the
store thread once the shown document is highlighted (the open's own work is done then, and
the index no longer competes with it for the cores). A search meanwhile indexes them first
itself, and what a crash left unindexed is indexed at the next start (`heal`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from policylens.store.library import Store
from policylens.ui.infra.jobs import StoreJobs
from policylens.ui.reader.highlighter import ClauseHighlighter
from policylens.ui.session import DocumentSession

log = logging.getLogger(__name__)


class SearchIndexing(QObject):
    def __init__(
        self,
        session: DocumentSession,
        highlighter: ClauseHighlighter,
        store_jobs: StoreJobs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._highlighter = highlighter
        self._store_jobs = store_jobs
        self._waiting = False

    def after_open(self, showing: bool) -> None:
        """Documents were stored unindexed; `showing`: one of them is being shown, and the
        index waits for its highlights."""
        if not showing:
            self.heal()
        elif not self._waiting:
            self._waiting = True
            self._session.analysis_applied.connect(self._applied)

    def heal(self) -> None:
        """Index whatever is not indexed yet (at start: what a crash left)."""
        self._store_jobs.run_locked(_index_pending, "indexing for search", failed=_failed)

    def _applied(self, _sha: str) -> None:
        self._session.analysis_applied.disconnect(self._applied)
        if self._highlighter.busy():
            self._highlighter.finished.connect(self._highlighted)
        else:
            self._index()

    def _highlighted(self) -> None:
        self._highlighter.finished.disconnect(self._highlighted)
        self._index()

    def _index(self) -> None:
        self._waiting = False
        self.heal()


def _index_pending(store: Store) -> int:
    return store.documents.index_pending()


def _failed(message: str, details: str) -> None:
    # Not the user's business now: the next search indexes them, and reports what fails then.
    log.warning("indexing for search: %s %s", message, details)
