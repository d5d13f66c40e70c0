"""The library's coverage matrix: documents × categories, with clause counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from policylens.core.clause import Clause
from policylens.core.compare.policies import CATEGORY_ORDER, category_sort_key


@dataclass(frozen=True)
class CoverageMatrix:
    """`counts[r][c]`: how many clauses of document `documents[r]` have category
    `categories[c]`. A zero is what the reviewer looks for: that policy is silent on it."""

    documents: list[str]
    categories: list[str]
    counts: list[list[int]]

    def count(self, document: str, category: str) -> int:
        return self.counts[self.documents.index(document)][self.categories.index(category)]

    def silent(self, document: str) -> list[str]:
        """The categories `document` has no clause about."""
        row = self.counts[self.documents.index(document)]
        return [c for c, n in zip(self.categories, row, strict=True) if n == 0]

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "categories": self.categories, "counts": self.counts}


def coverage(documents_with_clauses: Iterable[tuple[str, Sequence[Clause]]]) -> CoverageMatrix:
    """Rows in the order given (document ids, e.g. SHA-256), columns in taxonomy order —
    all OPP-115 categories always, then any other category that occurs."""
    rows: list[tuple[str, dict[str, int]]] = []
    seen: set[str] = set(CATEGORY_ORDER)
    for document, clauses in documents_with_clauses:
        counts: dict[str, int] = {}
        for clause in clauses:
            for category in dict.fromkeys(clause.category_ids):
                counts[category] = counts.get(category, 0) + 1
        seen.update(counts)
        rows.append((document, counts))
    categories = sorted(seen, key=category_sort_key)
    return CoverageMatrix(
        [d for d, _ in rows],
        categories,
        [[counts.get(c, 0) for c in categories] for _, counts in rows],
    )
