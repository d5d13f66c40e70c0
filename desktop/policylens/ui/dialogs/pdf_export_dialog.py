"""File ▸ Export PDF…'s options: automatic highlights, confirmed annotations only, reviewer
notes, page size, the cover's language and which categories; the defaults are the Settings
dialog's export defaults, and for notes and cover language the last choices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from policylens.core.taxonomy import Category
from policylens.export.pdf_model import PdfOptions
from policylens.ui.infra import settings as prefs

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")
NOTES_KEY = "export/notes"  # the last choices in the dialog, offered again next time
COVER_LANGUAGE_KEY = "export/cover_language"


class ExportOptionsDialog(QDialog):
    """What goes into the PDF; the defaults are the Settings dialog's export defaults."""

    def __init__(
        self,
        settings: QSettings,
        categories: Sequence[Category],
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPdfOptions")
        self.setWindowTitle(translate("ExportPdf", "Export PDF"))
        self.auto = QCheckBox(translate("ExportPdf", "&Automatic highlights"), self)
        self.auto.setChecked(prefs.export_auto_highlights(settings))
        self.confirmed = QCheckBox(translate("ExportPdf", "&Confirmed annotations only"), self)
        self.confirmed.setChecked(prefs.export_confirmed_only(settings))
        self.notes = QCheckBox(
            translate("ExportPdf", "Reviewer &notes (margin markers and appendix)"), self
        )
        self.notes.setObjectName("exportNotes")
        self.notes.setChecked(str(settings.value(NOTES_KEY, "true")).lower() != "false")
        self.cover_language = QComboBox(self)
        self.cover_language.setObjectName("exportCoverLanguage")
        self.cover_language.addItem(translate("ExportPdf", "Interface language"), "ui")
        self.cover_language.addItem(translate("ExportPdf", "Document language"), "document")
        self.cover_language.setCurrentIndex(
            max(0, self.cover_language.findData(settings.value(COVER_LANGUAGE_KEY, "ui")))
        )
        self.page_size = QComboBox(self)
        for size in prefs.PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(self.page_size.findData(prefs.export_page_size(settings)))
        self.category_boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(translate("ExportPdf", "Categories"), self)
        grid = QGridLayout(group)
        for number, category in enumerate(categories):
            box = QCheckBox(category.name(language), group)
            box.setChecked(True)
            box.setToolTip(category.description(language))
            box.toggled.connect(self._update_ok)
            self.category_boxes[category.id] = box
            grid.addWidget(box, number // 2, number % 2)
        form = QFormLayout()
        form.addRow(translate("ExportPdf", "&Page size:"), self.page_size)
        form.addRow(translate("ExportPdf", "Co&ver language:"), self.cover_language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.auto)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.notes)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for box in self.category_boxes.values()))

    def options(self, ui_language: str) -> PdfOptions:
        chosen = frozenset(i for i, box in self.category_boxes.items() if box.isChecked())
        return PdfOptions(
            auto_highlights=self.auto.isChecked(),
            confirmed_only=self.confirmed.isChecked(),
            categories=None if len(chosen) == len(self.category_boxes) else chosen,
            page_size="Letter" if self.page_size.currentData() == "Letter" else "A4",
            ui_language=ui_language,
            notes=self.notes.isChecked(),
            document_language_cover=self.cover_language.currentData() == "document",
        )
