"""Small dialogs: the annotator's name, a note with a review status, the agreement report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policylens.store.agreement import AgreementReport
from policylens.store.annotations import Annotation
from policylens.store.carry_over import CarryOverResult
from policylens.ui.features.annotate.controller import REVIEW_STATUSES
from policylens.ui.features.annotate.model import short, status_text
from policylens.ui.infra.i18n import FSI, PDI, isolate

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


def ask_annotator_name(parent: QWidget, current: str = "") -> str | None:
    """The name the user typed (stripped), None when cancelled or empty."""
    name, ok = QInputDialog.getText(
        parent,
        translate("Annotate", "Annotator"),
        translate(
            "Annotate",
            "Your name as an annotator (saved with every label you make;\n"
            "change it later under Annotate ▸ Set Annotator Name):",
        ),
        text=current,
    )
    name = name.strip()
    return name if ok and name else None


class NoteDialog(QDialog):
    """Edit an annotation's note and review status (Ctrl+Return saves)."""

    def __init__(self, annotation: Annotation, category_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Annotate", "Comment"))
        self.setObjectName("noteDialog")
        quote = QLabel(f"{category_name}: {FSI}{short(annotation.quote, 160)}{PDI}", self)
        quote.setObjectName("noteQuote")
        quote.setTextFormat(Qt.TextFormat.PlainText)  # a quote may contain <a href=…>
        quote.setWordWrap(True)
        self.note = QPlainTextEdit(annotation.note, self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.status = QComboBox(self)
        self.status.setObjectName("statusCombo")
        for status in REVIEW_STATUSES:
            self.status.addItem(status_text(status) or translate("Annotate", "(none)"), status)
        self.status.setCurrentIndex(max(0, self.status.findData(annotation.status)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut("Ctrl+Return")
        form = QFormLayout()
        form.addRow(translate("Annotate", "Note"), self.note)
        form.addRow(translate("Annotate", "Review"), self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def values(self) -> tuple[str, str]:
        return self.note.toPlainText().strip(), str(self.status.currentData() or "")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class AgreementDialog(QDialog):
    """Per-category agreement table for the current document."""

    def __init__(
        self, report: AgreementReport, names: dict[str, str], title: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Annotate", "Agreement between annotators"))
        self.setObjectName("agreementDialog")
        annotators = report.annotators
        pairwise = len(annotators) == 2
        yes = translate("Annotate", "{} (yes)")
        headers = [translate("Annotate", "Category"), translate("Annotate", "Clauses")]
        headers += [yes.format(isolate(a)) for a in annotators]
        headers += [translate("Annotate", "Cohen's κ")] if pairwise else []
        headers += [translate("Annotate", "Krippendorff's α")]
        self.table = QTableWidget(len(report.categories), len(headers), self)
        self.table.setObjectName("agreementTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        for row, (category, item) in enumerate(report.categories.items()):
            cells = [names.get(category, category), str(item.units)]
            cells += [str(item.positives.get(a, 0)) for a in annotators]
            cells += [_number(item.kappa)] if pairwise else []
            cells += [_number(item.alpha)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if len(annotators) < 2:
            explanation = translate(
                "Annotate",
                "Agreement needs at least two annotators' confirmed labels on this document; "
                "found {}.",
            ).format(len(annotators))
        else:
            explanation = translate(
                "Annotate",
                "{0}: {1}. A clause counts as labelled with a category when an annotator's "
                "confirmed label covers at least half of it. — means undefined (no variation).",
            ).format(isolate(title), translate("Annotate", ", ").join(map(isolate, annotators)))
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 380)


class CarryOverDialog(QDialog):
    def __init__(
        self, message: str, result: CarryOverResult, names: dict[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverDialog")
        self.setWindowTitle(translate("Annotate", "Annotations carried over"))
        label = QLabel(message, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names and quotes are user text
        label.setWordWrap(True)
        self.unplaced = QListWidget(self)
        self.unplaced.setObjectName("unplacedList")
        for a in result.unplaced:
            quote = " ".join(a.quote.split())
            self.unplaced.addItem(
                f"{names.get(a.category, a.category)} · {a.annotator}: {isolate(quote[:160])}"
                + (translate("Annotate", "  — note: {}").format(isolate(a.note)) if a.note else "")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if result.unplaced:
            layout.addWidget(
                QLabel(translate("Annotate", "Not placed (still on the old version):"), self)
            )
            layout.addWidget(self.unplaced)
        else:
            self.unplaced.hide()
        layout.addWidget(buttons)
        self.resize(560, 360 if result.unplaced else 140)
