"""Find in the document, seeing through Persian/Arabic letter variants, missing ZWNJ, case and
digits (core.normalize): "می‌شود" finds "میشود", "كاربر" finds "کاربر"."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from policylens.core.normalize import NormalizedText, normalize_for_matching, normalize_key
from policylens.ui.infra.i18n import format_number
from policylens.ui.reader.reader import Reader

MAX_HITS = 50_000


def tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(
            self.tr("Find in document (Enter: next, Shift+Enter: previous)")
        )
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        previous_button = tool_button(self, "▲", self.tr("Previous match (Shift+F3)"))
        next_button = tool_button(self, "▼", self.tr("Next match (F3)"))
        close_button = tool_button(self, "✕", self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (QLabel(self.tr("Find:"), self), self.edit, previous_button, next_button):
            layout.addWidget(widget)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(close_button)
        self._normalized: tuple[str, NormalizedText] | None = None
        self.hits: list[tuple[int, int]] = []
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.find_next)
        previous_button.clicked.connect(self.find_previous)
        next_button.clicked.connect(self.find_next)
        close_button.clicked.connect(self.close_bar)
        self.edit.installEventFilter(self)

    def above(self, reader: QWidget) -> QWidget:
        """The reader with this bar (hidden until Ctrl+F) above it: the window's centre."""
        centre = QWidget(self.parentWidget())
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self)
        layout.addWidget(reader)
        self.hide()
        return centre

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.reader.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: object, event: object) -> bool:
        # Shift+Enter in the line edit: QLineEdit would emit returnPressed (= next).
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
            and (
                event.key() == Qt.Key.Key_Escape
                or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
        ):
            self.keyPressEvent(event)
            return True
        return False

    def _normalized_text(self) -> NormalizedText | None:
        document = self.reader.document_model
        if document is None:
            return None
        if self._normalized is None or self._normalized[0] != document.sha256:
            self._normalized = (document.sha256, normalize_for_matching(document.text))
        return self._normalized[1]

    def _search(self) -> None:
        self.hits = []
        normalized = self._normalized_text()
        query = normalize_key(self.edit.text()).strip()
        if normalized is None or not query:
            self.count_label.setText("")
            return
        haystack = normalized.text
        position = haystack.find(query)
        while position != -1 and len(self.hits) < MAX_HITS:
            self.hits.append(normalized.to_original(position, position + len(query)))
            position = haystack.find(query, position + 1)
        if not self.hits:
            self.count_label.setText(self.tr("not found"))
            return
        self._go(self._next_index(self.reader.cursor_index(), forward=True, inclusive=True))

    def _next_index(self, index: int, *, forward: bool, inclusive: bool = False) -> int:
        starts = [s for s, _e in self.hits]
        if forward:
            i = bisect_left(starts, index) if inclusive else bisect_right(starts, index)
            return i % len(self.hits)
        i = bisect_left(starts, index) - 1
        return i % len(self.hits)

    def _go(self, hit: int) -> None:
        start, end = self.hits[hit]
        self.reader.select_range(start, end)
        self.count_label.setText(
            self.tr("{0} of {1}").format(format_number(hit + 1), format_number(len(self.hits)))
        )

    def find_next(self) -> None:
        if not self.hits:
            self._search()
            return
        self._go(self._next_index(self.reader.cursor_index(), forward=True))

    def find_previous(self) -> None:
        if self.hits:
            self._go(self._next_index(self.reader.cursor_index(), forward=False))
