"""The clause panel's model: categories (with counts) → the clauses asserted for each, with the
clause text shortened, the score and the reasons (cue phrases).

Tree without Python objects behind the indexes: a category row has internal id 0, a clause
row has internal id = its category's row + 1 (PySide's internalPointer needs the object kept
alive; plain ids cannot dangle).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from policylens.core.clause import CategoryScore, Clause
from policylens.core.heading_sections import NOTE as SECTION_NOTE
from policylens.core.paragraph_focus import PASSING_NOTE
from policylens.core.taxonomy import Category, load_taxonomy
from policylens.ui.infra.i18n import FSI, PDI, QT_TRANSLATE_NOOP, format_number

Index = QModelIndex | QPersistentModelIndex

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end) of a clause row
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2  # category id, on both levels

SHORT_CLAUSE = 140


def shorten(text: str, limit: int = SHORT_CLAUSE) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def reasons_text(score: CategoryScore) -> str:
    cues = list(dict.fromkeys(c.text for c in score.cues))
    if cues:
        phrases = ", ".join(f"{FSI}{cue}{PDI}" for cue in cues)
        # The model outscored the cues: say so, or the score would seem to come from them.
        return (
            f"{phrases}; {note_text(score)}" if score.source == "model" and score.note else phrases
        )
    if score.source == "context" and score.note.startswith(PASSING_NOTE):
        named = score.note[len(PASSING_NOTE) :].split(", ")
        taxonomy = load_taxonomy()
        language = QLocale().name().split("_")[0]
        names = ", ".join(taxonomy.get(c).name(language) if c in taxonomy.ids else c for c in named)
        return QCoreApplication.translate("ClauseModel", "named only in passing: {0}").format(names)
    if score.source == "context" and score.note == SECTION_NOTE:
        return QCoreApplication.translate("ClauseModel", "(from the section it heads)")
    if score.source == "context":
        return QCoreApplication.translate("ClauseModel", "(from its heading / list)")
    if score.note:  # no cue phrases: e.g. the learned model spoke ("learned model, 0.83")
        return note_text(score)
    return ""


def note_text(score: CategoryScore) -> str:
    """The note in the UI language: the model's "learned model, 0.83", or the note as is."""
    if score.source == "label":  # a reviewer's label (view.reviewed): "label (alice)"
        who = score.note[len("label") :]
        return QCoreApplication.translate("ClauseModel", "label") + who
    prefix = "learned model, "
    if score.source == "model" and score.note.startswith(prefix):
        try:
            probability = float(score.note[len(prefix) :])
        except ValueError:
            return score.note
        return QCoreApplication.translate("ClauseModel", "learned model, {0}").format(
            format_number(probability, 2)
        )
    return score.note


UNKNOWN_COLOR = "#e0e0e0"  # a category the taxonomy does not know (an old model's)


class _Entry(NamedTuple):
    """A clause under one of its categories. (A named tuple: a 1 MB policy has ~5,000 of
    them, made on the GUI thread as its analysis is applied; a frozen dataclass took 3x as
    long to build.)"""

    clause: Clause
    score: CategoryScore


class ClauseModel(QAbstractItemModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ClauseModel", "Clause"),
        QT_TRANSLATE_NOOP("ClauseModel", "Score"),
        QT_TRANSLATE_NOOP("ClauseModel", "Reasons"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._groups: list[tuple[Category, list[_Entry]]] = []
        self._language = "en"

    def set_clauses(
        self, text: str, clauses: list[Clause], categories: list[Category], language: str
    ) -> None:
        self._language = language
        by_id: dict[str, list[_Entry]] = {c.id: [] for c in categories}
        known = {c.id: c for c in categories}
        for clause in sorted(clauses, key=lambda c: c.start):
            for score in clause.categories:
                if score.id not in known:  # a category the UI's taxonomy does not know
                    known[score.id] = Category(score.id, "", UNKNOWN_COLOR)
                    by_id[score.id] = []
                by_id[score.id].append(_Entry(clause, score))
        self.beginResetModel()
        self._text = text
        self._groups = [(known[cid], entries) for cid, entries in by_id.items() if entries]
        self.endResetModel()

    def clear(self) -> None:
        self.set_clauses("", [], [], self._language)

    def category_row(self, category_id: str) -> int:
        for row, (category, _entries) in enumerate(self._groups):
            if category.id == category_id:
                return row
        return -1

    def spans(self, category_id: str) -> list[tuple[int, int]]:
        row = self.category_row(category_id)
        if row < 0:
            return []
        return [(e.clause.start, e.clause.end) for e in self._groups[row][1]]

    def clause_index(self, category_id: str, start: int) -> QModelIndex:
        row = self.category_row(category_id)
        if row < 0:
            return QModelIndex()
        for child, entry in enumerate(self._groups[row][1]):
            if entry.clause.start == start:
                return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if group < len(self._groups) and row < len(self._groups[group][1]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ClauseModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._category_data(index, role)
        group = index.internalId() - 1
        if group >= len(self._groups) or index.row() >= len(self._groups[group][1]):
            return None
        category = self._groups[group][0]
        entry = self._groups[group][1][index.row()]
        clause, column = entry.clause, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return shorten(self._text[clause.start : clause.end])
            if column == 1:
                return f"{entry.score.score:.2f}"
            if column == 2:
                return reasons_text(entry.score)
        elif role == Qt.ItemDataRole.ToolTipRole:
            reasons = reasons_text(entry.score) or "—"
            full = shorten(self._text[clause.start : clause.end], 600)
            return f"{full}\n\n{category.name(self._language)}: {reasons}"
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            side = (
                Qt.AlignmentFlag.AlignRight
                if clause.direction == "rtl"
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        elif role == SPAN_ROLE:
            return (clause.start, clause.end)
        elif role == CATEGORY_ROLE:
            return category.id
        return None

    def _category_data(self, index: Index, role: int) -> Any:
        if index.row() >= len(self._groups):
            return None
        category, entries = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{category.name(self._language)} ({format_number(len(entries))})"
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(category.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                (category.description(self._language) or category.name(self._language))
                + "\n"
                + QCoreApplication.translate(
                    "ClauseModel", "{0} clause(s) carry this category (suggestions and labels)"
                ).format(format_number(len(entries)))
            )
        if role == CATEGORY_ROLE:
            return category.id
        return None
