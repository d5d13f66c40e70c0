"""The shipped model (`resources/models/clauses/`), blended with the lexicon in `analyze`.

Trained by `make model` on the project's own corpus only (see `build_shipped`), stored like the
user's model (JSON + NumPy arrays, no pickle), loaded on first use — on the analysis worker,
never at window start — and kept for the process.

Blending: the model reads each clause's hashed n-grams plus the lexicon's cue scores (one dense
feature per category), so its calibrated probability weighs the cues against the words around
them. For a clause in a language the model was trained on, per category:
- the lexicon found cues: they stay (score and reason), unless the model's probability is below
  VETO_SHARE of the category's threshold — then the model overrules them (a cue out of
  context: "security" in a sentence about something else);
- no cue, or only weak ones: the model adds the category (or raises its score) when its
  probability reaches both the threshold and ADD_MIN_PROBABILITY — the reason is the cue
  phrases if any, "model, 0.83" otherwise.
Replacing the lexicon's evidence by the model's outright scored higher on the corpus dev split
(macro-F1 0.80 against 0.67) but lower on real policies (OPP-115 dev 0.61 against 0.67, the
five samples 0.73 against 0.79): the corpus is written by the team, the policies users open
are not, and the lexicon's cues carry over to them better. Clauses in other languages keep the
lexicon's evidence.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from policylens.core.analysis import HEADING_THRESHOLD
from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.document import Document
from policylens.core.learn.hashing import joined_spans, occurrences
from policylens.core.learn.linear import LinearModel
from policylens.core.normalize import NormalizedText
from policylens.core.segment import Segment
from policylens.core.taxonomy import OTHER

log = logging.getLogger("policylens.learn")

SOURCE = "model"
CUE_PREFIX = "cue:"
# The document's first line, when a heading, is its title ("Privacy and Security Statement"):
# by the guidelines a title names no practice, unless the model is sure it does.
TITLE_MIN_PROBABILITY = 0.5
# See the module docstring: measured on the corpus dev split, OPP-115 dev and the samples.
VETO_SHARE = 0.5
ADD_MIN_PROBABILITY = 0.7
# A veto applies to cues that could assert on their own, at least in a heading
# (`analysis.HEADING_THRESHOLD`); the vetoed cue's score stays under that level: a cue the
# model overruled asserts nothing, not even in a heading. (A title vetoed at a probability
# near the threshold kept ~0.4-0.6, and "Құпиялылық" alone read as data security.) The
# stacked model's veto keeps the same.
VETOED_SCORE = 0.3
# (VETO_SHARE, ADD_MIN_PROBABILITY), or None to replace the lexicon's evidence outright.
GATE: tuple[float, float] | None = (VETO_SHARE, ADD_MIN_PROBABILITY)
# Clauses scored per batch between progress/cancel checks. A clause's probabilities do not
# depend on the batch it is in (`LinearModel.decision`), so the analysis processes cut a
# document anywhere, whatever the batch. 512 ran the analysis of 1 MB with the model 5-8 %
# slower (English 2.09 -> 1.97 MB/s, same minutes, load 1), so the batch stays at 1024.
BATCH = 1024
_lock = threading.Lock()


def shipped_dir() -> Path:
    from policylens.paths import resource

    return resource("models", "clauses")


def model_note(probability: float) -> str:
    return f"model, {probability:.2f}"


def _evidence_scores(
    probabilities: npt.NDArray[np.float64], thresholds: npt.NDArray[np.float32]
) -> npt.NDArray[np.float64]:
    """`scoring.evidence_score` of a whole (clauses × categories) matrix at once."""
    limit = np.clip(thresholds.astype(np.float64), 1e-6, 1 - 1e-6)
    above = THRESHOLD + (1 - THRESHOLD) * (probabilities - limit) / (1 - limit)
    below = THRESHOLD * probabilities / limit
    result: npt.NDArray[np.float64] = np.where(probabilities >= limit, above, below)
    return result


class ShippedModel:
    """The shipped `LinearModel` with the languages it knows; blends with lexicon evidence."""

    def __init__(self, linear: LinearModel, manifest: dict[str, Any]) -> None:
        self.linear = linear
        self.manifest = manifest
        languages = manifest.get("languages") or []
        self.languages = frozenset(str(x) for x in languages if isinstance(x, str))
        self._knows: dict[str, bool] = {}
        self.cue_columns = [
            name[len(CUE_PREFIX) :] if name.startswith(CUE_PREFIX) else None
            for name in linear.dense_names
        ]
        self._column_of = {c: i for i, c in enumerate(self.cue_columns) if c is not None}
        self._category_index = {c: i for i, c in enumerate(linear.categories)}
        # The category column of each dense (cue) column, when every dense column is the cue
        # score of a distinct category: the dense features are then a column permutation of
        # the lexicon's score matrix the gate needs anyway (one pass over the evidence).
        columns = [self._category_index.get(c) for c in self.cue_columns if c is not None]
        self._dense_order: list[int] | None = (
            [c for c in columns if c is not None]
            if None not in columns
            and len(columns) == len(self.cue_columns)
            and len(set(columns)) == len(columns)
            else None
        )

    def knows(self, language: str) -> bool:
        known = self._knows.get(language)
        if known is None:  # once per language tag, not once per clause
            known = self._knows[language] = language.split("-")[0].lower() in self.languages
        return known

    def dense_features(self, evidence: Sequence[ClauseEvidence]) -> npt.NDArray[np.float64]:
        values = np.zeros((len(evidence), len(self.cue_columns)), dtype=np.float64)
        column_of = self._column_of
        for row, clause in enumerate(evidence):
            for category, found in clause.items():  # most clauses have none or one or two
                column = column_of.get(category)
                if column is not None:
                    values[row, column] = found.score
        return values

    def lexicon_matrix(
        self, evidence: Sequence[ClauseEvidence]
    ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]:
        """(clauses × categories): whether the lexicon found the category, and its score."""
        shape = (len(evidence), len(self.linear.categories))
        has_cue = np.zeros(shape, dtype=bool)
        lexicon_score = np.zeros(shape, dtype=np.float64)
        index_of = self._category_index
        # Gathered in Python, written with one NumPy assignment each (an element's assignment
        # costs as much as a few list appends). Most clauses have none or one or two.
        cells = [
            (row, index_of[category], found.score)
            for row, clause in enumerate(evidence)
            for category, found in clause.items()
            if category in index_of
        ]
        if cells:
            rows, columns, scores = zip(*cells, strict=True)
            has_cue[rows, columns] = True
            lexicon_score[rows, columns] = scores
        return has_cue, lexicon_score

    def probabilities(
        self,
        normalized: NormalizedText,
        segments: Sequence[Segment],
        evidence: Sequence[ClauseEvidence],
        lexicon_score: npt.NDArray[np.float64] | None = None,
    ) -> npt.NDArray[np.float64]:
        """(segments × categories) calibrated probabilities (`lexicon_score`: the evidence's
        `lexicon_matrix` scores, when the caller has them)."""
        found = occurrences(
            joined_spans(normalized, [(s.start, s.end) for s in segments]),
            len(segments),
            self.linear.spec,
            [s.language for s in segments],
        )
        if lexicon_score is not None and self._dense_order is not None:
            dense = lexicon_score[:, self._dense_order]
        else:
            dense = self.dense_features(evidence)
        return self.linear.probabilities(found, dense)

    def blend(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        evidence: Sequence[ClauseEvidence],
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]:
        """The lexicon's evidence per segment, replaced by the model's where it knows the
        language (the cues kept as reasons)."""
        return self.blend_reading(document, segments, normalized, evidence, tick=tick)[0]

    def blend_reading(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        evidence: Sequence[ClauseEvidence],
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> tuple[list[ClauseEvidence], npt.NDArray[np.float64]]:
        """`blend`, and the probabilities it read (segments × categories; 0 in a language the
        model does not know): a stacked model reads them too (`stack_inputs`), and they are
        the model's costliest part to compute again."""
        result = list(evidence)
        read = np.zeros((len(segments), len(self.linear.categories)), dtype=np.float64)
        known = [i for i, s in enumerate(segments) if self.knows(s.language)]
        title = 0 if segments and segments[0].kind == "heading" else -1
        categories = self.linear.categories
        for begin in range(0, len(known), BATCH):
            if tick is not None and tick(begin / max(1, len(known))):
                break
            rows = known[begin : begin + BATCH]
            batch = [evidence[i] for i in rows]
            has_cue, lexicon_score = self.lexicon_matrix(batch)
            probabilities = self.probabilities(
                normalized, [segments[i] for i in rows], batch, lexicon_score
            )
            read[rows] = probabilities
            scores = _evidence_scores(probabilities, self.linear.thresholds)
            if GATE is not None:
                self._gate(rows, probabilities, scores, has_cue, lexicon_score, result, title)
                continue
            for row, values, row_scores in zip(
                rows, probabilities.tolist(), scores.tolist(), strict=True
            ):
                lexicon = evidence[row]
                blended: ClauseEvidence = {}
                for category, p, score in zip(categories, values, row_scores, strict=True):
                    cues = lexicon.get(category)
                    if row == title and category != OTHER and p < TITLE_MIN_PROBABILITY:
                        continue
                    if cues is None and score < THRESHOLD * 0.5:
                        continue  # nothing to say about it
                    blended[category] = Evidence(
                        score,
                        list(cues.cues) if cues is not None else [],
                        "lexicon" if cues is not None and cues.cues else SOURCE,
                        model_note(p),
                        by_model=True,
                    )
                result[row] = blended
        return result, read

    def _gate(
        self,
        rows: list[int],
        probabilities: npt.NDArray[np.float64],
        scores: npt.NDArray[np.float64],
        has_cue: npt.NDArray[np.bool_],
        lexicon_score: npt.NDArray[np.float64],
        result: list[ClauseEvidence],
        title: int,
    ) -> None:
        """GATE mode: only the (clause, category) pairs the model vetoes or adds are touched
        (found with NumPy: most clauses keep the lexicon's evidence as it is)."""
        assert GATE is not None
        veto_share, add_min = GATE
        categories = self.linear.categories
        thresholds = self.linear.thresholds.astype(np.float64)
        # A cue too weak to assert anything alone (one medium cue: "stored", "months") has
        # nothing for the model to overrule, and a veto would also withhold the section's
        # practice from the clause (`own_categories.vetoed`): "- Your profile: a username and a
        # password" under "What we collect".
        veto = (
            has_cue
            & (lexicon_score >= HEADING_THRESHOLD)
            & (probabilities < veto_share * thresholds)
        )
        # The model adds a category, or raises a weak cue's score ("radera" alone is a weak
        # hint; the sentence around it makes it a deletion right).
        add = (probabilities >= np.maximum(thresholds, add_min)) & (lexicon_score < scores)
        substantive = np.array([c != OTHER for c in categories])
        if rows and rows[0] == title:  # a title names no practice unless the model is sure
            add[0] &= ~substantive | (probabilities[0] >= TITLE_MIN_PROBABILITY)
            veto[0] |= has_cue[0] & substantive & (probabilities[0] < TITLE_MIN_PROBABILITY)
        indices, columns = np.nonzero(veto | add)
        # Row by row (NumPy gives them in order): each touched clause's evidence is copied
        # once, however many of its categories change.
        last_index = -1
        blended: ClauseEvidence = {}
        for index, column, p, score, vetoed in zip(
            indices.tolist(),
            columns.tolist(),
            probabilities[indices, columns].tolist(),
            scores[indices, columns].tolist(),
            veto[indices, columns].tolist(),
            strict=True,
        ):
            row, category = rows[index], categories[column]
            if index != last_index:
                blended = result[row] = dict(result[row])
                last_index = index
            if vetoed:
                found = blended[category]
                blended[category] = Evidence(
                    min(found.score, score, VETOED_SCORE),
                    list(found.cues),
                    found.source,
                    model_note(p),
                    by_model=True,
                )
            else:
                found_cues = list(blended[category].cues) if category in blended else []
                source = "lexicon" if found_cues else SOURCE
                blended[category] = Evidence(
                    score, found_cues, source, model_note(p), by_model=True
                )


@cache
def _load(directory: Path) -> ShippedModel | None:
    from policylens.core.learn.model_file import ModelFileError, read_model

    if not (directory / "manifest.json").exists():
        return None
    try:
        linear, manifest = read_model(directory)
    except ModelFileError as error:
        log.warning("The shipped model cannot be used (%s); the lexicon works alone.", error)
        return None
    return ShippedModel(linear, manifest)


def load_shipped(directory: Path | None = None) -> ShippedModel | None:
    """The shipped model (read once per process), or None when the build has none."""
    with _lock:
        return _load(directory or shipped_dir())
