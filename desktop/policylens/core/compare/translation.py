"""A policy and its translation: paragraph alignment across languages, without a model.

A Gale–Church dynamic programme over the two lists of paragraphs, allowing 1-1, 1-0, 0-1,
2-1 and 1-2 beads. The cost of a bead is Gale & Church's length cost (the length of a
translation is proportional to the original's; the ratio is estimated from the two
documents) plus structure: matching numbering ("1.4.1." — Persian and Arabic digits
normalised) is a strong anchor and different numbering a strong veto; headings pair with
headings, list items with list items; shared categories (when analysis is available) and
shared untranslated words (numbers, URLs, names like "Gravatar") pull paragraphs together.
The search stays in a band around the diagonal (widened when the best path reaches its
edge), so long documents align in about linear time.

Every pair has relation "aligned"; a merged bead (2-1 / 1-2) has one span covering both
paragraphs on its double side; a paragraph with no counterpart has None on the other side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from policylens.core.compare.model import Pair
from policylens.core.compare.units import Unit

# "1.", "1.4.1.", "2)", "(3)" and the Persian "۱-" (digits are Latin after normalisation);
# a bare number ("2024 …") is not numbering.
_NUMBERING = re.compile(r"^\(?(\d+(?:\.\d+)*)[.)\-]?(?=\s|$)")
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
    # Distinct words, and those of them the other document also has (in two languages:
    # numbers, names, URLs): the Dice overlap of two paragraphs' words is computed on the
    # small set (merged paragraphs count their words a little generously).
    n_words: int
    shared: frozenset[str]


def _features(segment: Unit, other_vocabulary: frozenset[str]) -> _Features:
    match = _NUMBERING.match(segment.key)
    numbered = match is not None and (match.group(0)[-1] in ".)-" or "." in match.group(1))
    numbering = match.group(1) if match and numbered else None
    return _Features(
        max(1, len(segment.key.replace(" ", ""))),
        numbering,
        segment.kind,
        frozenset(segment.categories),
        len(segment.word_set),
        segment.word_set & other_vocabulary,
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
    if a.shared and b.shared:
        cost -= 6.0 * len(a.shared & b.shared) / (a.n_words + b.n_words)
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
        x.length + y.length,
        x.numbering,
        x.kind,
        x.categories | y.categories,
        len(x.shared | y.shared) + (x.n_words - len(x.shared)) + (y.n_words - len(y.shared)),
        x.shared | y.shared,
    )


def align_translation(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    if not a or not b:
        return [_bead_pair(a, b, i, i + 1, 0, 0, 0.0) for i in range(len(a))] + [
            _bead_pair(a, b, 0, 0, j, j + 1, 0.0) for j in range(len(b))
        ]
    vocabulary_a = frozenset().union(*(s.word_set for s in a))
    vocabulary_b = frozenset().union(*(s.word_set for s in b))
    fa = [_features(s, vocabulary_b) for s in a]
    fb = [_features(s, vocabulary_a) for s in b]
    # First guess of the length ratio from the mean paragraph lengths, not the totals: text
    # only one side has (an untranslated preface…) would skew the totals.
    mean_a = sum(f.length for f in fa) / max(len(fa), 1) or 1.0
    mean_b = sum(f.length for f in fb) / max(len(fb), 1) or 1.0
    ratio = mean_b / mean_a
    # Start narrow; widen while the best path runs along the band's edge (it may have been
    # pushed there by the band, not by the texts).
    band = 30
    while True:
        beads, touched_edge = _search(fa, fb, ratio, band)
        if not touched_edge or band >= max(len(fa), len(fb)):
            break
        band *= 2
    # The first ratio counts text only one side has (an untranslated preface…); estimate it
    # again from the paragraphs found to be translations of each other, and realign.
    paired_a = sum(fa[i0].length for i0, i1, j0, j1, _ in beads if i1 - i0 == j1 - j0 == 1)
    paired_b = sum(fb[j0].length for i0, i1, j0, j1, _ in beads if i1 - i0 == j1 - j0 == 1)
    if paired_a and paired_b and abs(paired_b / paired_a / ratio - 1) > 0.1:
        ratio = paired_b / paired_a
        beads, _ = _search(fa, fb, ratio, band)
    return [_bead_pair(a, b, *bead) for bead in beads]


_Bead = tuple[int, int, int, int, float]


def _search(
    fa: list[_Features], fb: list[_Features], ratio: float, band: int
) -> tuple[list[_Bead], bool]:
    n, m = len(fa), len(fb)
    merged_a = [None, None, *(_merged(fa[k - 2], fa[k - 1]) for k in range(2, n + 1))]
    merged_b = [None, None, *(_merged(fb[k - 2], fb[k - 1]) for k in range(2, m + 1))]
    pen_a = [0.0, 0.0, *(_merge_penalty(fa[k - 2], fa[k - 1]) for k in range(2, n + 1))]
    pen_b = [0.0, 0.0, *(_merge_penalty(fb[k - 2], fb[k - 1]) for k in range(2, m + 1))]
    inf = math.inf
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    lows: list[int] = []
    highs: list[int] = []
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m // n if n else 0
        low, high = max(0, centre - band), min(m, centre + band)
        lows.append(low)
        highs.append(high)
        row = cost[i]
        for j in range(low, high + 1):
            if i == 0 and j == 0:
                continue
            best, best_bead = inf, (0, 0)
            for di, dj in _BEADS:
                if i < di or j < dj:
                    continue
                previous = cost[i - di].get(j - dj, inf)
                if previous == inf:
                    continue
                if di == 0 or dj == 0:
                    step = previous + _PRIOR[(di, dj)]
                else:
                    x = fa[i - 1] if di == 1 else merged_a[i]
                    y = fb[j - 1] if dj == 1 else merged_b[j]
                    assert x is not None and y is not None
                    step = previous + _PRIOR[(di, dj)] + _pair_cost(x, y, ratio)
                    step += pen_a[i] if di == 2 else 0.0
                    step += pen_b[j] if dj == 2 else 0.0
                if step < best:
                    best, best_bead = step, (di, dj)
            row[j] = best
            back[i][j] = best_bead
    beads: list[_Bead] = []
    touched_edge = False
    i, j = n, m
    while i > 0 or j > 0:
        if (j - lows[i] < 2 and lows[i] > 0) or (highs[i] - j < 2 and highs[i] < m):
            touched_edge = True
        di, dj = back[i][j]
        beads.append((i - di, i, j - dj, j, cost[i][j] - cost[i - di][j - dj]))
        i, j = i - di, j - dj
    beads.reverse()
    return beads, touched_edge


def _pair_cost(x: _Features, y: _Features, ratio: float) -> float:
    return _length_cost(x.length, y.length, ratio) + _structure_cost(x, y)


def _bead_pair(
    a: Sequence[Unit], b: Sequence[Unit], i0: int, i1: int, j0: int, j1: int, cost: float
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
