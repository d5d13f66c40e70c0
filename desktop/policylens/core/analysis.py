"""A document into classified clauses: segmentation, the scorers (the cue lexicon, the shipped
model blended in, a user's own model), then the context of the page (`page_context`: headings,
list heads, paragraphs), then any refiners.

The context rules live in modules by what they are about: `own_categories` (what a clause's own
words assert), `heading_context` and `heading_sections` (headings and their sections),
`list_context` (list heads and items), `detail_lines` (contact details, datelines, versions),
`table_rows`, `addresses`, `contact_block`, `controller_lines`, `change_mentions`,
`definitions`, `paragraph_focus`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from policylens.core.classifier import ClauseEvidence, Evidence, LexiconScorer, Scorer
from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.gc_pause import cyclic_gc_paused
from policylens.core.heading_context import HEADING_THRESHOLD, SECTION_SCORE
from policylens.core.normalize import NormalizedText, normalize_for_matching
from policylens.core.own_categories import (
    BESIDE_QUALIFIER,
    BESIDE_SCORE,
    DOMINANCE,
    LIST_HEAD_SCORE,
)
from policylens.core.page_context import apply_context
from policylens.core.segment import Segment, segment

# Imported from here by the rest of the code and the tests (the context's rules and scores
# moved to modules of their own).
__all__ = [
    "BESIDE_QUALIFIER",
    "BESIDE_SCORE",
    "DOMINANCE",
    "HEADING_THRESHOLD",
    "LIST_HEAD_SCORE",
    "SECTION_SCORE",
    "Blender",
    "ProgressCallback",
    "Refiner",
    "analysis_json",
    "analyze",
    "apply_context",
]

ProgressCallback = Callable[[float], None]


class Blender(Protocol):
    """Turns the lexicon's evidence per segment into blended evidence (the shipped model)."""

    def blend(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        evidence: Sequence[ClauseEvidence],
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]: ...


Refiner = Callable[[str, list[Clause]], Sequence[Clause]]


def analyze(
    document: Document,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    extra_scorers: Sequence[Scorer] = (),
    refiners: Sequence[Refiner] = (),
    blenders: Sequence[Blender] = (),
) -> list[Clause]:
    """The clauses of `document` in text order, each with its asserted categories (sorted by
    score). `progress(fraction)` is called now and then; when `cancelled()` turns True the
    analysis stops and returns an empty list.

    Pluggable: `extra_scorers` add evidence per clause before the context is applied (their
    evidence merges with the lexicon's); `refiners` see the finished clauses and may change
    them (e.g. a learned model's `LearnedScorer`, called as `refiner(document.text, clauses)`);
    `blenders` (the shipped model) replace the lexicon's evidence with their own, given it.
    """
    with cyclic_gc_paused(keep_result=True):
        return _analyze(
            document,
            progress=progress,
            cancelled=cancelled,
            extra_scorers=extra_scorers,
            refiners=refiners,
            blenders=blenders,
        )


def _analyze(
    document: Document,
    *,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
    extra_scorers: Sequence[Scorer],
    refiners: Sequence[Refiner],
    blenders: Sequence[Blender] = (),
) -> list[Clause]:
    def tick(fraction: float) -> bool:
        if progress is not None:
            progress(min(1.0, max(0.0, fraction)))
        return cancelled is not None and cancelled()

    if tick(0.0):
        return []
    segments = segment(document)
    normalized = normalize_for_matching(document.text)
    if tick(0.1):
        return []
    scorers: list[Scorer] = [LexiconScorer(), *extra_scorers]
    per_scorer: list[list[ClauseEvidence]] = []
    share = 0.8 / len(scorers)
    for number, scorer in enumerate(scorers):
        base = 0.1 + number * share

        def scorer_tick(fraction: float, base: float = base) -> bool:
            return tick(base + fraction * share)

        evidence = scorer.score(document, segments, normalized, tick=scorer_tick)
        if number == 0:
            for blender in blenders:
                evidence = blender.blend(document, segments, normalized, evidence)
        per_scorer.append(evidence)
        if tick(base + share):
            return []
    if len(per_scorer) == 1:
        merged = per_scorer[0]  # the lexicon (and blenders) alone: nothing to combine
    else:
        merged = [_merge([evidence[i] for evidence in per_scorer]) for i in range(len(segments))]
    clauses = apply_context(document.text, segments, merged)
    for refine in refiners:
        clauses = list(refine(document.text, clauses))
    tick(1.0)
    return clauses


def _merge(evidences: Sequence[ClauseEvidence]) -> ClauseEvidence:
    """Several scorers on one clause: the strongest score per category, every cue kept."""
    if len(evidences) == 1:
        return evidences[0]  # the lexicon alone: nothing to combine (nor to copy)
    merged: ClauseEvidence = {}
    for evidence in evidences:
        for category, item in evidence.items():
            current = merged.get(category)
            if current is None:
                merged[category] = Evidence(
                    item.score, list(item.cues), item.source, item.note, item.by_model
                )
            else:
                if item.score > current.score:
                    current.score, current.source = item.score, item.source
                    if item.note:
                        current.note, current.by_model = item.note, item.by_model
                current.cues.extend(c for c in item.cues if c not in current.cues)
    return merged


def analysis_json(document: Document, clauses: Sequence[Clause]) -> dict[str, Any]:
    """The `policylens analyze --json` object of one document."""
    return {
        "document": document.info(),
        "text": document.text,
        "clauses": [clause.to_json() for clause in clauses],
    }
