"""The comparison as worker-thread work: analyse (when needed), align, carry annotations over,
cut both panes' highlight spans. Everything here is plain Python; the view applies the result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from policylens.core.anchoring import TextQuote, anchor
from policylens.core.clause import Clause
from policylens.core.compare import Comparison, compare
from policylens.core.document import Document
from policylens.view.clauses import ClauseLayer
from policylens.view.compare_marks import (
    CarriedAnnotation,
    ColourBy,
    block_spans,
    pane_marks,
)
from policylens.view.offsets import QtOffsets
from policylens.view.spans import BlockSpans

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CompareRequest:
    a: Document
    b: Document
    mode: str | None  # None: the suggested one
    colors: dict[str, str]
    hidden: set[str]
    colour_by: ColourBy | None  # None: by changes, except categories in policies mode
    clauses_a: Sequence[Clause] | None = None
    clauses_b: Sequence[Clause] | None = None
    annotations_a: Sequence[Any] = ()  # store.annotations.Annotation of A (versions mode)
    # The panes' offset maps, made when they were given the documents (None: made here).
    offsets_a: QtOffsets | None = None
    offsets_b: QtOffsets | None = None
    use_model: bool = True  # the user's learned model too ("Use Learned Model")


@dataclass(frozen=True)
class CompareResult:
    request: CompareRequest
    comparison: Comparison
    colour_by: ColourBy
    clauses_a: list[Clause]
    clauses_b: list[Clause]
    layer_a: ClauseLayer
    layer_b: ClauseLayer
    spans_a: BlockSpans
    spans_b: BlockSpans
    carried: list[CarriedAnnotation] = field(default_factory=list)
    unplaced: int = 0


def analyse(document: Document, use_model: bool = True) -> list[Clause]:
    """The clauses the reader shows for `document` (the shipped model, and the user's when
    `use_model`): with the lexicon alone a clause of the reader's International and specific
    audiences was Data security in the compare pane, and the counts differed."""
    from policylens.core.learn.apply import analyze_with_model

    return analyze_with_model(document, use_model=use_model, use_shipped=True)


def run_compare(
    request: CompareRequest, progress: Progress, cancelled: Callable[[], bool]
) -> CompareResult | None:
    a, b = request.a, request.b
    progress(0, 4)
    use_model = request.use_model
    clauses_a = list(request.clauses_a) if request.clauses_a is not None else analyse(a, use_model)
    progress(1, 4)
    if cancelled():
        return None
    clauses_b = list(request.clauses_b) if request.clauses_b is not None else analyse(b, use_model)
    progress(2, 4)
    if cancelled():
        return None
    # The engine needs clauses for both sides or neither (a version diff cuts both alike).
    both = bool(clauses_a) and bool(clauses_b)
    comparison = compare(
        a,
        b,
        request.mode,
        clauses_a if both else None,
        clauses_b if both else None,
        analyse=False,
    )
    progress(3, 4)
    colour_by: ColourBy = request.colour_by or (
        "categories" if comparison.mode == "policies" else "changes"
    )
    carried: list[CarriedAnnotation] = []
    unplaced = 0
    if comparison.mode == "versions" and request.annotations_a:
        carried, unplaced = carry_annotations(comparison, a, b, request.annotations_a)
    offsets_a = request.offsets_a if request.offsets_a is not None else QtOffsets(a.text)
    offsets_b = request.offsets_b if request.offsets_b is not None else QtOffsets(b.text)
    marks_a = pane_marks(comparison, "a", clauses_a, request.colors, request.hidden, colour_by)
    marks_b = pane_marks(
        comparison, "b", clauses_b, request.colors, request.hidden, colour_by, carried
    )
    result = CompareResult(
        request,
        comparison,
        colour_by,
        clauses_a,
        clauses_b,
        ClauseLayer(a.text, clauses_a, offsets_a),
        ClauseLayer(b.text, clauses_b, offsets_b),
        block_spans(a.text, marks_a.all(), offsets_a),
        block_spans(b.text, marks_b.all(), offsets_b),
        carried,
        unplaced,
    )
    progress(4, 4)
    return result


def carry_annotations(
    comparison: Comparison, a: Document, b: Document, annotations: Sequence[Any]
) -> tuple[list[CarriedAnnotation], int]:
    """Place A's annotations on B through the alignment: inside the counterpart of the clause
    they sit in (same offset when the clause is unchanged, else the quote is anchored near
    there). Annotations in removed clauses are not placed; their number is returned."""
    pairs = sorted(
        (p for p in comparison.pairs if p.a is not None and p.b is not None),
        key=lambda p: p.a or (0, 0),
    )
    carried: list[CarriedAnnotation] = []
    unplaced = 0
    for note in annotations:
        start, end = int(note.start), int(note.end)
        pair = next((p for p in pairs if p.a and p.a[0] <= start < p.a[1]), None)
        if pair is None or pair.a is None or pair.b is None:
            unplaced += 1
            continue
        shifted = pair.b[0] + (start - pair.a[0])
        length = end - start
        category = str(getattr(note, "category", "") or "")
        text = str(getattr(note, "note", "") or "")
        if b.text[shifted : shifted + length] == a.text[start:end]:
            carried.append(CarriedAnnotation(shifted, shifted + length, category, text, "pair"))
            continue
        selector = TextQuote(
            a.text[start:end], str(getattr(note, "prefix", "")), str(getattr(note, "suffix", ""))
        )
        placement = anchor(b.text, selector, hint=shifted)
        if placement is None:
            unplaced += 1
        else:
            carried.append(
                CarriedAnnotation(placement.start, placement.end, category, text, placement.how)
            )
    return carried, unplaced
