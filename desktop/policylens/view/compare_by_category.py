"""Two policies side by side by category: for each category, what A says and what B says
(their clauses), and which of them says nothing. The question a reviewer asks of two
different policies; the sentence alignment answers "what changed" between versions instead."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from policylens.core.clause import Clause
from policylens.view.clauses import visible_categories

Span = tuple[int, int]


@dataclass
class CategoryRow:
    category: str
    a: list[Span] = field(default_factory=list)
    b: list[Span] = field(default_factory=list)

    @property
    def silent(self) -> str | None:
        """ "a" or "b" when only that side says nothing; None when both or neither speak."""
        if self.a and not self.b:
            return "b"
        if self.b and not self.a:
            return "a"
        return None


def by_category(
    clauses_a: Sequence[Clause],
    clauses_b: Sequence[Clause],
    order: Sequence[str],
    hidden: Collection[str] = (),
) -> list[CategoryRow]:
    """One row per category of `order` that either policy speaks about (and is not hidden),
    in that order; a clause is listed under each of its categories, headings left out."""
    rows = {category: CategoryRow(category) for category in order if category not in hidden}
    for clauses, side in ((clauses_a, "a"), (clauses_b, "b")):
        for clause in clauses:
            if clause.kind == "heading":
                continue
            for category in visible_categories(clause, hidden):
                row = rows.get(category)
                if row is not None:
                    (row.a if side == "a" else row.b).append((clause.start, clause.end))
    return [row for row in rows.values() if row.a or row.b]
