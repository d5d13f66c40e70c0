"""The user's stacked model at work in `analyze` (`learn.apply`): whether a saved stack fits
the shipped model in use (`usable_on`), and the blender that lets it decide the categories it
took over (`StackedBlender`). Training it is `stacked`'s."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from policylens.core.analysis import HEADING_THRESHOLD
from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.document import Document
from policylens.core.learn.hashing import joined_spans, occurrences
from policylens.core.learn.model import LearnedModel, StackedModel
from policylens.core.learn.paragraph_unit import overrules
from policylens.core.learn.scoring import MIN_LANGUAGE_EXAMPLES, evidence_score, model_note
from policylens.core.learn.shipped import VETOED_SCORE, ShippedModel
from policylens.core.learn.stack_inputs import BASE_PREFIX, dense_columns, reads_shipped
from policylens.core.learn.stacked import SOURCE, VETO_SHARE, base_matrix, shipped_identity
from policylens.core.normalize import NormalizedText
from policylens.core.segment import Segment

FloatMatrix = npt.NDArray[np.float64]


def usable_on(model: LearnedModel, shipped: ShippedModel | None) -> StackedModel | None:
    """The model's stacked part when it was stacked on this shipped model, else None."""
    stacked = model.stacked
    if stacked is None or shipped is None or not (stacked.takeover or stacked.without_shipped):
        return None
    if stacked.shipped_id != shipped_identity(shipped):
        return None
    names = stacked.linear.dense_names
    usable = (dense_columns(shipped.linear.categories, w) for w in (False, True))
    return stacked if names in usable else None


class StackedBlender:
    """An `analyze` blender in the shipped one's place: the shipped model blends the lexicon's
    evidence, then in the categories the stacked model took over, and in the languages the user
    labelled, the stacked model's decision replaces the blend's. (It runs the shipped blend
    itself: the stacked model may read the shipped model's probabilities, which need the
    lexicon's evidence from before the blend.)

    A model of paragraph labels (`StackedModel.unit`) decides on each paragraph as a whole, as
    it learned: a clause of a positive paragraph may say little of its practice on its own.
    The category goes to the paragraph's clauses the model or the blend finds it in (to its
    most likely clause when none), and a "no" removes it from every clause of the paragraph.
    """

    def __init__(
        self,
        model: LearnedModel,
        stacked: StackedModel,
        shipped: ShippedModel,
        *,
        vetoes: bool = True,
    ) -> None:
        self.model = model
        # False: the model only adds, in every document (`paragraph_unit.wholesale`).
        self.may_veto = vetoes
        self.stacked = stacked
        self.shipped = shipped
        linear = stacked.linear
        self._base_categories = [
            n[len(BASE_PREFIX) :] for n in linear.dense_names if n.startswith(BASE_PREFIX)
        ]
        self._reads_shipped = reads_shipped(linear.dense_names)
        plain = model.linear.categories
        # (from the user model alone?, its column, category, threshold) per category taken over.
        self._takeover: list[tuple[bool, int, str, float]] = []
        for index, category in enumerate(linear.categories):
            report = stacked.reports.get(category)
            if report is None or not report.takeover:
                continue
            if report.decider == "user" and category in plain and model.linear.spec == linear.spec:
                column = plain.index(category)
                threshold = float(model.linear.thresholds[column])
                self._takeover.append((True, column, category, threshold))
            else:
                self._takeover.append((False, index, category, float(linear.thresholds[index])))
        self._by_user = any(entry[0] for entry in self._takeover)
        self._without_shipped = stacked.without_shipped

    def _probabilities(
        self,
        normalized: NormalizedText,
        spans: Sequence[tuple[int, int]],
        languages: Sequence[str],
        base: FloatMatrix,
    ) -> tuple[FloatMatrix, FloatMatrix]:
        """The stacked model's and the plain model's probabilities of each span."""
        linear = self.stacked.linear
        found = occurrences(joined_spans(normalized, spans), len(spans), linear.spec, languages)
        stacked = linear.probabilities(found, base)
        # The plain model reads the same n-grams (one feature spec for both).
        alone = self.model.linear.probabilities(found) if self._by_user else stacked
        return stacked, alone

    def blend(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        evidence: Sequence[ClauseEvidence],
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]:
        cues = evidence
        evidence, probabilities = self.shipped.blend_reading(
            document, segments, normalized, evidence, tick=tick
        )
        result = list(evidence)
        rows = [
            i
            for i, s in enumerate(segments)
            if self.model.language_count(s.language) >= MIN_LANGUAGE_EXAMPLES
        ]
        if rows and self._without_shipped:
            _undo_blend(result, cues, rows, self._without_shipped)
        if not rows or not self._takeover:
            return result
        base = base_matrix([evidence[i] for i in rows], self._base_categories)
        if self._reads_shipped:
            base = np.column_stack([base, probabilities[rows]])
        clause_p = self._probabilities(
            normalized,
            [(segments[i].start, segments[i].end) for i in rows],
            [segments[i].language for i in rows],
            base,
        )
        if self.stacked.unit == "paragraph":
            groups = _paragraphs(document.text, segments, rows)
            group_p = self._probabilities(
                normalized,
                [(segments[rows[g[0]]].start, segments[rows[g[-1]]].end) for g in groups],
                [segments[rows[g[0]]].language for g in groups],
                # As in training: a paragraph's blend score (and shipped probability) is its
                # strongest clause's.
                np.array([base[g].max(axis=0) for g in groups]).reshape(len(groups), -1),
            )
        else:
            groups, group_p = [[position] for position in range(len(rows))], clause_p
        # A paragraph model does not veto in a document written a clause a line (paragraph_unit).
        vetoes = self.may_veto and overrules(self.model, segments)
        for by_user, index, category, threshold in self._takeover:
            at = 1 if by_user else 0
            for group, p in zip(groups, group_p[at][:, index].tolist(), strict=True):
                if p >= threshold:
                    self._assert(
                        result, rows, group, clause_p[at][:, index], category, threshold, p
                    )
                elif vetoes and p < VETO_SHARE * threshold:
                    for position in group:
                        row = rows[position]
                        # A heading asserts from HEADING_THRESHOLD: a veto must bring it below
                        # that too.
                        limit = HEADING_THRESHOLD if segments[row].kind == "heading" else THRESHOLD
                        current = result[row].get(category)
                        if current is not None and current.score >= limit:
                            own = float(clause_p[at][position, index])
                            vetoed = min(evidence_score(own, threshold), VETOED_SCORE)
                            result[row] = {
                                **result[row],
                                category: Evidence(
                                    vetoed,
                                    list(current.cues),
                                    current.source,
                                    model_note(own),
                                    by_model=True,
                                ),
                            }
        return result

    def _assert(
        self,
        result: list[ClauseEvidence],
        rows: Sequence[int],
        group: Sequence[int],
        clause_p: npt.NDArray[np.float64],
        category: str,
        threshold: float,
        p: float,
    ) -> None:
        """`category` asserted by the model (probability `p`) on the clauses of `group`: those
        it finds it in on their own, as a clause model would; where neither they nor the blend
        have it, its most likely clause (a paragraph's practice is highlighted somewhere)."""
        chosen = [q for q in group if clause_p[q] >= threshold]
        fallback = not chosen and not any(
            (current := result[rows[q]].get(category)) is not None and current.score >= THRESHOLD
            for q in group
        )
        if fallback:
            chosen = [max(group, key=lambda q: float(clause_p[q]))]
        for position in chosen:
            row = rows[position]
            current = result[row].get(category)
            own = p if fallback else float(clause_p[position])
            score = evidence_score(own, threshold)
            if current is not None and current.score >= max(score, THRESHOLD):
                continue
            cues = list(current.cues) if current is not None else []
            result[row] = {
                **result[row],
                category: Evidence(
                    score, cues, "lexicon" if cues else SOURCE, model_note(own), by_model=True
                ),
            }


def _undo_blend(
    result: list[ClauseEvidence],
    cues: Sequence[ClauseEvidence],
    rows: Sequence[int],
    categories: frozenset[str],
) -> None:
    """In `categories`, the lexicon's evidence (`cues`) back in place of the blend's, on the
    clauses of `rows`: as `analyze` has it without the shipped model (`stack_paths.LEXICON`)."""
    for row in rows:
        blend, lexicon = result[row], cues[row]
        if all(blend.get(c) is lexicon.get(c) for c in categories):
            continue
        kept = {c: e for c, e in blend.items() if c not in categories}
        result[row] = kept | {c: e for c, e in lexicon.items() if c in categories}


def _paragraphs(text: str, segments: Sequence[Segment], rows: Sequence[int]) -> list[list[int]]:
    """`rows` (indexes of segments) grouped by paragraph, as positions in `rows`."""
    from policylens.core.paragraph_focus import paragraph_starts

    starts = paragraph_starts(text, segments)
    groups: dict[int, list[int]] = {}
    for position, row in enumerate(rows):
        groups.setdefault(bisect_right(starts, row), []).append(position)
    return list(groups.values())
