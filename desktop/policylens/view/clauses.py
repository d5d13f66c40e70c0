"""A document's clauses as the reader shows them: which category colours a clause (the one
rule, shared by the reader, the compare panes, clause navigation and the PDF export), and a
layer indexed for position look-ups and per-block highlighting."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from policylens.core.clause import Clause
from policylens.view.offsets import QtOffsets
from policylens.view.spans import BlockSpans, LineCutter


def visible_category(
    clause: Clause, hidden: Collection[str] = (), *, shown: Collection[str] | None = None
) -> str | None:
    """The category that colours the clause: its highest-scored one that is not hidden (and is
    among `shown`, when given); the first of equals wins. None: nothing of it is shown."""
    best: tuple[float, str] | None = None
    for category in clause.categories:
        if category.id in hidden or (shown is not None and category.id not in shown):
            continue
        if best is None or category.score > best[0]:
            best = (category.score, category.id)
    return best[1] if best else None


class ClauseLayer:
    """A document's clauses, indexed for position lookups and per-block highlighting. It keeps
    the document's one offset map (`offsets`), made when the document was shown."""

    def __init__(self, text: str, clauses: Sequence[Clause], offsets: QtOffsets) -> None:
        self.text = text
        self.clauses = sorted(clauses, key=lambda c: (c.start, c.end))
        self.offsets = offsets
        self._starts = [c.start for c in self.clauses]
        self._cutter = LineCutter(text, offsets)

    def clause_at(self, index: int) -> Clause | None:
        i = bisect_right(self._starts, index) - 1
        if i >= 0 and self.clauses[i].start <= index < self.clauses[i].end:
            return self.clauses[i]
        return None

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for clause in self.clauses:
            for category in clause.categories:
                counts[category.id] = counts.get(category.id, 0) + 1
        return counts

    def block_spans(self, colors: dict[str, str], hidden: Collection[str]) -> BlockSpans:
        """Each clause in the colour of its visible category, cut into per-block spans."""
        spans: BlockSpans = {}
        add = self._cutter.add
        for clause in self.clauses:
            category = visible_category(clause, hidden)
            if category is None or clause.end <= clause.start:
                continue
            color = colors.get(category)
            if color is not None:
                add(spans, clause.start, clause.end, color)
        return spans
