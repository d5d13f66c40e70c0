"""The analysis of a large document in parts, each part's evidence found in its own process.

The costly steps of `analysis.analyze` (cue matching and the shipped model's blending) score
each clause on its own words; only the context of the page (`apply_context`) walks the whole
document in order. So the clauses are cut into parts, each part's evidence is found apart
(`part_evidence`, in a worker process), and the context is applied to all of it at once
(`clauses_from_evidence`): the same clauses as one `analyze`, which a test checks.

Where the parts may be cut, so that every clause is scored exactly as in one pass:
- anywhere for the shipped model: it scores the clauses in batches, but a clause's arithmetic
  is the same in any batch (`LinearModel.decision`; a test cuts everywhere);
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

# Clauses per chunk (but the last). The calling thread and the worker each take whole chunks,
# so when they meet one of them waits for the other's last chunk: up to a chunk's time, ~70 ms
# for the 1,024-clause chunks that the model's batches once imposed, ~35 ms for these. Each
# chunk has its set-up: the 1 MB Persian policy's evidence in chunks of 1,024, 512 and 256
# clauses took 326-334, 316-331 and 336-347 ms of CPU (three rounds, same process, load ~12).
MIN_PART_CLAUSES = 512


def chunk_ranges(
    segments: Sequence[Segment], min_part: int = MIN_PART_CLAUSES
) -> list[tuple[int, int]]:
    """The clauses cut into chunks of at least `min_part` clauses (but the last), at every
    allowed place (see the module's docstring), in order: the calling thread takes them from
    the first on, a worker from the last back, until they meet (`AnalysisPool`). The worker's
    first chunk is its slowest (its lexicons are compiled on first use): a short last chunk
    suits it. One chunk, the whole document, when it is too small to cut."""
    cuts: list[int] = []
    if len(segments) >= 2 * min_part:
        for cut in _allowed_cuts(segments):
            if cut - (cuts[-1] if cuts else 0) >= min_part:
                cuts.append(cut)
    return part_ranges(len(segments), cuts)


def _allowed_cuts(segments: Sequence[Segment]) -> list[int]:
    """Before every clause but the first and the headings (see the module's docstring)."""
    return [index for index, seg in enumerate(segments) if index > 0 and seg.kind != "heading"]


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


# Evidence as plain tuples for the way between processes: (score, source, note, by_model,
# (start, end, start, end, …)) per category. Half the bytes of the objects pickled, and
# quicker both ways; the cue text is the document's, taken again on arrival.
EvidenceRow = dict[str, tuple[float, str, str, bool, tuple[int, ...]]]


def encode_evidence(evidence: Sequence[ClauseEvidence]) -> list[EvidenceRow]:
    return [
        {
            category: (
                found.score,
                found.source,
                found.note,
                found.by_model,
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
        for category, (score, source, note, by_model, bounds) in row.items():
            cues = [
                Cue(bounds[i], bounds[i + 1], text[bounds[i] : bounds[i + 1]])
                for i in range(0, len(bounds), 2)
            ]
            clause[category] = Evidence(score, cues, source, note, by_model)
        decoded.append(clause)
    return decoded
