"""The "By category" panel of the compare window: one row per category, what A says beside
what B says, "says nothing" where a policy is silent; a click on a clause shows it in its pane.

The rows come from `view.compare_by_category`; each category row opens onto its clauses, side
by side, the n-th clause of A beside the n-th of B.
"""

from __future__ import annotations

from itertools import zip_longest

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from policylens.core.document import Document
from policylens.ui.infra.i18n import FSI, PDI, format_number
from policylens.ui.reader.legend import swatch
from policylens.view.compare_by_category import CategoryRow

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

SPAN_ROLE = Qt.ItemDataRole.UserRole + 30  # (start, end) of the clause in that column's side
SILENT_COLOR = "#b00020"  # dark red: a gap in a policy, readable on white
SNIPPET = 160


def _snippet(document: Document, span: tuple[int, int]) -> str:
    text = " ".join(document.text[span[0] : span[1]].split())
    return FSI + (text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…") + PDI


class ByCategoryPanel(QTreeWidget):
    clause_chosen = Signal(str, int, int)  # side "a" | "b", start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareByCategory")
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                translate("Compare", "Category"),
                translate("Compare", "What A says"),
                translate("Compare", "What B says"),
            ]
        )
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def set_rows(
        self,
        rows: list[CategoryRow],
        a: Document,
        b: Document,
        names: dict[str, str],
        colors: dict[str, str],
    ) -> None:
        self.clear()
        italic = QFont(self.font())
        italic.setItalic(True)
        for row in rows:
            item = QTreeWidgetItem(self)
            item.setText(0, names.get(row.category, row.category))
            item.setIcon(0, swatch(colors.get(row.category, "#dddddd")))
            for column, spans in ((1, row.a), (2, row.b)):
                if spans:
                    item.setText(
                        column,
                        translate("Compare", "{0} clause(s)").format(format_number(len(spans))),
                    )
                else:
                    item.setText(column, translate("Compare", "says nothing"))
                    item.setForeground(column, QBrush(QColor(SILENT_COLOR)))
                    item.setFont(column, italic)
            for span_a, span_b in zip_longest(row.a, row.b):
                child = QTreeWidgetItem(item)
                for column, span, document in ((1, span_a, a), (2, span_b, b)):
                    if span is not None:
                        child.setText(column, _snippet(document, span))
                        child.setData(column, SPAN_ROLE, span)
                        child.setToolTip(column, document.text[span[0] : span[1]])
        self.resizeColumnToContents(0)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        span = item.data(column, SPAN_ROLE)
        if span is None and column == 0 and item.childCount():
            item.setExpanded(not item.isExpanded())
            return
        if span is not None and column in (1, 2):
            self.clause_chosen.emit("a" if column == 1 else "b", int(span[0]), int(span[1]))
