"""Undo and redo say what they undid: "Undone: label as Data security" in the status bar.

QUndoStack reports only its new index; an index that went down is an undo (of the command at
the new index), one that went up with the same number of commands is a redo (of the command
just below it). A push also raises the index, but adds a command: it says nothing here (the
action itself reports). A push after an undo replaces the undone command, so the count stays
the same: only the command that was waiting to be redone makes a redo.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class UndoMessages(QObject):
    def __init__(self, stack: QUndoStack, say: Callable[[str], None]) -> None:
        super().__init__()
        self.stack, self.say = stack, say
        self._index, self._count = stack.index(), stack.count()
        self._redoable = stack.command(self._index)  # what a redo would run again, or None
        stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, index: int) -> None:
        stack = self.stack
        if not shiboken6.isValid(stack):  # the window is closing: the stack clears itself
            return
        if index < self._index and stack.count() == self._count:
            command = stack.command(index)
            if command is not None:
                self.say(translate("Annotate", "Undone: {}").format(command.text()))
        elif index > self._index and stack.count() == self._count:
            command = stack.command(index - 1)
            if command is not None and command is self._redoable:
                self.say(translate("Annotate", "Redone: {}").format(command.text()))
        self._index, self._count = index, stack.count()
        self._redoable = stack.command(index)
