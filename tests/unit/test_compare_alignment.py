"""Where a place of one version is in the other (the panes scroll together by it), and F7 /
Shift+F7 through the differences — the compare view's logic without Qt (view/)."""

from __future__ import annotations

from policylens.core.compare import compare
from policylens.core.document import Document
from policylens.view.compare_alignment import Alignment, DifferenceSteps, span_on

A = (
    "We collect your e-mail address.\n\n"
    "We keep it for two years.\n\n"
    "We never sell it.\n\n"
    "You may ask us to delete it.\n"
)
B = (
    "We collect your e-mail address.\n\n"
    "We share it with our payment processor.\n\n"
    "We keep it for five years.\n\n"
    "You may ask us to delete it.\n"
)


def versions() -> tuple[Document, Document]:
    return (
        Document.from_text(A, title="A", format="txt"),
        Document.from_text(B, title="B", format="txt"),
    )


def test_a_place_in_an_unchanged_clause_maps_to_the_same_place_in_the_other() -> None:
    a, b = versions()
    alignment = Alignment(compare(a, b, "versions", analyse=False))
    here = A.index("delete")
    assert alignment.counterpart_index("a", here) == B.index("delete")
    assert alignment.counterpart_index("b", B.index("e-mail")) == A.index("e-mail")


def test_a_clause_without_counterpart_maps_to_the_next_one_that_has_one() -> None:
    a, b = versions()
    comparison = compare(a, b, "versions", analyse=False)
    added = next(p for p in comparison.pairs if p.relation == "added")
    start = span_on(added, "b")
    assert start is not None
    target = Alignment(comparison).counterpart_index("b", start[0] + 3)
    assert target is not None and A[target:].startswith("We keep it")


def test_differences_are_stepped_through_in_both_directions_and_wrap() -> None:
    a, b = versions()
    comparison = compare(a, b, "versions", analyse=False)
    steps = DifferenceSteps(comparison)
    relations = [p.relation for p in (steps.step(+1) for _ in comparison.differences()) if p]
    assert relations and "same" not in relations
    first = comparison.pairs[comparison.differences()[0]]
    assert steps.step(+1) == first  # wrapped around
    last = comparison.pairs[comparison.differences()[-1]]
    assert steps.step(-1) == last
    steps.reached(first)
    assert steps.position == 0


def test_no_comparison_means_no_steps_and_no_counterpart() -> None:
    assert DifferenceSteps().step(+1) is None
    assert Alignment().counterpart_index("a", 10) is None
