"""Scoring clauses with the learned model, as one of the scorers `analysis.analyze` combines.

`analyze` merges its scorers' evidence per clause and category by the strongest score and
asserts a category at `classifier.THRESHOLD` (0.5). The model's probabilities are mapped onto
that scale so that "asserted" means the same thing for both: a probability at the category's
own CV-chosen decision threshold maps to 0.5, 1 to 1, 0 to 0 (piecewise linear). So:
- the model alone is sure: a cue-less category with `source="model"` and the note
  "learned model, 0.83" (the probability itself, not the mapped score);
- the lexicon found cues too: the cues stay, the stronger of the two scores wins;
- a category the model learned badly (CV F1 < MIN_CV_F1) makes no suggestions;
- the model never vetoes the lexicon (a model trained on English has nothing to say about a
  Kazakh clause), and it never asserts "other": that stays "nothing else fits".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.clause import CategoryScore, Clause
from policylens.core.document import Document
from policylens.core.learn.hashing import joined_spans, occurrences
from policylens.core.learn.model import LearnedModel
from policylens.core.learn.paragraph_unit import overrules
from policylens.core.normalize import NormalizedText
from policylens.core.segment import Segment
from policylens.core.taxonomy import OTHER

SOURCE = "model"
# A category whose cross-validated F1 is below this makes no suggestions (it still counts for
# "next to label": more labels are exactly what it needs).
MIN_CV_F1 = 0.4
# A small model's second and third guesses for one clause are mostly noise: it adds at most
# this many categories to a clause (the lexicon adds its own besides).
MAX_PER_CLAUSE = 1
# Clauses scored per batch between progress/cancel checks.
BATCH = 256


NOTE_PREFIX = "learned model, "


def model_note(probability: float) -> str:
    return f"{NOTE_PREFIX}{probability:.2f}"


def evidence_score(probability: float, threshold: float) -> float:
    """The probability on the analysis scale: `threshold` ↦ THRESHOLD, monotone, [0, 1]."""
    threshold = min(max(threshold, 1e-6), 1 - 1e-6)
    if probability >= threshold:
        return THRESHOLD + (1 - THRESHOLD) * (probability - threshold) / (1 - threshold)
    return THRESHOLD * probability / threshold


class LearnedScorer:
    """Per-category probabilities for clauses, from a trained model; an `analyze` scorer."""

    def __init__(
        self, model: LearnedModel, excluded: frozenset[str] = frozenset(), *, vetoes: bool = True
    ) -> None:
        self.model = model
        # False: the model only adds, in every document (`paragraph_unit.wholesale`).
        self.may_veto = vetoes
        # Categories another scorer decides (the stacked model's): no suggestion, no veto.
        self.excluded = excluded
        # A paragraph model's probabilities of each clause's whole paragraph, by clause span
        # (`_paragraph_additions` fills it; `refine` vetoes by it).
        self.paragraph_probabilities: dict[tuple[int, int], dict[str, float]] = {}
        # Whether the model may veto in the document scored last (`paragraph_unit.overrules`).
        self.vetoes = True

    @property
    def categories(self) -> tuple[str, ...]:
        return self.model.categories

    def threshold(self, category: str) -> float:
        return self.model.thresholds.get(category, 0.5)

    def paragraph_veto(self, category: str) -> float:
        """The share of the threshold below which a paragraph model's "no" to a whole
        paragraph removes `category` from its clauses (see LEGACY_PARAGRAPH_VETO_SHARE)."""
        stacked = self.model.stacked
        report = stacked.reports.get(category) if stacked is not None else None
        if report is None or report.paragraph_veto is None:
            return LEGACY_PARAGRAPH_VETO_SHARE
        return report.paragraph_veto

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, the probability of every trained category."""
        return self.model.predict_proba(texts)

    def span_probabilities(
        self, normalized: NormalizedText, segments: Sequence[Segment]
    ) -> list[dict[str, float]]:
        """`probabilities` of the document's segments, read from its normalised text."""
        linear = self.model.linear
        found = occurrences(
            joined_spans(normalized, [(s.start, s.end) for s in segments]),
            len(segments),
            linear.spec,
            [s.language for s in segments],
        )
        return self.model.rows(linear.probabilities(found))

    def speaks_for(self, category: str) -> bool:
        """Whether the model is good enough at `category` to make suggestions (and another
        scorer does not decide it)."""
        return category not in self.excluded and self._learned_well(category)

    def _learned_well(self, category: str) -> bool:
        report = self.model.cv.get(category)
        return report is None or report.f1 >= MIN_CV_F1

    def asserted(self, probabilities: dict[str, float]) -> dict[str, float]:
        """The categories the model asserts, with their probabilities: of those above their
        thresholds (and learned well enough), the MAX_PER_CLAUSE most confident — less the
        ones another scorer decides (`excluded`). Those still count among the most confident:
        where the model's best guess is a category the stacked model decides, its second guess
        is no more likely to be right than without a stacked model."""
        above = {
            c: evidence_score(p, self.threshold(c))
            for c, p in probabilities.items()
            if c != OTHER and p >= self.threshold(c) and self._learned_well(c)
        }
        strongest = sorted(above, key=lambda c: -above[c])[:MAX_PER_CLAUSE]
        return {c: probabilities[c] for c in strongest if c not in self.excluded}

    def score(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]:
        """The `classifier.Scorer` protocol: evidence for the categories the model asserts."""
        self.paragraph_probabilities = {}  # of this document only
        self.vetoes = self.may_veto and overrules(self.model, segments)
        result: list[ClauseEvidence] = []
        clause_probabilities: list[dict[str, float]] = []
        for begin in range(0, len(segments), BATCH):
            if tick is not None and tick(begin / max(1, len(segments))):
                break
            batch = segments[begin : begin + BATCH]
            for probabilities in self.span_probabilities(normalized, batch):
                clause_probabilities.append(probabilities)
                result.append(
                    {
                        category: Evidence(
                            evidence_score(p, self.threshold(category)),
                            [],
                            SOURCE,
                            model_note(p),
                            by_model=True,
                        )
                        for category, p in self.asserted(probabilities).items()
                        if category != OTHER
                    }
                )
        result.extend({} for _ in range(len(segments) - len(result)))
        stacked = self.model.stacked
        if stacked is not None and stacked.unit == "paragraph":
            self._paragraph_additions(
                document.text, segments, normalized, clause_probabilities, result
            )
        return result

    def _paragraph_additions(
        self,
        text: str,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        clause_probabilities: Sequence[dict[str, float]],
        result: list[ClauseEvidence],
    ) -> None:
        """A model of paragraph labels (`StackedModel.unit`) learned what whole paragraphs are
        about: a category it finds in a paragraph of several clauses, and in none of them on
        its own, goes to the paragraph's most likely clause (by `clause_probabilities`, which
        `score` computed). (OPP-115, 3 folds, with the stacked model deciding by paragraph:
        0.739 → 0.743.)"""
        from policylens.core.paragraph_focus import paragraph_starts

        starts = paragraph_starts(text, segments)
        groups = [
            (a, b) for a, b in zip(starts, [*starts[1:], len(segments)], strict=True) if b - a > 1
        ]
        if not groups:
            return
        for (a, b), probabilities in zip(
            groups,
            self.span_probabilities(
                normalized, [replace(segments[a], end=segments[b - 1].end) for a, b in groups]
            ),
            strict=True,
        ):
            for segment in segments[a:b]:
                self.paragraph_probabilities[(segment.start, segment.end)] = probabilities
            clauses: Sequence[dict[str, float]] | None = None
            for category, p in probabilities.items():
                threshold = self.threshold(category)
                if category == OTHER or p < threshold or not self.speaks_for(category):
                    continue
                if any(category in result[i] for i in range(a, b)):
                    continue
                if clauses is None:
                    clauses = (
                        clause_probabilities[a:b]
                        if b <= len(clause_probabilities)  # (all but after a cancel)
                        else self.span_probabilities(normalized, segments[a:b])
                    )
                best = a + max(range(b - a), key=lambda i: clauses[i].get(category, 0.0))
                result[best] = {
                    **result[best],
                    category: Evidence(
                        evidence_score(p, threshold), [], SOURCE, model_note(p), by_model=True
                    ),
                }


# The model overrules a lexicon/context category when its probability is below this share of
# the category's threshold — only in a language it was trained on with enough examples.
VETO_SHARE = 0.1
MIN_LANGUAGE_EXAMPLES = 50
# A model of paragraph labels (`StackedModel.unit`) also judges each clause's whole paragraph,
# as it learned: where the paragraph's probability is below a share of the threshold, the
# paragraph is not about the category and its clauses lose it (the blend's cues, the section's
# context), though one clause alone, read out of its paragraph, may say too little for the
# clause veto above. Categories the stacked model decides are its own (`excluded`). `train`
# chooses the share per category by cross-validation on the user's labels (`veto_choice`,
# stored in the stacked report); a model saved before that uses this one, which was chosen
# on OPP-115 dev (3 document folds: none 0.719 / 0.741 / 0.751, 0.3 → 0.736 / 0.753 / 0.760,
# 0.5 → 0.705 / 0.711 / 0.755).
LEGACY_PARAGRAPH_VETO_SHARE = 0.3


def _suggested_by_itself(score: CategoryScore) -> bool:
    """The learned model's own suggestion (the shipped model's additions are `model` too, but
    the user's labels may overrule them like the lexicon's)."""
    return score.source == SOURCE and score.note.startswith(NOTE_PREFIX)


def refine(scorer: LearnedScorer, text: str, clauses: Sequence[Clause]) -> list[Clause]:
    """After `analyze`: drop the lexicon's categories the model is sure are wrong (a veto).

    `analyze` merges scorers by the strongest score, so a model can add but never remove; the
    lexicon's weakness is precision (a cue phrase out of context), which only a veto mends.
    A clause left with nothing gets "other", as `analyze` would give it.
    """
    if not scorer.vetoes:
        return list(clauses)
    model = scorer.model
    refined: list[Clause] = []
    judged = [c for c in clauses if model.language_count(c.language) >= MIN_LANGUAGE_EXAMPLES]
    probabilities = dict(
        zip(
            (id(c) for c in judged),
            scorer.probabilities([text[c.start : c.end] for c in judged]),
            strict=True,
        )
    )
    for clause in clauses:
        probs = probabilities.get(id(clause))
        if probs is None:
            refined.append(clause)
            continue
        whole = scorer.paragraph_probabilities.get((clause.start, clause.end), {})
        kept = tuple(
            s
            for s in clause.categories
            if s.id == OTHER
            or _suggested_by_itself(s)
            or s.id not in probs
            or not scorer.speaks_for(s.id)
            or (
                probs[s.id] >= VETO_SHARE * scorer.threshold(s.id)
                and whole.get(s.id, 1.0) >= scorer.paragraph_veto(s.id) * scorer.threshold(s.id)
            )
        )
        if not kept:
            p = probs.get(OTHER, 0.0)
            kept = (CategoryScore(OTHER, THRESHOLD, (), SOURCE, model_note(p)),)
        refined.append(clause if kept == clause.categories else replace(clause, categories=kept))
    return refined
