"""The annotation state of the window: who labels, what is shown, and every store write.

The store is the source of truth. Every write runs through the host's store jobs (one store
thread, tasks in submission order, under the store lock) and re-reads the current document's
annotations in the same task; the session then holds that list for every feature. So the
GUI thread never waits for SQLite, and writes happen in exactly the order the user made them
(an undo queued after its add sees the add's id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from policylens.store.annotations import Annotation
from policylens.ui.infra.workers import Task

if TYPE_CHECKING:
    from policylens.store.database import Store
    from policylens.ui.host import Host

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

log = logging.getLogger(__name__)

ANNOTATOR_KEY = "annotator/name"
REVIEW_STATUSES = ("", "ok", "concern", "question")
T = TypeVar("T")


@dataclass(frozen=True)
class ViewMode:
    """Whose annotations the reader shows: everyone's, one annotator's, or two compared."""

    annotators: tuple[str, ...] = ()  # () = all

    @property
    def label(self) -> str:
        if not self.annotators:
            return translate("Annotate", "All annotators")
        return translate("Annotate", " vs ").join(self.annotators)

    def shows(self, annotator: str) -> bool:
        return not self.annotators or annotator in self.annotators


class AnnotationController(QObject):
    annotations_changed = Signal()  # the current document's list was re-read
    annotator_changed = Signal(str)
    view_changed = Signal()
    annotators_known = Signal(object)  # list[str], every annotator in the library
    write_failed = Signal(str)

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget())
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.document: str | None = None
        self.view = ViewMode()
        self.all_annotators: list[str] = []
        self._pending = 0
        window.session.annotations_changed.connect(self.annotations_changed)
        window.session.document_shown.connect(self._document_shown)
        shown = window.reader.document_model
        if shown is not None:  # installed after a document was shown
            self._document_shown(shown.sha256)

    # -- who and what ----------------------------------------------------------------------
    @property
    def read_only_reason(self) -> str:
        return self.window.store_jobs.read_only_reason

    @property
    def annotator(self) -> str:
        # A team library says who you are (your database role); elsewhere you choose.
        identity = self.window.store_jobs.store.identity
        if identity:
            return str(identity)
        return str(self.window.settings.value(ANNOTATOR_KEY, "") or "").strip()

    def set_annotator(self, name: str) -> None:
        name = name.strip()
        if not name or name == self.annotator or self.window.store_jobs.store.identity:
            return
        self.window.settings.setValue(ANNOTATOR_KEY, name)
        self.window.settings.sync()
        self.annotator_changed.emit(name)

    def set_view(self, view: ViewMode) -> None:
        if view != self.view:
            self.view = view
            self.view_changed.emit()

    @property
    def annotations(self) -> list[Annotation]:
        """The shown document's annotations, as last read from the store."""
        return self.window.session.annotations

    def visible_annotations(self) -> list[Annotation]:
        return [a for a in self.annotations if self.view.shows(a.annotator)]

    def mine_at(self, index: int) -> Annotation | None:
        """The current annotator's shortest confirmed annotation covering `index`."""
        found = [
            a
            for a in self.annotations
            if a.annotator == self.annotator and a.start <= index < a.end
        ]
        return min(found, key=lambda a: a.end - a.start) if found else None

    def busy(self) -> bool:
        return self._pending > 0

    # -- store work ------------------------------------------------------------------------
    def _document_shown(self, sha: str) -> None:
        if sha != self.document:
            self.document = sha
            self.window.session.set_annotations([])
        self.refresh()

    def refresh(self) -> None:
        self.submit(lambda _store: None, "reading the annotations")

    def submit(
        self,
        work: Callable[[Store], T],
        what: str,
        done: Callable[[T], None] | None = None,
    ) -> Task:
        """Run `work(store)` on the store thread, then re-read the current document."""

        def run(store: Store) -> tuple[Any, str | None, list[Annotation], list[str]]:
            result = work(store)
            # Read when the task runs: the user may have moved on while it was queued.
            shown = self.document
            annotations = store.annotations.for_document(shown) if shown else []
            return result, shown, annotations, store.annotators.all()

        self._pending += 1
        return self.window.store_jobs.run_locked(
            run, what, done=lambda payload: self._finished(payload, done), failed=self._failed
        )

    def _finished(
        self,
        payload: tuple[Any, str | None, list[Annotation], list[str]],
        done: Callable[[Any], None] | None,
    ) -> None:
        self._pending -= 1
        result, shown, annotations, names = payload
        if shown == self.document:
            self.window.session.set_annotations(annotations)
        if names != self.all_annotators:
            self.all_annotators = names
            self.annotators_known.emit(list(names))
        if done is not None:
            done(result)

    def _failed(self, message: str, details: str) -> None:
        self._pending -= 1
        if details:
            log.error("annotation write failed: %s\n%s", message, details)
        # The stack no longer matches the store: undoing further could act on the wrong state.
        self.undo_stack.clear()
        self.write_failed.emit(message)
        self.refresh()
