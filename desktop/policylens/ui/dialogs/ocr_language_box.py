"""Settings ▸ Scanned PDFs: the OCR language, Automatic or one Tesseract has here, each by its
own name; a language it lacks is listed with the line that installs it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from policylens.ui.infra.i18n import isolate
from policylens.ui.infra.ocr_languages import languages_label

SETTING = "import/ocr_languages"  # Tesseract codes joined by "+"; "" = found from page one


def install_line(codes: str) -> str:
    return "sudo apt-get install " + " ".join(f"tesseract-ocr-{c}" for c in codes.split("+"))


class OcrLanguageBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        # Here, not at the top: the importer reads SETTING at start-up, and the PDF loader
        # package costs a quarter of a second to import then.
        from policylens.core.loaders.pdf.ocr import LANGUAGE_PACKS, available_languages

        super().__init__(parent)
        self.setTitle(self.tr("Scanned PDFs"))
        self.installed = available_languages()  # None: no Tesseract at all
        self.combo = QComboBox(self)
        self.combo.setObjectName("ocrLanguageCombo")
        self.combo.addItem(self.tr("Automatic (found from the first page)"), "")
        have = self.installed or set()
        ordered = [c for c in LANGUAGE_PACKS if c in have] + sorted(have - set(LANGUAGE_PACKS))
        for code in ordered:
            self.combo.addItem(languages_label(code), code)
        for code in LANGUAGE_PACKS:
            if code not in have:
                missing = self.tr("{0} — not installed").format(languages_label(code))
                self.combo.addItem(missing, code)
        self.note = QLabel(self)
        self.note.setObjectName("ocrNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(self.tr("OCR lan&guage:"), self)
        label.setBuddy(self.combo)
        form = QFormLayout(self)
        form.addRow(label, self.combo)
        form.addRow("", self.note)
        self.combo.currentIndexChanged.connect(self._show_note)
        self._show_note()

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, codes: str) -> None:
        index = self.combo.findData(codes)
        if index < 0 and codes:  # set by hand or by an older version (e.g. "eng+deu")
            self.combo.addItem(languages_label(codes), codes)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def _show_note(self) -> None:
        from policylens.core.loaders.pdf.ocr import INSTALL

        codes = self.value()
        if self.installed is None:
            text = self.tr(
                "Tesseract OCR is not installed, so scanned PDFs cannot be read. Install it "
                "with: {0}"
            ).format(isolate(INSTALL))
        else:
            missing = "+".join(c for c in codes.split("+") if c and c not in self.installed)
            text = (
                self.tr("Not installed here. Install it with: {0}").format(
                    isolate(install_line(missing))
                )
                if missing
                else ""
            )
        self.note.setText(text)
        self.note.setVisible(bool(text))
