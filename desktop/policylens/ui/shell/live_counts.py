"""One count, everywhere, live: the legend, the clause panel and the status bar show the same
numbers, from `view.counts.clause_counts` over `view.reviewed.reviewed_clauses` (the suggestions
with the reviewers' labels applied: what the PDF's highlights show), and say what they count.

Recomputed when an analysis is applied and whenever the document's labels change, so
confirming, rejecting or adding a label updates every count at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from policylens.ui.infra.i18n import format_number
from policylens.ui.reader.clause_panel import ClausePanel
from policylens.ui.reader.legend import Legend
from policylens.ui.session import DocumentSession
from policylens.view.counts import ClauseCounts, clause_counts
from policylens.view.reviewed import reviewed_clauses

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class LiveCounts(QObject):
    def __init__(
        self,
        session: DocumentSession,
        legend: Legend,
        clause_panel: ClausePanel,
        summary: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.legend, self.clause_panel, self.summary = (
            session,
            legend,
            clause_panel,
            summary,
        )
        self.summary.setObjectName("statusCounts")
        self.counts = ClauseCounts(0, 0, {})
        session.document_shown.connect(lambda _sha: self.clear())
        session.analysis_applied.connect(lambda _sha: self.refresh())
        session.annotations_changed.connect(self.refresh)

    def clear(self) -> None:
        self.counts = ClauseCounts(0, 0, {})
        self.legend.set_counts({})
        self.clause_panel.model.clear()
        self.summary.clear()

    def refresh(self) -> None:
        session = self.session
        if session.document is None or not session.clauses:
            return  # no analysis yet: labels alone wait for it
        reviewed = reviewed_clauses(session.clauses, session.annotations)
        self.counts = counts = clause_counts(reviewed)
        self.legend.set_counts(counts.per_category)
        self.clause_panel.set_clauses(
            session.document.text, reviewed, session.categories, session.language
        )
        self.summary.setText(summary_text(counts))
        self.summary.setToolTip(
            translate(
                "MainWindow",
                "Clauses of the document, and how many carry at least one category: the "
                "automatic suggestions with the reviewers' labels applied (a rejected "
                "suggestion no longer counts, a label does). A clause with two categories "
                "counts once for each in the Categories and Clauses panels.",
            )
        )


def summary_text(counts: ClauseCounts) -> str:
    return translate("MainWindow", "{0} clauses, {1} with categories").format(
        format_number(counts.clauses), format_number(counts.categorised)
    )
