"""The analysis of a large document in parts, each part's evidence found in its own process.

The costly steps of `analysis.analyze` (cue matching and the shipped model's blending) score
each clause on its own words; only the context of the page (`apply_context`) walks the whole
document in order. So the clauses are cut into parts, each part's evidence is found apart
(`part_evidence`, in a worker process), and the context is applied to all of it at once
(`clauses_from_evidence`): the same clauses as one `analyze`, which a test checks.

Where the parts may be cut, so that every clause is scored exactly as in one pass:
- the shipped model scores the clauses of known languages in batches of `shipped.BATCH`: a cut
  falls on a batch boundary, so each batch holds the same rows (the same arithmetic);
- the first clause of a document, when a heading, is its title, which the model treats apart:
  a part never starts with a heading;
- the cue matcher reads the paragraphs a part's clauses are in plus the next one, so that a
  cue near the end of the part reads on as it does in one pass; what it finds outside the
  part's clauses is dropped, as one pass drops it between clauses.
The user's own model (a second scorer, a refiner) is not split: such an analysis runs whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from policylens.core.classifier import ClauseEvidence, Evidence, LexiconScorer
from policylens.core.clause import Clause, Cue
from policylens.core.document import Document
from policylens.core.normalize import NormalizedText
from policylens.core.segment import Segment

if TYPE_CHECKING:
    from policylens.core.learn.shipped import ShippedModel

# A chunk smaller than this many clauses is not worth a process (sending it costs more); the
# shipped model's batches (`shipped.BATCH`) allow no finer cuts anyway.
MIN_PART_CLAUSES = 512


def chunk_ranges(
    segments: Sequence[Segment],
    shipped: ShippedModel | None,
    min_part: int = MIN_PART_CLAUSES,
) -> list[tuple[int, int]]:
    """The clauses cut into chunks of at least `min_part` clauses (but the last), at every
    allowed place (see the module's docstring), in order: the calling thread takes them from
    the first on, a worker from the last back, until they meet (`AnalysisPool`). The worker's
    first chunk is its slowest (its lexicons are compiled on first use): a short last chunk
    suits it. One chunk, the whole document, when it is too small to cut."""
    cuts: list[int] = []
    if len(segments) >= 2 * min_part:
        for cut in _allowed_cuts(segments, shipped):
            if cut - (cuts[-1] if cuts else 0) >= min_part:
                cuts.append(cut)
    return part_ranges(len(segments), cuts)


def _allowed_cuts(segments: Sequence[Segment], shipped: ShippedModel | None) -> list[int]:
    if shipped is None:
        batch = 1
        known = [True] * len(segments)
    else:
        from policylens.core.learn import shipped as shipped_module

        batch = shipped_module.BATCH
        known = [shipped.knows(s.language) for s in segments]
    allowed: list[int] = []
    seen = 0  # known clauses before this one
    for index, seg in enumerate(segments):
        if index > 0 and seen % batch == 0 and seg.kind != "heading":
            allowed.append(index)
        seen += known[index]
    return allowed


def part_evidence(
    document: Document,
    segments: Sequence[Segment],
    normalized: NormalizedText,
    shipped: ShippedModel | None,
    begin: int,
    end: int,
) -> list[ClauseEvidence]:
    """The evidence of clauses `begin:end` (a chunk from `chunk_ranges`), as one `analyze` with
    the lexicon and the shipped model finds it."""
    part = segments[begin:end]
    first = part[0].paragraph
    after = part[-1].paragraph + 2
    # The part's paragraphs and the next one: matches are found in runs of paragraphs.
    reading = replace(document, paragraphs=document.paragraphs[first:after])
    evidence = LexiconScorer().score(reading, part, normalized)
    if shipped is not None:
        evidence = shipped.blend(reading, part, normalized, evidence)
    return evidence


def clauses_from_evidence(
    document: Document, segments: Sequence[Segment], evidence: Sequence[ClauseEvidence]
) -> list[Clause]:
    """The clauses, every part's evidence together: the context of the page applied."""
    from policylens.core.analysis import apply_context

    return apply_context(document.text, segments, evidence)


def part_ranges(count: int, cuts: Sequence[int]) -> list[tuple[int, int]]:
    bounds = [0, *cuts, count]
    return list(pairwise(bounds))


# Evidence as plain tuples for the way between processes: (score, source, note, (start, end,
# start, end, …)) per category. Half the bytes of the objects pickled, and quicker both ways;
# the cue text is the document's, taken again on arrival.
EvidenceRow = dict[str, tuple[float, str, str, tuple[int, ...]]]


def encode_evidence(evidence: Sequence[ClauseEvidence]) -> list[EvidenceRow]:
    return [
        {
            category: (
                found.score,
                found.source,
                found.note,
                tuple(at for cue in found.cues for at in (cue.start, cue.end)),
            )
            for category, found in clause.items()
        }
        for clause in evidence
    ]


def decode_evidence(text: str, rows: Sequence[EvidenceRow]) -> list[ClauseEvidence]:
    decoded: list[ClauseEvidence] = []
    for row in rows:
        clause: ClauseEvidence = {}
        for category, (score, source, note, bounds) in row.items():
            cues = [
                Cue(bounds[i], bounds[i + 1], text[bounds[i] : bounds[i + 1]])
                for i in range(0, len(bounds), 2)
            ]
            clause[category] = Evidence(score, cues, source, note)
        decoded.append(clause)
    return decoded
