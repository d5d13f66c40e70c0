"""The status bar: messages, the document's language/direction/size, progress of long work,
and a note when the library is open read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from policylens.core.document import Document
from policylens.ui.infra.i18n import format_number
from policylens.ui.infra.ocr_languages import languages_label
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
        # Stops the long work the progress bar shows (OCR of a scan), where it can be stopped.
        self.cancel = QToolButton(bar)
        self.cancel.setObjectName("statusCancel")
        self.cancel.setText("✕")
        self.cancel.setToolTip(translate("StatusArea", "Stop"))
        self.cancel.setAutoRaise(True)
        self.cancel.hide()
        self._cancel_callback: Callable[[], None] | None = None
        self.cancel.clicked.connect(self._cancel_clicked)
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
        self.source = QLabel(bar)  # "OCR 84 %" for a document read from a scan
        self.source.setObjectName("statusSource")
        self.source.hide()
        self.language.setObjectName("statusLanguage")
        self.direction.setObjectName("statusDirection")
        self.size.setObjectName("statusSize")
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.source)
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
        # Imported here: the language guesser's tables are not needed to start the window.
        from policylens.core.language import UNDETERMINED

        # The language's own name, as the OCR settings name it ("فارسی (fa)"), not a bare code.
        self.language.setText(
            translate("StatusArea", "Language: {0}").format(languages_label(document.language))
            if document.language != UNDETERMINED
            else translate("StatusArea", "Language: undetermined")
        )
        self.direction.setText(direction_name(document.direction))
        self.size.setText(
            f"{format_size(len(document.text))}, {format_number(len(document.paragraphs))} ¶"
        )
        self.size.setToolTip(
            translate("StatusArea", "{0} characters, {1} paragraphs").format(
                format_number(len(document.text)), format_number(len(document.paragraphs))
            )
        )

        self._show_source(document)

    def _show_source(self, document: Document) -> None:
        ocr = (document.extraction or {}).get("ocr")
        if not ocr:
            self.source.hide()
            return
        confidence = round(100 * float(ocr.get("confidence", 0)))
        self.source.setText(translate("StatusArea", "OCR {0} %").format(format_number(confidence)))
        self.source.setToolTip(
            translate(
                "StatusArea",
                "This text was recognised from a scan by OCR ({0}, languages {1}); the mean "
                "confidence of its words is {2} %. Check important passages against the scan.",
            ).format(ocr.get("engine", ""), ocr.get("languages", ""), format_number(confidence))
        )
        self.source.show()

    def show_progress(
        self,
        what: str,
        done: int,
        total: int,
        cancel: Callable[[], None] | None = None,
        *,
        percent: bool = True,
    ) -> None:
        """`what` and the percentage ("Analysing 40 %"); `percent=False`: `what` says it
        all ("scan.pdf: OCR (فارسی (fas)), 2 of 5 pages") and the bar is as wide as it."""
        if total <= 0:
            return
        text = f"{what} %p%" if percent else what  # Qt writes %p in the locale's digits
        self.progress.setFormat(text)
        width = self.progress.fontMetrics().horizontalAdvance(what) + 48
        self.progress.setMaximumWidth(200 if percent else min(max(200, width), 480))
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.show()
        if cancel is not None:
            self.offer_cancel(cancel)

    def offer_cancel(self, cancel: Callable[[], None]) -> None:
        """The ✕ next to the progress bar stops the work it shows (until `end_progress`)."""
        self._cancel_callback = cancel
        self.cancel.show()

    def end_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self._cancel_callback = None

    def _cancel_clicked(self) -> None:
        if self._cancel_callback is not None:
            self._cancel_callback()

    def set_read_only(self, reason: str) -> None:
        self.read_only.setText(translate("StatusArea", "Read-only"))
        self.read_only.setToolTip(reason)
        self.read_only.show()
        self.message(translate("StatusArea", "The library is read-only: {0}").format(reason))
