"""The one count of a document's clauses: what the legend, the status bar, the PDF cover and
`analyze --json`'s summary all show, so they never disagree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from policylens.core.clause import Clause


@dataclass(frozen=True)
class ClauseCounts:
    clauses: int  # every clause, headings included
    categorised: int  # clauses with at least one category
    per_category: dict[str, int] = field(default_factory=dict)  # id → clauses carrying it

    def to_json(self) -> dict[str, Any]:
        return {
            "clauses": self.clauses,
            "categorised": self.categorised,
            "categories": dict(self.per_category),
        }


def clause_counts(clauses: Iterable[Clause]) -> ClauseCounts:
    """A clause counts once for each category it carries (a clause about collection and
    sharing counts for both), and once in `categorised`."""
    total = categorised = 0
    per_category: dict[str, int] = {}
    for clause in clauses:
        total += 1
        scores = clause.categories
        if not scores:
            continue
        categorised += 1
        if len(scores) == 1:  # most clauses (counted on the GUI thread as an analysis lands)
            category_id = scores[0].id
            per_category[category_id] = per_category.get(category_id, 0) + 1
            continue
        for category_id in dict.fromkeys(c.id for c in scores):
            per_category[category_id] = per_category.get(category_id, 0) + 1
    return ClauseCounts(total, categorised, per_category)
