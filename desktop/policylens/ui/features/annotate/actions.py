"""Labelling from the keyboard (and the reader's context menu).

- 1–9, 0: label the selection, or the clause under the cursor, with the taxonomy's category of
  that key; on one of your labels it changes the category instead.
- Enter / Y: the automatic suggestion of the clause under the cursor becomes a confirmed label.
- N: reject that suggestion (kept as a rejected suggestion: a negative for training).
- Delete / Backspace: delete your label under the cursor; where there is none, reject.
- Ctrl+M: note and review status of your label under the cursor.
After labelling, confirming or rejecting, the next clause is selected: keyboard only.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QDialog, QMenu

from policylens.core.clause import Clause
from policylens.store.annotations import Annotation, NewAnnotation
from policylens.ui.features.annotate.commands import (
    AddAnnotation,
    DeleteAnnotation,
    UpdateAnnotation,
)
from policylens.ui.features.annotate.controller import AnnotationController
from policylens.ui.infra.i18n import shortcut

if TYPE_CHECKING:
    from policylens.ui.host import Host

Span = tuple[int, int]


translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


def suggested_category(clause: Clause) -> str | None:
    """The clause's best-scored automatic category (hidden or not: the user asked for it)."""
    if not clause.categories:
        return None
    return max(clause.categories, key=lambda c: c.score).id


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without the blanks around it (a drag selection often takes a space along)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Labeller:
    def __init__(self, window: Host, controller: AnnotationController) -> None:
        self.window = window
        self.controller = controller
        self.reader = window.reader
        self.category_actions: list[QAction] = []
        self.actions: list[QAction] = []
        self._build_actions()
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._context_menu)

    # -- actions ---------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], *keys: str, tip: str = "") -> QAction:
        action = QAction(text, self.window.widget())
        action.setShortcuts([shortcut(k) for k in keys])
        # Only while the reader has focus: digits typed into a filter box stay digits.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.reader.addAction(action)
        self.actions.append(action)
        return action

    def _build_actions(self) -> None:
        language = self.window.language
        for category in self.window.session.categories:
            keys = [category.key, f"Num+{category.key}"] if category.key else []
            action = self._action(
                category.name(language),
                partial(self.label, category.id),
                *keys,
                tip=translate(
                    "Annotate", "Label the selection or the clause under the cursor: {}"
                ).format(category.name(language)),
            )
            action.setData(category.id)
            self.category_actions.append(action)
        self.confirm_action = self._action(
            translate("Annotate", "&Confirm Suggestion"), self.confirm, "Return", "Enter", "Y"
        )
        self.reject_action = self._action(
            translate("Annotate", "&Reject Suggestion"), self.reject, "N"
        )
        self.delete_action = self._action(
            translate("Annotate", "&Delete Label (or Reject)"),
            self.delete_or_reject,
            "Delete",
            "Backspace",
        )
        self.comment_action = self._action(
            translate("Annotate", "Co&mment…"), self.comment, "Ctrl+M"
        )

    def set_read_only(self, reason: str) -> None:
        for action in self.actions:
            action.setEnabled(not reason)
            if reason:
                action.setStatusTip(read_only_text(reason))

    # -- where ------------------------------------------------------------------------------
    def _document_text(self) -> str | None:
        document = self.reader.document_model
        return document.text if document is not None else None

    def clause_at(self, index: int) -> Clause | None:
        clauses = self.window.session.clauses
        i = bisect_right([c.start for c in clauses], index) - 1
        if i >= 0 and clauses[i].start <= index < clauses[i].end:
            return clauses[i]
        return None

    def selection(self) -> Span | None:
        cursor = self.reader.textCursor()
        text = self._document_text()
        if not cursor.hasSelection() or text is None:
            return None
        offsets = self.reader.offsets
        span = trimmed(
            text, offsets.from_qt(cursor.selectionStart()), offsets.from_qt(cursor.selectionEnd())
        )
        return span if span[1] > span[0] else None

    def target(self) -> tuple[Span | None, Clause | None]:
        """The selected span (or the clause under the cursor) and the clause there."""
        index = self.reader.cursor_index()
        clause = self.clause_at(index)
        selected = self.selection()
        if selected is not None:
            return selected, clause
        return ((clause.start, clause.end) if clause else None), clause

    def _mine_on(self, span: Span, exact: bool) -> Annotation | None:
        me = self.controller.annotator
        for a in self.controller.annotations:
            if a.annotator == me and (a.start, a.end) == span:
                return a
        return None if exact else self.controller.mine_at(span[0])

    # -- checks -----------------------------------------------------------------------------
    def _ready(self) -> str | None:
        """The annotator's name when labelling may go ahead (asks for it the first time)."""
        reason = self.controller.read_only_reason
        if reason:
            self.window.status.message(read_only_text(reason))
            return None
        if self.controller.document is None or self._document_text() is None:
            self.window.status.message(translate("Annotate", "Open a policy first"))
            return None
        name = self.controller.annotator
        if not name:
            from policylens.ui.dialogs import annotate_dialogs as dialogs

            typed = dialogs.ask_annotator_name(self.window.widget())
            if typed is None:
                self.window.status.message(
                    translate("Annotate", "Labels need an annotator's name; nothing was saved")
                )
                return None
            self.controller.set_annotator(typed)
            name = typed
        return name

    def _push_add(
        self, span: Span, category: str, name: str, *, origin: str, state: str, what: str
    ) -> None:
        assert self.controller.document is not None
        item = NewAnnotation(
            self.controller.document, span[0], span[1], category, name, origin=origin, state=state
        )
        self.controller.undo_stack.push(AddAnnotation(self.controller, item, what))

    def _name(self, category: str) -> str:
        return self.window.session.names.get(category, category)

    # -- labelling ------------------------------------------------------------------------
    def label(self, category: str) -> None:
        name = self._ready()
        if name is None:
            return
        span, _clause = self.target()
        if span is None:
            self.window.status.message(
                translate("Annotate", "Select some text or put the cursor in a clause")
            )
            return
        explicit = self.selection() is not None
        mine = self._mine_on(span, exact=explicit)
        if mine is not None and mine.state == "confirmed":
            if mine.category == category:
                self.window.status.message(
                    translate("Annotate", "Already labelled {}").format(self._name(category))
                )
            else:
                self.controller.undo_stack.push(
                    UpdateAnnotation(
                        self.controller,
                        mine,
                        {"category": category},
                        name,
                        translate("Annotate", "relabel as {}").format(self._name(category)),
                    )
                )
                self.window.status.message(
                    translate("Annotate", "Relabelled: {}").format(self._name(category))
                )
        else:
            self._push_add(
                span,
                category,
                name,
                origin="manual",
                state="confirmed",
                what=translate("Annotate", "label {}").format(self._name(category)),
            )
            self.window.status.message(
                translate("Annotate", "Labelled: {}").format(self._name(category))
            )
        self.next_clause(span[1])

    def _review(self, state: str) -> None:
        name = self._ready()
        if name is None:
            return
        clause = self.clause_at(self.reader.cursor_index())
        category = suggested_category(clause) if clause else None
        if clause is None or category is None:
            self.window.status.message(
                translate("Annotate", "No automatic suggestion under the cursor")
            )
            return
        span = (clause.start, clause.end)
        mine = next(
            (
                a
                for a in self.controller.annotations
                if a.annotator == name
                and (a.start, a.end) == span
                and a.origin == "auto"
                and a.category == category
            ),
            None,
        )
        confirming = state == "confirmed"
        if mine is not None:
            if mine.state != state:
                self.controller.undo_stack.push(
                    UpdateAnnotation(
                        self.controller,
                        mine,
                        {"state": state},
                        name,
                        translate("Annotate", "confirm suggestion")
                        if confirming
                        else translate("Annotate", "reject suggestion"),
                    )
                )
        else:
            self._push_add(
                span,
                category,
                name,
                origin="auto",
                state=state,
                what=(
                    translate("Annotate", "confirm {} suggestion")
                    if confirming
                    else translate("Annotate", "reject {} suggestion")
                ).format(self._name(category)),
            )
        done = (
            translate("Annotate", "Confirmed: {}")
            if confirming
            else translate("Annotate", "Rejected: {}")
        )
        self.window.status.message(done.format(self._name(category)))
        self.next_clause(span[1])

    def confirm(self) -> None:
        self._review("confirmed")

    def reject(self) -> None:
        self._review("rejected")

    def delete_or_reject(self) -> None:
        name = self._ready()
        if name is None:
            return
        span, _clause = self.target()
        mine = self._mine_on(span, exact=False) if span else None
        if mine is None:
            self.reject()
            return
        self.delete(mine)

    def delete(self, annotation: Annotation) -> None:
        name = self._ready()
        if name is None:
            return
        self.controller.undo_stack.push(DeleteAnnotation(self.controller, annotation, name))
        self.window.status.message(
            translate("Annotate", "Deleted the {} label").format(self._name(annotation.category))
        )

    def comment(self, annotation: Annotation | None = None) -> None:
        name = self._ready()
        if name is None:
            return
        if annotation is None:
            span, _clause = self.target()
            annotation = self._mine_on(span, exact=False) if span else None
        if annotation is None:
            # Labelling moved the cursor on to the next clause: comment on the label just made.
            annotation = self.last_changed()
        if annotation is None:
            self.window.status.message(
                translate("Annotate", "Label the text first (1–9, 0 or Enter), then comment")
            )
            return
        from policylens.ui.dialogs import annotate_dialogs as dialogs

        dialog = dialogs.NoteDialog(
            annotation, self._name(annotation.category), self.window.widget()
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # Back to the text for the next key (without a window manager, e.g. under Xvfb,
        # nothing re-activates the main window after a modal dialog).
        self.window.widget().activateWindow()
        self.reader.setFocus()
        if not accepted:
            return
        note, status = dialog.values()
        self.set_note(annotation, note, status)

    def last_changed(self) -> Annotation | None:
        """The annotation the last done (not undone) command added or changed, if still there."""
        stack = self.controller.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(command, AddAnnotation):
            wanted = command.added.id if command.added is not None else None
        elif isinstance(command, UpdateAnnotation):
            wanted = command.annotation_id
        else:
            return None
        return next((a for a in self.controller.annotations if a.id == wanted), None)

    def set_note(self, annotation: Annotation, note: str, status: str) -> None:
        name = self._ready()
        if name is None:
            return
        changes = {
            k: v for k, v in (("note", note), ("status", status)) if getattr(annotation, k) != v
        }
        if changes:
            self.controller.undo_stack.push(
                UpdateAnnotation(
                    self.controller, annotation, changes, name, translate("Annotate", "edit note")
                )
            )

    # -- moving on --------------------------------------------------------------------------
    def next_clause(self, after: int) -> None:
        text = self._document_text() or ""
        for clause in self.window.session.clauses:
            if clause.start >= after and text[clause.start : clause.end].strip():
                self.reader.select_range(clause.start, clause.end)
                return

    # -- context menu -----------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        cursor = self.reader.textCursor()
        clicked = self.reader.cursorForPosition(point).position()
        if not (
            cursor.hasSelection() and cursor.selectionStart() <= clicked <= cursor.selectionEnd()
        ):
            cursor.setPosition(clicked, QTextCursor.MoveMode.MoveAnchor)
            self.reader.setTextCursor(cursor)
        menu = self.build_context_menu()
        menu.exec(self.reader.viewport().mapToGlobal(point))
        menu.deleteLater()

    def build_context_menu(self) -> QMenu:
        menu = self.reader.createStandardContextMenu()
        menu.addSeparator()
        label_menu = menu.addMenu(translate("Annotate", "&Label as"))
        label_menu.setObjectName("labelAsMenu")
        for action in self.category_actions:
            label_menu.addAction(action)
        for action in (self.confirm_action, self.reject_action, self.delete_action):
            menu.addAction(action)
        menu.addAction(self.comment_action)
        return menu


def read_only_text(reason: str) -> str:
    return translate("Annotate", "Labelling is off: the library is read-only ({})").format(reason)
