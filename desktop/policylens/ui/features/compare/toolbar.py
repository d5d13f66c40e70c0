"""The compare view's frame: the bar above the panes (mode, colouring, previous / next
difference with the position, progress, the summary line) and the splitter holding A, the
connector gutter and B."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from policylens.ui.features.compare.texts import COLOUR_LABELS, MODE_LABELS

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class CompareBar(QHBoxLayout):
    def __init__(self, parent: QWidget) -> None:
        super().__init__()
        self.setContentsMargins(6, 4, 6, 4)
        self.mode_combo = QComboBox(parent)
        self.mode_combo.setObjectName("compareMode")
        for mode, label in MODE_LABELS.items():
            self.mode_combo.addItem(translate("Compare", label), mode)
        self.mode_combo.setToolTip(
            translate("Compare", "How the two documents relate (the likely one is suggested)")
        )
        self.colour_combo = QComboBox(parent)
        self.colour_combo.setObjectName("compareColourBy")
        for key, label in COLOUR_LABELS.items():
            self.colour_combo.addItem(translate("Compare", label), key)
        self.previous_button = QToolButton(parent)
        self.previous_button.setText(translate("Compare", "◀ Previous"))
        self.previous_button.setToolTip(
            translate("Compare", "Previous difference (Shift+F7, Alt+P)")
        )
        self.next_button = QToolButton(parent)
        self.next_button.setText(translate("Compare", "Next ▶"))
        self.next_button.setToolTip(translate("Compare", "Next difference (F7, Alt+N)"))
        self.position_label = QLabel(parent)
        self.position_label.setObjectName("differencePosition")
        self.summary_label = QLabel(parent)
        self.summary_label.setObjectName("compareSummary")
        self.summary_label.setWordWrap(True)
        # The same inset as the bar above it: the summary otherwise touched the window's edge.
        self.summary_label.setContentsMargins(6, 0, 6, 0)
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        mode_label = QLabel(translate("Compare", "&Mode:"), parent)
        mode_label.setBuddy(self.mode_combo)
        colour_label = QLabel(translate("Compare", "&Colour by:"), parent)
        colour_label.setBuddy(self.colour_combo)
        for widget in (
            mode_label,
            self.mode_combo,
            colour_label,
            self.colour_combo,
            self.previous_button,
            self.position_label,
            self.next_button,
            self.progress,
        ):
            self.addWidget(widget)
        self.addStretch(1)

    def mark_suggested(self, suggested: str) -> None:
        """The likely mode for these two documents says so in the mode list."""
        for index in range(self.mode_combo.count()):
            mode_id = str(self.mode_combo.itemData(index))
            label = translate("Compare", MODE_LABELS[mode_id])
            if mode_id == suggested:
                label = translate("Compare", "{} (suggested)").format(label)
            self.mode_combo.setItemText(index, label)


def side_by_side(
    parent: QWidget,
    a: tuple[QLabel, QWidget],
    gutter: QWidget,
    b: tuple[QLabel, QWidget],
) -> QSplitter:
    """A and B (each under its header) in halves, the gutter between them at its own width."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("compareSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(_column(*a))
    splitter.addWidget(gutter)
    splitter.addWidget(_column(*b))
    for index, stretch in enumerate((1, 0, 1)):
        splitter.setStretchFactor(index, stretch)
    splitter.setSizes([10000, gutter.sizeHint().width(), 10000])
    return splitter


def _column(header: QLabel, pane: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    header.setTextFormat(Qt.TextFormat.PlainText)
    header.setContentsMargins(6, 0, 6, 0)
    layout.addWidget(header)
    layout.addWidget(pane, 1)
    return column
