"""The one count: suggestions with the reviewers' labels applied, counted once per category."""

from __future__ import annotations

from dataclasses import dataclass

from policylens.core.clause import CategoryScore, Clause
from policylens.view.counts import clause_counts
from policylens.view.reviewed import reviewed_clauses


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    category: str
    state: str = "confirmed"
    annotator: str = "Sara"


def clause(start: int, end: int, *ids: str) -> Clause:
    return Clause(start, end, "sentence", "en", "ltr", tuple(CategoryScore(i, 0.5) for i in ids))


CLAUSES = [clause(0, 10, "a", "b"), clause(11, 20, "a"), clause(21, 30)]


def test_without_labels_the_count_is_the_suggestions() -> None:
    counts = clause_counts(reviewed_clauses(CLAUSES, []))
    assert (counts.clauses, counts.categorised, counts.per_category) == (3, 2, {"a": 2, "b": 1})


def test_a_rejected_suggestion_no_longer_counts() -> None:
    counts = clause_counts(reviewed_clauses(CLAUSES, [Label(11, 20, "a", "rejected")]))
    assert (counts.categorised, counts.per_category) == (1, {"a": 1, "b": 1})


def test_a_label_counts_in_its_clause_and_a_confirmation_changes_nothing() -> None:
    labels = [Label(22, 25, "c"), Label(0, 10, "a")]
    reviewed = reviewed_clauses(CLAUSES, labels)
    counts = clause_counts(reviewed)
    assert (counts.clauses, counts.categorised) == (3, 3)
    assert counts.per_category == {"a": 2, "b": 1, "c": 1}
    assert reviewed[2].categories[0].source == "label"


def test_a_label_outside_every_clause_is_a_clause_of_its_own() -> None:
    counts = clause_counts(reviewed_clauses(CLAUSES, [Label(40, 45, "d")]))
    assert (counts.clauses, counts.per_category["d"]) == (4, 1)
