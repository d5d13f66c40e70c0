"""Undo commands: every annotation change is one QUndoCommand that calls the store.

The contract is the one `store/annotations.py` documents: undo of an add deletes it, redo
restores it with the same id; undo of a delete restores it; an update is undone by writing
the old values back. The commands run through `AnnotationController.submit`, i.e. in order on
the store thread, so state a command learns while running (the id of what it added, the
record it deleted) is set before any later undo/redo of it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from policylens.store.annotations import Annotation, NewAnnotation

if TYPE_CHECKING:
    from policylens.store.database import Store
    from policylens.ui.features.annotate.controller import AnnotationController


translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class AddAnnotation(QUndoCommand):
    def __init__(self, controller: AnnotationController, item: NewAnnotation, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.item = item
        self.added: Annotation | None = None

    def redo(self) -> None:
        def work(store: Store) -> Annotation:
            if self.added is None:  # the store maps the item to its row (and its history)
                self.added = store.annotations.add_many([self.item])[0]
            else:
                store.annotations.restore(self.added, actor=self.item.annotator)
            return self.added

        self.controller.submit(work, self.text())

    def undo(self) -> None:
        def work(store: Store) -> None:
            if self.added is not None:
                store.annotations.delete(self.added.id, actor=self.item.annotator)

        self.controller.submit(work, "undo " + self.text())


class DeleteAnnotation(QUndoCommand):
    def __init__(
        self, controller: AnnotationController, annotation: Annotation, actor: str
    ) -> None:
        super().__init__(translate("Annotate", "delete {} label").format(annotation.category))
        self.controller = controller
        self.annotation = annotation
        self.actor = actor

    def redo(self) -> None:
        def work(store: Store) -> None:
            # `expected`: deleting what the window showed; if someone changed it meanwhile
            # (a team library), the store refuses with a conflict instead.
            self.annotation = store.annotations.delete(
                self.annotation.id, actor=self.actor, expected=self.annotation
            )

        self.controller.submit(work, self.text())

    def undo(self) -> None:
        def work(store: Store) -> None:
            store.annotations.restore(self.annotation, actor=self.actor)

        self.controller.submit(work, "undo " + self.text())


class UpdateAnnotation(QUndoCommand):
    """Change some fields (category, note, status, state); undo writes the old values back."""

    def __init__(
        self,
        controller: AnnotationController,
        annotation: Annotation,
        changes: dict[str, Any],
        actor: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.annotation_id = annotation.id
        self.before = annotation.fields(changes)
        self.after = dict(changes)
        self.actor = actor
        self.seen = annotation  # as the window showed it: a change by someone else conflicts

    def _write(self, values: dict[str, Any], what: str) -> None:
        def work(store: Store) -> None:
            self.seen = store.annotations.update(
                self.annotation_id, actor=self.actor, expected=self.seen, **values
            )

        self.controller.submit(work, what)

    def redo(self) -> None:
        self._write(self.after, self.text())

    def undo(self) -> None:
        self._write(self.before, "undo " + self.text())
