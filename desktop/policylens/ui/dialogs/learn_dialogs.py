"""After training: the cross-validated F1 table and what was skipped; Model info (manifest)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from policylens.ui.features.learn.report_model import SORT_ROLE, CvReportModel
from policylens.ui.infra.i18n import format_number, isolate

translate = QCoreApplication.translate


def skipped_text(skipped: list[Any], names: Mapping[str, str]) -> str:
    """One line per category training left out, with the reason (from `SkippedCategory`)."""
    return "\n".join(
        translate("LearnDialogs", "{0}: not trained — {1}").format(
            isolate(names.get(s.category, s.category)), s.reason
        )
        for s in skipped
    )


def _table(model: CvReportModel, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName("cvTable")
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt 6 starts descending
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        view.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


class TrainingReportDialog(QDialog):
    """The per-category cross-validated scores of a model just trained (or the saved one)."""

    def __init__(
        self,
        reports: list[Any],
        skipped: list[Any],
        names: Mapping[str, str],
        summary: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        stacked: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingReportDialog")
        self.setWindowTitle(title or translate("LearnDialogs", "Trained from annotations"))
        self.model = CvReportModel(self)
        self.model.set_reports(reports, names, stacked)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        explanation = QLabel(
            translate(
                "LearnDialogs",
                "Cross-validated on your labels: each category's classifier was scored on "
                "labels it was not trained on. Categories below F1 0.40 make no suggestions.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = _table(self.model, self)
        layout.addWidget(self.table)
        macro = self.model.macro_f1()
        if macro is not None:
            layout.addWidget(
                QLabel(translate("LearnDialogs", "Macro-F1: {0}").format(format_number(macro, 2)))
            )
        self.skipped = QLabel(skipped_text(skipped, names), self)
        self.skipped.setObjectName("trainingSkipped")
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(skipped))
        layout.addWidget(self.skipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)


def manifest_text(manifest: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """The saved model's manifest for a person: when, on what, with which versions."""
    trained_on = manifest.get("trained_on", {}) or {}
    lines = [
        translate("LearnDialogs", "Trained: {0}").format(isolate(str(manifest.get("trained_at")))),
        translate("LearnDialogs", "Texts: {0}").format(format_number(trained_on.get("texts", 0))),
        "",
        translate(
            "LearnDialogs",
            "Per category: confirmed / rejected / other clauses of labelled policies",
        ),
    ]
    for category, counts in (trained_on.get("categories") or {}).items():
        lines.append(
            f"  {isolate(names.get(category, category))}: "
            f"{format_number(counts.get('positives', 0))} / "
            f"{format_number(counts.get('negatives', 0))} / "
            f"{format_number(counts.get('implicit_negatives', 0))}"
        )
    lines += ["", translate("LearnDialogs", "Texts per language:")]
    for language, count in (trained_on.get("languages") or {}).items():
        lines.append(f"  {isolate(language)}: {format_number(count)}")
    lines += [
        "",
        translate("LearnDialogs", "PolicyLens {0}, scikit-learn {1}").format(
            isolate(str(manifest.get("policylens_version", "?"))),
            isolate(str(manifest.get("sklearn_version", "?"))),
        ),
    ]
    return "\n".join(lines)
