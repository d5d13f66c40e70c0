"""A policy and its translation: paragraph alignment across languages, without a model.

A Gale–Church dynamic programme over the two lists of paragraphs, allowing 1-1, 1-0, 0-1,
2-1 and 1-2 beads. The cost of a bead is Gale & Church's length cost (the length of a
translation is proportional to the original's; the ratio is estimated from the two
documents) plus structure: matching numbering ("1.4.1." — Persian and Arabic digits
normalised) is a strong anchor and different numbering a strong veto; headings pair with
headings, list items with list items; shared categories (when analysis is available) and
shared untranslated words (numbers, URLs, names like "Gravatar") pull paragraphs together.
The search stays in a band around the diagonal, so long documents align in linear time.

Every pair has relation "aligned"; a merged bead (2-1 / 1-2) has one span covering both
paragraphs on its double side; a paragraph with no counterpart has None on the other side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from policylens.core.compare.model import Pair
from policylens.core.compare.segments import Segment, dice

_NUMBERING = re.compile(r"^\(?(\d+(?:\.\d+)*)[.)]?(?=\s|$)")
# Gale & Church (1993): variance of the length ratio, and -log prior of each bead type.
_VARIANCE = 6.8
_PRIOR = {(1, 1): -math.log(0.89), (1, 0): -math.log(0.0099), (0, 1): -math.log(0.0099)}
_PRIOR[(2, 1)] = _PRIOR[(1, 2)] = -math.log(0.089 / 2)
_BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


@dataclass(frozen=True)
class _Features:
    length: int
    numbering: str | None
    kind: str
    categories: frozenset[str]
    words: frozenset[str]


def _features(segment: Segment) -> _Features:
    match = _NUMBERING.match(segment.key)
    numbering = (
        match.group(1) if match and (("." in match.group(0)) or ")" in match.group(0)) else None
    )
    return _Features(
        max(1, len(segment.key.replace(" ", ""))),
        numbering,
        segment.kind,
        frozenset(segment.categories),
        segment.word_set,
    )


def _length_cost(len_a: int, len_b: int, ratio: float) -> float:
    delta = (len_b - len_a * ratio) / math.sqrt(max(len_a, 1) * _VARIANCE)
    probability = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(probability, 1e-12))


def _structure_cost(a: _Features, b: _Features) -> float:
    cost = 0.0
    if a.numbering and b.numbering:
        cost += -3.0 if a.numbering == b.numbering else 6.0
    elif a.numbering or b.numbering:
        cost += 1.5
    if a.kind != b.kind:
        cost += 2.0 if "heading" in (a.kind, b.kind) else 1.0
    if a.categories and b.categories:
        overlap = len(a.categories & b.categories) / len(a.categories | b.categories)
        cost += 1.0 - 3.0 * overlap
    if a.words and b.words:
        cost -= 3.0 * dice(a.words, b.words)
    return cost


def _merge_penalty(first: _Features, second: _Features) -> float:
    """Two paragraphs that are each numbered, or a heading, are rarely one in translation."""
    penalty = 0.0
    if first.numbering and second.numbering:
        penalty += 5.0
    if "heading" in (first.kind, second.kind):
        penalty += 3.0
    return penalty


def _merged(x: _Features, y: _Features) -> _Features:
    return _Features(
        x.length + y.length, x.numbering, x.kind, x.categories | y.categories, x.words | y.words
    )


def align_translation(a: Sequence[Segment], b: Sequence[Segment]) -> list[Pair]:
    n, m = len(a), len(b)
    fa = [_features(s) for s in a]
    fb = [_features(s) for s in b]
    total_a = sum(f.length for f in fa) or 1
    ratio = (sum(f.length for f in fb) or 1) / total_a
    band = max(30, abs(n - m) + 15)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m // n if n else 0
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                continue
            best, best_bead = inf, (0, 0)
            for di, dj in _BEADS:
                if i < di or j < dj:
                    continue
                previous = cost[i - di][j - dj]
                if previous == inf:
                    continue
                step = previous + _bead_cost(fa, fb, i, j, di, dj, ratio)
                if step < best:
                    best, best_bead = step, (di, dj)
            cost[i][j] = best
            back[i][j] = best_bead
    beads: list[tuple[int, int, int, int, float]] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[i][j]
        if (di, dj) == (0, 0):  # outside the band: cannot happen, the band reaches (n, m)
            break
        beads.append((i - di, i, j - dj, j, cost[i][j] - cost[i - di][j - dj]))
        i, j = i - di, j - dj
    beads.reverse()
    return [_bead_pair(a, b, *bead) for bead in beads]


def _bead_cost(
    fa: list[_Features], fb: list[_Features], i: int, j: int, di: int, dj: int, ratio: float
) -> float:
    prior = _PRIOR[(di, dj)]
    if di == 0 or dj == 0:
        return prior
    x = fa[i - 1] if di == 1 else _merged(fa[i - 2], fa[i - 1])
    y = fb[j - 1] if dj == 1 else _merged(fb[j - 2], fb[j - 1])
    cost = prior + _length_cost(x.length, y.length, ratio) + _structure_cost(x, y)
    if di == 2:
        cost += _merge_penalty(fa[i - 2], fa[i - 1])
    if dj == 2:
        cost += _merge_penalty(fb[j - 2], fb[j - 1])
    return cost


def _bead_pair(
    a: Sequence[Segment], b: Sequence[Segment], i0: int, i1: int, j0: int, j1: int, cost: float
) -> Pair:
    span_a = (a[i0].start, a[i1 - 1].end) if i1 > i0 else None
    span_b = (b[j0].start, b[j1 - 1].end) if j1 > j0 else None
    categories: dict[str, None] = {}
    for segment in (*b[j0:j1], *a[i0:i1]):
        for category in segment.categories:
            categories.setdefault(category)
    # A confidence in [0, 1] for the view (dim uncertain connectors), from the bead cost.
    score = 0.0 if span_a is None or span_b is None else 1.0 / (1.0 + math.exp(cost - 1.0))
    return Pair(span_a, span_b, "aligned", tuple(categories), score=score)
