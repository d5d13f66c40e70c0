"""The status bar: messages, the document's language/direction/size, progress of long work,
and a note when the library is open read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from policylens.core.document import Document
from policylens.ui.infra.i18n import format_number
from policylens.ui.shell.library_model import direction_name, format_size

MESSAGE_MS = 5000
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


class StatusArea:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("statusProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.read_only = QLabel(bar)
        self.read_only.hide()
        # What went wrong reading the shown file (bad bytes replaced…): stays while it is shown.
        self.warning = QLabel(bar)
        self.warning.setObjectName("statusWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.hide()
        self.language = QLabel(bar)
        self.direction = QLabel(bar)
        self.size = QLabel(bar)
        self.language.setObjectName("statusLanguage")
        self.direction.setObjectName("statusDirection")
        self.size.setObjectName("statusSize")
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.warning)
        bar.addPermanentWidget(self.read_only)
        bar.addPermanentWidget(self.language)
        bar.addPermanentWidget(self.direction)
        bar.addPermanentWidget(self.size)

    def message(self, text: str) -> None:
        self.bar.showMessage(text, MESSAGE_MS)

    def show_document(self, document: Document) -> None:
        self.warning.setVisible(bool(document.warnings))
        self.warning.setText("⚠ " + document.warnings[0][:90] if document.warnings else "")
        self.warning.setToolTip("\n".join(document.warnings))
        self.language.setText(translate("StatusArea", "Language: {0}").format(document.language))
        self.direction.setText(direction_name(document.direction))
        self.size.setText(
            f"{format_size(len(document.text))}, {format_number(len(document.paragraphs))} ¶"
        )
        self.size.setToolTip(
            translate("StatusArea", "{0} characters, {1} paragraphs").format(
                format_number(len(document.text)), format_number(len(document.paragraphs))
            )
        )

    def show_progress(self, what: str, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setFormat(f"{what} %p%")  # Qt writes %p in the locale's digits
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.show()

    def end_progress(self) -> None:
        self.progress.hide()

    def set_read_only(self, reason: str) -> None:
        self.read_only.setText(translate("StatusArea", "Read-only"))
        self.read_only.setToolTip(reason)
        self.read_only.show()
        self.message(translate("StatusArea", "The library is read-only: {0}").format(reason))
