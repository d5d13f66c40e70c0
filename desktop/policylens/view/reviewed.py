"""The clauses as the reviewers left them: the automatic suggestions with the labels applied.

Counted with `view.counts.clause_counts`, they are the one count the legend, the clause panel
and the status bar show, so confirming, rejecting or adding a label changes it at once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from policylens.core.clause import CategoryScore, Clause


class Label(Protocol):
    """What counting needs of a reviewer's label (`store.annotations.Annotation` has it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def state(self) -> str:
        """ "confirmed" or "rejected"."""
        ...

    @property
    def annotator(self) -> str: ...


def reviewed_clauses(clauses: Sequence[Clause], labels: Iterable[Label]) -> list[Clause]:
    """The clauses as the reviewers left them, for the counts and lists the app shows: a
    rejected suggestion's category leaves the clauses it overlaps (as in the PDF); a confirmed
    or added label's category joins them (score 1, source "label"); a label over no clause is a
    clause of its own. Counting these with `clause_counts` is the one count, so confirming,
    rejecting or adding a label changes it at once."""
    ordered = sorted(clauses, key=lambda c: (c.start, c.end))
    labels = [label for label in labels if label.end > label.start]
    if not labels:  # the common case, on every analysis of a large policy: nothing to copy
        return ordered
    starts = [c.start for c in ordered]
    removed: dict[int, set[str]] = {}  # clause index → categories rejected on it
    added: dict[int, dict[str, CategoryScore]] = {}  # clause index → labels on it
    own: list[Clause] = []
    for label in labels:
        hits = _overlapping(ordered, starts, label.start, label.end)
        if label.state == "rejected":
            for i in hits:
                removed.setdefault(i, set()).add(label.category)
            continue
        score = CategoryScore(label.category, 1.0, source="label", note=_label_note(label))
        if not hits:
            own.append(Clause(label.start, label.end, "sentence", "", "ltr", (score,)))
        for i in hits:
            added.setdefault(i, {}).setdefault(label.category, score)
    result = list(ordered)
    for i in removed.keys() | added.keys():
        clause, gone, extra = ordered[i], removed.get(i, set()), added.get(i, {})
        kept = [s for s in clause.categories if s.id not in gone or s.id in extra]
        known = {s.id for s in kept}
        kept.extend(s for category, s in extra.items() if category not in known)
        result[i] = replace(clause, categories=tuple(kept))
    if own:
        result.extend(own)
        result.sort(key=lambda c: (c.start, c.end))
    return result


def _overlapping(ordered: Sequence[Clause], starts: list[int], start: int, end: int) -> list[int]:
    i = max(0, bisect_right(starts, start) - 1)
    found = []
    while i < len(ordered) and ordered[i].start < end:
        if ordered[i].end > start:
            found.append(i)
        i += 1
    return found


def _label_note(label: Label) -> str:
    who = f" ({label.annotator})" if label.annotator else ""
    return f"label{who}"
