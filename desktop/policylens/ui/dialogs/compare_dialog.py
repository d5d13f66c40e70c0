"""Pick two documents of the library (and, optionally, the mode) to compare."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from policylens.ui.features.compare.texts import MODE_LABELS
from policylens.ui.infra.i18n import isolate

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class CompareDialog(QDialog):
    def __init__(
        self,
        documents: list[Any],  # store.documents.DocumentSummary
        parent: QWidget | None = None,
        *,
        first: str | None = None,
        second: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("Compare", "Compare two documents"))
        self.combo_a = QComboBox(self)
        self.combo_b = QComboBox(self)
        for combo in (self.combo_a, self.combo_b):
            combo.setMinimumWidth(420)
            for summary in documents:
                combo.addItem(f"{isolate(summary.title)} · {summary.language}", summary.sha256)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(translate("Compare", "Suggest from the texts"), None)
        for mode, label in MODE_LABELS.items():
            self.mode_combo.addItem(translate("Compare", label), mode)
        shas = [d.sha256 for d in documents]
        a_index = shas.index(first) if first in shas else 0
        b_index = shas.index(second) if second in shas else (1 if a_index == 0 else 0)
        self.combo_a.setCurrentIndex(a_index)
        self.combo_b.setCurrentIndex(min(b_index, max(0, len(shas) - 1)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Compare", "&Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Compare", "Document &A (older / first):"), self.combo_a)
        form.addRow(translate("Compare", "Document &B (newer / second):"), self.combo_b)
        form.addRow(translate("Compare", "&Mode:"), self.mode_combo)
        if len(shas) < 2:
            form.addRow(
                QLabel(
                    translate("Compare", "The library needs at least two documents to compare."),
                    self,
                )
            )
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str, str | None]:
        mode = self.mode_combo.currentData()
        return (
            str(self.combo_a.currentData()),
            str(self.combo_b.currentData()),
            str(mode) if mode else None,
        )
