"""The user's model stacked on the shipped one: the user's labels learned together with what the
shipped blend (lexicon + shipped model) already says about each clause.

Trained side by side with the plain user model, the two tie: each knows what the other knows,
and neither knows when to defer. Stacked, the shipped blend's score per category enters the
user's model as a feature (`base:<category>`), so the user's labels teach it where the blend is
right and where it is wrong in the user's kind of policies.

The stacked model is a small logistic regression per category over the plain model's
out-of-fold decision value (from `train`'s own cross-validation, on the same rows: see
`training_rows`) and the blend's scores; saved as one `LinearModel`, its n-gram weights are the
plain model's times that regression's coefficient. Before, a second n-gram model was fitted
with the blend's scores as extra columns (and the plain model cross-validated again on its
rows): 17 liblinear fits per category instead of 6, about 6 min CPU on OPP-115's 29 policies.

Per category, cross-validated by document (a policy's clauses share its wording: spread over
folds they flatter the scores), `stack_paths` chooses how `analyze` decides it: as before (the
blend, plus the plain model's additions, less its strong vetoes), on the lexicon with the
shipped model's blend undone, or by the stacked model (it adds the category where the blend
missed it and removes it where the blend was wrong) — only in languages the user labelled
enough of (`scoring.MIN_LANGUAGE_EXAMPLES`). Few labels change nothing against the model
without a stack.

Where most of the user's labelled texts run over several clauses (an imported paragraph-level
labelling), the stacked model decides on paragraphs, as it learned (`StackedModel.unit`). On
OPP-115 (3 document folds, the same trained models): 0.739 / 0.743 / 0.714 clause by clause,
0.743 / 0.750 / 0.724 by paragraph; the categories taken over gain most (first-party
collection 0.795 → 0.821 on fold 1, data security 0.769 → 0.833 on fold 3). In a document
written a clause or a list item a line, a paragraph model only adds (`paragraph_unit`).

`analyze` applies the stack with `stacked_blender.StackedBlender`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from policylens.core.classifier import ClauseEvidence, LexiconScorer
from policylens.core.document import Document
from policylens.core.learn.examples import (
    TrainingExample,
    documents_of,
)
from policylens.core.learn.linear import LinearModel
from policylens.core.learn.model import LearnedModel, StackedModel, StackedReport
from policylens.core.learn.shipped import ShippedModel
from policylens.core.learn.stack_inputs import (
    BASE_PREFIX,
    dense_columns,
    stacking_features,
)
from policylens.core.learn.stack_paths import (
    BLEND,
    LEXICON,
    MIN_POSITIVES,
    STACKED,
    chosen_path,
)
from policylens.core.normalize import NormalizedText, normalize_for_matching
from policylens.core.segment import Segment, segment

if TYPE_CHECKING:
    from policylens.core.learn.training import CategoryFit

__all__ = ["BASE_PREFIX", "MIN_POSITIVES", "stacking_features"]

# The stacked model's threshold favours precision (F-beta, beta < 1): where it takes a category
# over, its "yes" replaces the blend's (by F1 it scored lower on OPP-115's folds: see README).
STACKED_THRESHOLD_BETA = 0.5
# (β chosen per category by nested grouped CV on the user's labels — each fold decided at the
# F_β-best threshold of the other folds, of 0.5 and 1 — was tried: OPP-115's three folds
# 0.765 / 0.772 / 0.788 → 0.766 / 0.770 / 0.772; it chose 1 for most takeovers.)
# Whether a new stacked model reads the shipped model's probabilities besides the blend's
# scores (`stack_inputs`).
SHIPPED_FEATURES = True
# Texts read as one document when the blend scores them: memory follows this, not the library.
BASE_BATCH = 5000
# (The plain model deciding a category against the blend, `stack_paths.USER`, was tried: on
# OPP-115's quick fold it took first-party collection and user choice and scored 0.727
# against 0.736 without it. A saved model deciding so is still read and applied.)
SOURCE = "model"
# A model whose positive labels are mostly texts of this many clauses or more decides on
# paragraphs (see StackedBlender).
PARAGRAPH_CLAUSES = 2
# It overrules the blend's category only when its probability is below this share of its
# threshold: it learned from labelled paragraphs and decides clause by clause, where a clause
# of a positive paragraph may say less than the paragraph (measured: 1.0 lost a third of the
# recall on OPP-115, 0.5 kept it).
VETO_SHARE = 0.5

Progress = Callable[[int, int, str], None]
FloatMatrix = npt.NDArray[np.float64]


def shipped_identity(shipped: ShippedModel) -> str:
    """A short fingerprint of the shipped model (its per-category numbers change whenever it
    is trained again): a stacked model is used only on the model it was stacked on."""
    linear = shipped.linear
    digest = hashlib.sha256("\n".join(linear.categories).encode())
    for array in (linear.dense, linear.intercept, linear.platt_a, linear.platt_b):
        digest.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    return digest.hexdigest()[:16]


def base_matrix(evidence: Sequence[ClauseEvidence], categories: Sequence[str]) -> FloatMatrix:
    """(clauses × categories): the blend's score of each category, 0 where it has none."""
    column = {c: i for i, c in enumerate(categories)}
    values = np.zeros((len(evidence), len(categories)), dtype=np.float64)
    for row, clause in enumerate(evidence):
        for category, found in clause.items():
            index = column.get(category)
            if index is not None:
                values[row, index] = found.score
    return values


def blended(
    document: Document, shipped: ShippedModel
) -> tuple[list[Segment], NormalizedText, list[ClauseEvidence], FloatMatrix, list[ClauseEvidence]]:
    """The document's segments, their evidence as `analyze` blends it before context, the
    shipped model's probabilities (`stack_inputs`) and the lexicon's evidence before the
    blend."""
    segments = segment(document)
    normalized = normalize_for_matching(document.text)
    evidence = LexiconScorer().score(document, segments, normalized)
    blend, probabilities = shipped.blend_reading(document, segments, normalized, evidence)
    return segments, normalized, blend, probabilities, evidence


@dataclass(frozen=True)
class BaseReading:
    """What the shipped blend makes of each training text (rows; columns: the shipped model's
    categories), read by `text_base_scores`."""

    # The blend's strongest score of each category over the text's clauses (`analyze` gives a
    # paragraph a category when one of its clauses has it): the stacked model's features.
    scores: FloatMatrix
    # The shipped model's strongest probability of each category.
    probabilities: FloatMatrix
    # How many clauses each text has.
    clauses: npt.NDArray[np.int64]
    # Whether `analyze` shows the category on one of the text's clauses, with the shipped
    # blend and without it (the lexicon alone): after its own rules (the "not" tier, the
    # paragraph focus, definitions), which the raw scores know nothing of. A heading's section
    # context is left out: here the texts are each other's neighbours, not a policy's.
    shown: npt.NDArray[np.bool_]
    shown_by_lexicon: npt.NDArray[np.bool_]


def text_base_scores(
    texts: Sequence[str], shipped: ShippedModel, categories: Sequence[str]
) -> BaseReading:
    """The shipped blend's reading of `texts` (`BaseReading`; `categories` are the shipped
    model's). The texts are read as documents of `BASE_BATCH` paragraphs, one paragraph each:
    few passes, a bounded document in memory, and no training text is taken for a document's
    title."""
    from policylens.core.analysis import apply_context

    values = np.zeros((len(texts), len(categories)), dtype=np.float64)
    shipped_p = np.zeros((len(texts), len(shipped.linear.categories)), dtype=np.float64)
    clauses = np.zeros(len(texts), dtype=np.int64)
    shown = np.zeros((len(texts), len(categories)), dtype=bool)
    shown_by_lexicon = np.zeros_like(shown)
    column = {c: i for i, c in enumerate(categories)}
    for begin in range(0, len(texts), BASE_BATCH):
        pieces = [" ".join(t.split()) for t in texts[begin : begin + BASE_BATCH]]
        starts, at = [], 0
        for piece in pieces:
            starts.append(at)
            at += len(piece) + 2
        document = Document.from_text("\n\n".join(pieces) + "\n", title="", format="txt")
        segments, _, evidence, probabilities, cues = blended(document, shipped)
        rows = base_matrix(evidence, categories)
        owners = [begin + bisect_right(starts, seg.start) - 1 for seg in segments]
        for at, owner in enumerate(owners):
            np.maximum(values[owner], rows[at], out=values[owner])
            np.maximum(shipped_p[owner], probabilities[at], out=shipped_p[owner])
            clauses[owner] += 1
        for found, read in ((shown, evidence), (shown_by_lexicon, cues)):
            analysed = apply_context(document.text, segments, read)
            for owner, clause in zip(owners, analysed, strict=True):
                for score in clause.categories:
                    if score.source != "context" and score.id in column:
                        found[owner, column[score.id]] = True
    return BaseReading(values, shipped_p, clauses, shown, shown_by_lexicon)


def labelled_unit(clauses: npt.NDArray[np.int64]) -> str:
    """ "paragraph" when most labelled texts (their clause counts) run over several clauses."""
    return (
        "paragraph" if len(clauses) and float(np.median(clauses)) >= PARAGRAPH_CLAUSES else "clause"
    )


def _scores(labels: npt.NDArray[np.bool_], predicted: npt.NDArray[np.bool_]) -> tuple[float, ...]:
    from policylens.core.learn.linear_training import scores

    return scores(labels, predicted)


def _as_analyzed(
    labels: npt.NDArray[np.bool_],
    base_on: npt.NDArray[np.bool_],
    probabilities: npt.NDArray[np.float64],
    threshold: float,
    unit: str,
) -> tuple[float, float, float | None]:
    """Cross-validated F1 of what `analyze` makes of a category from the blend's decisions and
    the plain model's out-of-fold probabilities: without a takeover (the blend's, plus the
    plain model's additions, less its strong vetoes) and with the plain model deciding it; and,
    for a paragraph model, the paragraph veto share that scores best (`veto_choice`: the rows
    are the labelled paragraphs, so their probabilities are the ones a paragraph's "no" reads).

    The takeover test keeps comparing with the clause veto alone: judged against the blend
    vetoed at the chosen share, no category was taken over on OPP-115's folds, and the
    held-out figures fell (0.759 / 0.747 / 0.700 → 0.745 / 0.749 / 0.689): on its own
    training rows the veto looks better than it does on new policies."""
    from policylens.core.learn.scoring import VETO_SHARE as PLAIN_VETO_SHARE
    from policylens.core.learn.veto_choice import best_veto_share, vetoed_decisions

    combined = vetoed_decisions(base_on, probabilities, threshold, PLAIN_VETO_SHARE)
    deciding = vetoed_decisions(base_on, probabilities, threshold, VETO_SHARE)
    paragraph_share = (
        best_veto_share(labels, base_on, probabilities, threshold)[0]
        if unit == "paragraph"
        else None
    )
    return _scores(labels, combined)[2], _scores(labels, deciding)[2], paragraph_share


def train_stacked(
    model: LearnedModel,
    fits: dict[str, CategoryFit],
    shipped: ShippedModel,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StackedModel:
    """The stacked model for the categories `model` was trained on: per category, a logistic
    regression over the user model's out-of-fold decision value and the blend's scores,
    cross-validated on the same rows and document folds (`fits`, from `train_with_fits`)."""
    from scipy.sparse import csr_matrix

    from policylens.core.learn.linear_training import FittedCategory, fit_category
    from policylens.core.learn.training import (
        FEATURES,
        REGULARISATION_C,
        TrainingCancelled,
    )

    categories = [c for c in model.categories if c in fits]
    total = 1 + len(categories)
    done = 0

    def step(message: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise TrainingCancelled("Training was cancelled; the previous model is kept.")

    base_categories = list(shipped.linear.categories)
    texts = sorted({e.text for c in categories for e in fits[c].items})
    reading = text_base_scores(texts, shipped, base_categories)
    base, shipped_p, clause_counts = reading.scores, reading.probabilities, reading.clauses
    labelled = {e.text for c in categories for e in fits[c].items if e.positive}
    unit = labelled_unit(clause_counts[[i for i, t in enumerate(texts) if t in labelled]])
    row_of = {text: row for row, text in enumerate(texts)}
    del texts
    step("the shipped model's scores")

    plain = model.linear
    count = len(categories)
    hashed = np.zeros((count, FEATURES.buckets), dtype=np.float32)
    dense_names = dense_columns(base_categories, SHIPPED_FEATURES)
    dense = np.zeros((count, len(dense_names)), dtype=np.float32)
    intercept, platt_a, platt_b, thresholds = (np.zeros(count, dtype=np.float32) for _ in "abcd")
    reports: dict[str, StackedReport] = {}
    for index, category in enumerate(categories):
        fit = fits[category]
        at = [row_of[e.text] for e in fit.items]
        labels = fit.labels
        features = stacking_features(
            fit.fitted.out_of_fold_decisions, base[at], shipped_p[at] if SHIPPED_FEATURES else None
        )

        def fit_stack(features: FloatMatrix, fit: CategoryFit = fit) -> FittedCategory:
            return fit_category(
                csr_matrix(features),
                fit.labels,
                fit.weights,
                c=REGULARISATION_C,
                beta=STACKED_THRESHOLD_BETA,
                groups=documents_of(fit.items),
                # The user model's folds (the same rows, labels and groups split the same way).
                folds=fit.fitted.folds,
            )

        fitted = fit_stack(features)
        if fitted.coefficients[0] < 0 and features[:, 1:].any():
            # The user model's "yes" counting for "no" (few labels, noisy out-of-fold scores)
            # is no model to keep: the blend's scores alone, then.
            features[:, 0] = 0.0
            fitted = fit_stack(features)
        if category in base_categories:
            shown = reading.shown[at, base_categories.index(category)]
            shown_by_lexicon = reading.shown_by_lexicon[at, base_categories.index(category)]
            base_p, base_r, base_f1 = _scores(labels, shown)
        else:
            shown = shown_by_lexicon = np.zeros(len(at), dtype=bool)
            base_p = base_r = base_f1 = 0.0
        # The user model cross-validated on the same rows and folds: what `analyze` makes of
        # the category without a takeover (`scoring`), on the blend or on the lexicon alone.
        probabilities, threshold = fit.fitted.out_of_fold, fit.fitted.threshold
        combined_f1, _, paragraph_veto = _as_analyzed(labels, shown, probabilities, threshold, unit)
        lexicon_f1, _, lexicon_veto = _as_analyzed(
            labels, shown_by_lexicon, probabilities, threshold, unit
        )
        # The stacked decision is the user model's, scaled, plus the blend's scores: as one
        # linear model, the user model's n-gram weights times its coefficient.
        scale = max(0.0, float(fitted.coefficients[0]))
        own = plain.categories.index(category)
        hashed[index] = plain.hashed[own] * scale
        dense[index] = fitted.coefficients[1:]
        intercept[index] = float(plain.intercept[own]) * scale + fitted.intercept
        platt_a[index], platt_b[index] = fitted.platt_a, fitted.platt_b
        thresholds[index] = fitted.threshold
        positives = int(labels.sum())
        paths = {BLEND: combined_f1, LEXICON: lexicon_f1, STACKED: fitted.f1}
        # A way must beat the blend with or without the plain model's additions and vetoes.
        candidates = {**paths, BLEND: max(base_f1, combined_f1)}
        if fitted.coefficients[0] < 0:  # nothing to decide with (no blend scores either)
            del candidates[STACKED]
        path = chosen_path(category, positives, candidates)
        if path == LEXICON:
            paragraph_veto = lexicon_veto
        reports[category] = StackedReport(
            category,
            positives,
            fit.fitted.f1,
            base_f1,
            base_p,
            base_r,
            fitted.f1,
            fitted.precision,
            fitted.recall,
            fitted.threshold,
            path == STACKED,
            "stacked",
            paragraph_veto,
            path == LEXICON,
            paths,
        )
        step(f"{category} (stacked)")
    linear = LinearModel(
        spec=FEATURES,
        categories=tuple(categories),
        hashed=hashed.astype(np.float16).astype(np.float32),
        idf=plain.idf,
        dense_names=dense_names,
        dense=dense,
        intercept=intercept,
        platt_a=platt_a,
        platt_b=platt_b,
        thresholds=thresholds,
    )
    return StackedModel(linear, reports, shipped_identity(shipped), unit)


def train_with_stack(
    examples: Sequence[TrainingExample],
    *,
    shipped: ShippedModel | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LearnedModel:
    """`training.train`, then the same labels stacked on the shipped model (`shipped`, or the
    one `analyze` uses when there is one): what `policylens train` and the window save."""
    from policylens.core.learn.location import shipped_enabled
    from policylens.core.learn.shipped import load_shipped
    from policylens.core.learn.training import train_with_fits

    if shipped is None and shipped_enabled():
        shipped = load_shipped()
    # Progress: the plain model fills the first half of the bar, the stacked one the second.
    half = 1 if shipped is None else 2

    def first(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done * 1000 // (total * half), 1000, message)

    def second(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(500 + done * 500 // total, 1000, message)

    model, fits = train_with_fits(examples, progress=first, cancelled=cancelled)
    if shipped is not None:
        model.stacked = train_stacked(model, fits, shipped, progress=second, cancelled=cancelled)
    return model
