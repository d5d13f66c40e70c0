"""The document the window shows, as every feature sees it: the `DocumentSession`.

It owns the current document, its clauses and annotations, the taxonomy's categories with
their colours and names in the interface language, and which categories are hidden. The shell
changes it; features read it and listen to its signals. Features talk through the session,
never to each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.taxonomy import Category

if TYPE_CHECKING:
    from policylens.store.annotations import Annotation


class DocumentSession(QObject):
    document_shown = Signal(str)  # sha256: a document is shown, its clauses not yet known
    analysis_applied = Signal(str)  # sha256: its clauses are known and highlighted
    annotations_changed = Signal()  # the shown document's annotations were read again
    hidden_changed = Signal(object)  # set[str]: the categories not highlighted
    # str | None: another window or person changed this document's annotations in the library
    # (a team library tells; None: anything may have changed). Whoever shows them re-reads.
    changed_elsewhere = Signal(object)

    def __init__(
        self,
        categories: Sequence[Category],
        language: str,
        hidden: set[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.categories = list(categories)
        self.language = language
        self.colors = {c.id: c.color for c in self.categories}
        self.names = {c.id: c.name(language) for c in self.categories}
        self.hidden = set(hidden)
        self.document: Document | None = None
        self.clauses: list[Clause] = []
        self.annotations: list[Annotation] = []

    @property
    def sha(self) -> str | None:
        return self.document.sha256 if self.document is not None else None

    def show(self, document: Document) -> None:
        """A new document: no clauses until its analysis is applied."""
        self.document = document
        self.clauses = []
        self.document_shown.emit(document.sha256)

    def apply_analysis(self, clauses: Sequence[Clause]) -> None:
        if self.document is None:
            return
        self.clauses = list(clauses)
        self.analysis_applied.emit(self.document.sha256)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.annotations = list(annotations)
        self.annotations_changed.emit()

    def set_hidden(self, hidden: set[str]) -> None:
        if hidden != self.hidden:
            self.hidden = set(hidden)
            self.hidden_changed.emit(set(hidden))
