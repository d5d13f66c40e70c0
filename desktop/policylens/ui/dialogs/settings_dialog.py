"""Settings: annotator name, interface language (applies on restart), reader text size, the
default PDF export options and the OCR language of scanned PDFs — all in the one INI file
(ui/settings.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from policylens.ui.dialogs.ocr_language_box import SETTING as OCR_SETTING
from policylens.ui.dialogs.ocr_language_box import OcrLanguageBox
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from policylens.ui.infra.i18n import UI_LANGUAGES, choose_language, isolate


@dataclass(frozen=True)
class SettingsValues:
    annotator: str = ""
    language: str = ""  # "" = the system's language
    point_size: float = float(DEFAULT_POINT_SIZE)
    justified: bool = False  # ragged lines read better; letters are never pulled apart either way
    auto_highlights: bool = True
    confirmed_only: bool = False
    page_size: str = "A4"
    library: str = ""  # "" = the data folder's library
    ocr_languages: str = ""  # "" = found from a scan's first page

    @classmethod
    def load(cls, settings: QSettings) -> SettingsValues:
        return cls(
            annotator=prefs.annotator_name(settings),
            language=prefs.interface_language(settings),
            point_size=prefs.reader_point_size(settings, float(DEFAULT_POINT_SIZE)),
            justified=prefs.reader_justified(settings),
            auto_highlights=prefs.export_auto_highlights(settings),
            confirmed_only=prefs.export_confirmed_only(settings),
            page_size=prefs.export_page_size(settings),
            library=prefs.library_location(settings),
            ocr_languages=str(settings.value(OCR_SETTING, "") or ""),
        )

    def save(self, settings: QSettings) -> None:
        prefs.set_annotator_name(settings, self.annotator)
        prefs.set_interface_language(settings, self.language)
        prefs.set_reader_point_size(settings, self.point_size)
        prefs.set_reader_justified(settings, self.justified)
        prefs.set_export_defaults(
            settings,
            auto_highlights=self.auto_highlights,
            confirmed_only=self.confirmed_only,
            page_size=self.page_size,
        )
        prefs.set_library_location(settings, self.library)
        settings.setValue(OCR_SETTING, self.ocr_languages)
        settings.sync()


class SettingsDialog(QDialog):
    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, running_language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.running_language = running_language

        self.annotator = QLineEdit(self)
        self.annotator.setObjectName("annotatorEdit")
        self.annotator.setPlaceholderText(self.tr("Your name, saved with your labels"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        system = UI_LANGUAGES[choose_language(None, None)]
        self.language.addItem(self.tr("System language ({0})").format(isolate(system)), "")
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.restart_note = QLabel(
            self.tr("The interface language changes when PolicyLens is restarted."), self
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.point_size = QDoubleSpinBox(self)
        self.point_size.setObjectName("pointSizeSpin")
        self.point_size.setRange(float(MIN_POINT_SIZE), float(MAX_POINT_SIZE))
        self.point_size.setDecimals(0)  # zoom moves in whole points
        self.point_size.setSingleStep(1.0)
        self.point_size.setSuffix(self.tr(" pt"))

        general = QFormLayout()
        general.addRow(self._label(self.tr("&Annotator name:"), self.annotator), self.annotator)
        general.addRow(self._label(self.tr("Interface &language:"), self.language), self.language)
        general.addRow("", self.restart_note)
        general.addRow(self._label(self.tr("Reader text &size:"), self.point_size), self.point_size)
        self.library = QLineEdit(self)
        self.library.setObjectName("libraryEdit")
        self.library.setPlaceholderText(self.tr("This computer's library"))
        self.library.setToolTip(
            self.tr(
                "A team library: postgresql://you@server/library (your password goes in "
                "~/.pgpass, never here). Or a .sqlite3 file. Applies when PolicyLens is restarted."
            )
        )
        general.addRow(self._label(self.tr("Li&brary:"), self.library), self.library)
        self.justified = QCheckBox(self.tr("&Justify paragraphs (even right and left edges)"), self)
        self.justified.setObjectName("justifiedCheck")
        general.addRow(self.justified)

        self.auto_highlights = QCheckBox(
            self.tr("&Automatic highlights (suggested categories)"), self
        )
        self.auto_highlights.setObjectName("autoHighlightsCheck")
        self.confirmed_only = QCheckBox(self.tr("&Only confirmed annotations"), self)
        self.confirmed_only.setObjectName("confirmedOnlyCheck")
        self.page_size = QComboBox(self)
        self.page_size.setObjectName("pageSizeCombo")
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        export_box = QGroupBox(self.tr("PDF export defaults"), self)
        export_form = QFormLayout(export_box)
        export_form.addRow(self.auto_highlights)
        export_form.addRow(self.confirmed_only)
        export_form.addRow(self._label(self.tr("&Page size:"), self.page_size), self.page_size)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(export_box)
        self.ocr = OcrLanguageBox(self)
        layout.addWidget(self.ocr)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.set_values(SettingsValues.load(settings))
        self.annotator.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # Alt+letter moves to the field
        return label

    def values(self) -> SettingsValues:
        return SettingsValues(
            annotator=self.annotator.text().strip(),
            language=str(self.language.currentData() or ""),
            point_size=float(self.point_size.value()),
            justified=self.justified.isChecked(),
            auto_highlights=self.auto_highlights.isChecked(),
            confirmed_only=self.confirmed_only.isChecked(),
            page_size=str(self.page_size.currentData() or "A4"),
            library=prefs.without_password(self.library.text().strip()),
            ocr_languages=self.ocr.value(),
        )

    def set_values(self, values: SettingsValues) -> None:
        self.annotator.setText(values.annotator)
        index = self.language.findData(values.language)
        self.language.setCurrentIndex(max(index, 0))
        self.point_size.setValue(values.point_size)
        self.justified.setChecked(values.justified)
        self.auto_highlights.setChecked(values.auto_highlights)
        self.confirmed_only.setChecked(values.confirmed_only)
        self.page_size.setCurrentIndex(max(self.page_size.findData(values.page_size), 0))
        self.library.setText(values.library)
        self.ocr.set_value(values.ocr_languages)

    def restore_defaults(self) -> None:
        """The defaults in the form; nothing is saved until OK. The annotator's name is kept:
        it is who you are, not a preference."""
        self.set_values(
            SettingsValues(annotator=self.annotator.text(), library=self.library.text())
        )

    def accept(self) -> None:
        self.values().save(self.settings)
        super().accept()

    def language_changed(self) -> bool:
        """Whether the saved choice means another language at the next start."""
        return choose_language(None, self.values().language) != self.running_language
