"""A document's clauses as the reader shows them: which category colours a clause (the one
rule, shared by the reader, the compare panes, clause navigation and the PDF export), and a
layer indexed for position look-ups and per-block highlighting."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from policylens.core.clause import Clause
from policylens.view.offsets import QtOffsets
from policylens.view.spans import BlockSpans, LineCutter


def visible_categories(
    clause: Clause, hidden: Collection[str] = (), *, shown: Collection[str] | None = None
) -> list[str]:
    """The clause's categories that are shown, in the order they are shown: highest score
    first, the first of equals first. Not hidden, and among `shown` when given."""
    ranked = [
        (-category.score, position, category.id)
        for position, category in enumerate(clause.categories)
        if category.id not in hidden and (shown is None or category.id in shown)
    ]
    return [category_id for _score, _position, category_id in sorted(ranked)]


def visible_category(
    clause: Clause, hidden: Collection[str] = (), *, shown: Collection[str] | None = None
) -> str | None:
    """The category that colours the clause (its first visible one; `visible_categories`).
    None: nothing of it is shown."""
    ordered = visible_categories(clause, hidden, shown=shown)
    return ordered[0] if ordered else None


MAX_BRIDGED_GAP = 3  # white space between two highlighted clauses painted over (code points)


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

    def clauses_over(self, start: int, end: int) -> list[Clause]:
        """The clauses that overlap `[start, end)`, in document order."""
        i = max(0, bisect_right(self._starts, start) - 1)
        found = []
        while i < len(self.clauses) and self.clauses[i].start < end:
            if self.clauses[i].end > start:
                found.append(self.clauses[i])
            i += 1
        return found

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
        text = self.text
        previous_end, previous_color = -1, ""
        for clause in self.clauses:
            category = visible_category(clause, hidden)
            if category is None or clause.end <= clause.start:
                continue
            color = colors.get(category)
            if color is None:
                continue
            start = clause.start
            gap = text[previous_end:start] if 0 <= previous_end < start else None
            if (
                gap is not None
                and len(gap) <= MAX_BRIDGED_GAP
                and gap.isspace()
                and "\n" not in gap
            ):
                # Two highlighted clauses a space apart on one line: no white sliver between.
                add(spans, previous_end, start, previous_color)
            add(spans, start, clause.end, color)
            if clause.end >= previous_end:
                previous_end, previous_color = clause.end, color
        return spans
