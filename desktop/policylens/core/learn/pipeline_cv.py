"""Judging the ways of deciding a category (`stack_paths`) by what `analyze` really shows.

`train` compares, per category, the blend with the user model's additions and vetoes, the
lexicon way and the stacked model. Scored on stand-ins (each labelled text read alone, the
out-of-fold probabilities of the text, not of its clauses and paragraphs), the ways were
misjudged: on OPP-115's first fold the blend's stand-in scored 0.349 for user choice where
`analyze` held out scored 0.667, and the stacked model took the category over.

So where the labelled documents are at hand and few (`MAX_DOCUMENTS`), the cross-validation
runs the real pipeline: every category is cross-validated on the same document folds
(`document_folds`, `shared_folds.shared_splits`), each fold's models are kept, and each
held-out training document is analysed as `analyze` would with that fold's models, once per
way; a labelled
text gets the categories of the clauses that make up at least half of it or lie half in it,
and each way's F1 is counted over the category's labelled and implicit rows, as before. Only
the user's models are refitted per fold (no extra fit: the folds are the cross-validation's
own); the shipped model is the same throughout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from policylens.core.document import Document
from policylens.core.learn.examples import TrainingExample

if TYPE_CHECKING:
    from policylens.core.clause import Clause
    from policylens.core.learn.linear import LinearModel
    from policylens.core.learn.model import LearnedModel, StackedModel
    from policylens.core.learn.shipped import ShippedModel
    from policylens.core.learn.training import CategoryFit

# More labelled documents than this are judged on the stand-ins (`stacked`): each document is
# analysed four times per training, which on 200 documents would double `train`'s time.
MAX_DOCUMENTS = 40
# Whether `train` judges the ways by the real pipeline at all (see the module doc and README:
# on OPP-115's three folds it has not yet beaten the stand-ins, so it stays off by default).
ENABLED = False
FOLDS = 5
# The ways compared, and the shipped blend without the user's model ("shipped").
SHIPPED = "shipped"

FloatArray = npt.NDArray[np.float64]
FoldModel = tuple[FloatArray, float]


def document_folds(
    examples: Sequence[TrainingExample], documents: Callable[[str], Document | None]
) -> tuple[dict[str, int], dict[str, Document]] | None:
    """A cross-validation fold for each labelled document (a fixed shuffle, `FOLDS` or fewer)
    and the documents themselves; None where the pipeline cannot be run: fewer than three
    documents, more than `MAX_DOCUMENTS`, or one of them gone from the library."""
    if not ENABLED:
        return None
    names = sorted({e.document for e in examples if e.document})
    if not 3 <= len(names) <= MAX_DOCUMENTS:
        return None
    loaded: dict[str, Document] = {}
    for name in names:
        document = documents(name)
        if document is None:
            return None
        loaded[name] = document
    count = min(FOLDS, len(names))
    order = np.random.default_rng(0).permutation(len(names))
    return {names[int(i)]: at % count for at, i in enumerate(order)}, loaded


def _fold_linear(final: LinearModel, rows: dict[int, FoldModel], scale: float = 1.0) -> Any:
    """`final` with the rows (categories) of `rows` replaced by a fold's model."""
    hashed = final.hashed.copy()
    intercept = final.intercept.copy()
    for index, (coefficients, constant) in rows.items():
        hashed[index] = coefficients * final.idf * scale
        intercept[index] = constant
    return replace(final, hashed=hashed, intercept=intercept)


def _predicted(span: tuple[int, int], clauses: Sequence[Clause]) -> set[str]:
    """The categories of the clauses that lie at least half in `span` or fill half of it."""
    a, b = span
    found: set[str] = set()
    for clause in clauses:
        overlap = min(b, clause.end) - max(a, clause.start)
        if overlap > 0 and 2 * overlap >= min(clause.end - clause.start, b - a):
            found.update(score.id for score in clause.categories)
    return found


def pipeline_figures(
    model: LearnedModel,
    stacked: StackedModel,
    fits: dict[str, CategoryFit],
    stack_folds: dict[str, list[tuple[FloatArray, float]]],
    shipped: ShippedModel,
    fold_of: dict[str, int],
    documents: dict[str, Document],
    ways: Sequence[str],
    step: Callable[[str], None],
    analyse: Callable[[Document, LearnedModel | None], Sequence[Clause]],
) -> dict[str, dict[str, tuple[float, float, float]]]:
    """Per category (those cross-validated on the shared folds), the precision, recall and F1
    of each way of `ways` (`stack_paths`) and of the shipped blend alone (`SHIPPED`), as
    `analyze` shows the held-out training documents with each fold's models (`analyse`:
    `apply.analyze_with` on the shipped model, handed in by `stacked`)."""
    from policylens.core.learn.stack_paths import LEXICON, STACKED

    categories = [c for c in stacked.reports if fits[c].splits is not None and c in stack_folds]
    if not categories:
        return {}
    plain_index = {c: model.linear.categories.index(c) for c in categories}
    stacked_index = {c: stacked.linear.categories.index(c) for c in categories}
    counts = {(way, c): [0, 0, 0] for way in (*ways, SHIPPED) for c in categories}
    folds = max(fold_of.values()) + 1

    def reports_for(way: str) -> dict[str, Any]:
        return {
            c: replace(
                r,
                takeover=way == STACKED and c in categories,
                decider="stacked",
                without_shipped=way == LEXICON and c in categories,
            )
            for c, r in stacked.reports.items()
        }

    rows_of: dict[str, list[tuple[str, TrainingExample]]] = {}
    for c in categories:
        for e in fits[c].items:
            if e.document in documents:
                rows_of.setdefault(e.document, []).append((c, e))
    for fold in range(folds):
        plain = _fold_linear(
            model.linear,
            {plain_index[c]: fits[c].fitted.fold_models[fold] for c in categories},
        )
        stack_rows = stacked.linear.hashed.copy()
        stack_dense = stacked.linear.dense.copy()
        stack_intercept = stacked.linear.intercept.copy()
        for c in categories:
            coefficients, constant = stack_folds[c][fold]
            scale = max(0.0, float(coefficients[0]))
            stack_rows[stacked_index[c]] = plain.hashed[plain_index[c]] * scale
            stack_dense[stacked_index[c]] = coefficients[1:]
            stack_intercept[stacked_index[c]] = (
                float(plain.intercept[plain_index[c]]) * scale + constant
            )
        stacked_linear = replace(
            stacked.linear, hashed=stack_rows, dense=stack_dense, intercept=stack_intercept
        )
        models: dict[str, LearnedModel | None] = {SHIPPED: None}
        for way in ways:
            models[way] = replace(
                model,
                linear=plain,
                stacked=replace(stacked, linear=stacked_linear, reports=reports_for(way)),
            )
        for name, owner in sorted(fold_of.items()):
            if owner != fold or name not in rows_of:
                continue
            document = documents[name]
            spans: dict[str, tuple[int, int] | None] = {}
            for _, e in rows_of[name]:
                if e.text not in spans:
                    at = document.text.find(e.text)
                    spans[e.text] = None if at < 0 else (at, at + len(e.text))
            for way, with_model in models.items():
                clauses = analyse(document, with_model)
                for c, e in rows_of[name]:
                    span = spans[e.text]
                    said = span is not None and c in _predicted(span, clauses)
                    tally = counts[(way, c)]
                    if said and e.positive:
                        tally[0] += 1
                    elif said:
                        tally[1] += 1
                    elif e.positive:
                        tally[2] += 1
        step(f"analysis, fold {fold + 1} of {folds}")
    figures: dict[str, dict[str, tuple[float, float, float]]] = {}
    for (way, c), (tp, fp, fn) in counts.items():
        figures.setdefault(c, {})[way] = (
            tp / (tp + fp) if tp else 0.0,
            tp / (tp + fn) if tp else 0.0,
            2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        )
    return figures
