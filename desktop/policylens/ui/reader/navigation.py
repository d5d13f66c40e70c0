"""Moving through clauses: F8 / Shift+F8 walk the category chosen in the legend or the clause
panel (or every coloured clause), and the tooltip that names a clause's categories."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from policylens.core.clause import Clause
from policylens.ui.infra.i18n import isolate
from policylens.ui.reader.clause_model import reasons_text
from policylens.ui.reader.clause_panel import ClausePanel
from policylens.ui.reader.legend import Legend
from policylens.ui.reader.reader import Reader
from policylens.ui.session import DocumentSession
from policylens.view.clauses import visible_category

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


class ClauseNavigator(QObject):
    def __init__(
        self,
        session: DocumentSession,
        reader: Reader,
        legend: Legend,
        panel: ClausePanel,
        message: Callable[[str], None],
    ) -> None:
        super().__init__(reader)
        self.session, self.reader, self.legend, self.panel = session, reader, legend, panel
        self._message = message
        self.category: str | None = None  # what F8 walks through; None: every coloured clause
        legend.category_selected.connect(self._set_category)
        panel.category_selected.connect(self._from_panel)
        panel.clause_chosen.connect(lambda start, end, _category: reader.select_range(start, end))
        reader.tooltip_provider = self.tooltip

    def _set_category(self, category_id: str | None) -> None:
        self.category = category_id
        if category_id:
            name = isolate(self.session.names.get(category_id, category_id))
            self._message(
                translate("MainWindow", "F8 / Shift+F8: next / previous {0}").format(name)
            )

    def _from_panel(self, category_id: str | None) -> None:
        if category_id and category_id != self.category:
            self.legend.select_category(category_id)

    def spans(self) -> list[tuple[int, int, str]]:
        if self.category:
            return [(s, e, self.category) for s, e in self.panel.model.spans(self.category)]
        hidden = self.session.hidden
        coloured = ((c, visible_category(c, hidden)) for c in self.session.clauses)
        return [(c.start, c.end, category) for c, category in coloured if category]

    def go(self, forward: bool = True) -> None:
        spans = self.spans()
        if not spans:
            self._message(translate("MainWindow", "No clauses to move to"))
            return
        here = self.reader.cursor_index()
        if forward:
            start, end, category = next((s for s in spans if s[0] > here), spans[0])
        else:
            start, end, category = next((s for s in reversed(spans) if s[0] < here), spans[-1])
        self.show(category, start, end)

    def show(self, category_id: str, start: int, end: int) -> None:
        self.reader.select_range(start, end)
        self.panel.show_clause(category_id, start)
        self.reader.setFocus()

    def tooltip(self, clause: Clause) -> str:
        lines = []
        for score in clause.categories:
            reasons = reasons_text(score)
            name = self.session.names.get(score.id, score.id)
            lines.append(f"{name} ({score.score:.2f})" + (f": {reasons}" if reasons else ""))
        return "\n".join(lines)
