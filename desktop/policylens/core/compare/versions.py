"""Two versions of one policy: a clause-level diff (same, changed, added, removed, moved).

1. difflib's SequenceMatcher over the clauses' normalised keys (autojunk off: in a long
   policy, frequent short clauses would otherwise be ignored as junk) gives the unchanged
   clauses in order (`same`).
2. Inside each replaced block, clauses are paired in order by word overlap (a weighted LCS);
   a pair at or above CHANGED_THRESHOLD is `changed`, with its word-level changes.
3. Clauses left over on both sides are compared once more across the whole document: a
   removed clause that reappears elsewhere (identical, or at or above MOVED_THRESHOLD) is
   `moved`, placed where it now is in B, with word changes if it was also edited.

Pairs come in B's order; removed clauses sit where they were, before the clauses that
followed them in A.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from policylens.core.compare.model import Pair, Relation
from policylens.core.compare.units import Unit, dice
from policylens.core.compare.words import word_diff

CHANGED_THRESHOLD = 0.5
MOVED_THRESHOLD = 0.75
# Beyond this many candidate comparisons a block is paired in a band along its diagonal,
# and the move pass only looks for identical clauses: keeps forced comparisons of unrelated
# long documents fast.
_FULL_PAIRING_LIMIT = 40_000
_BAND = 40


@dataclass
class _Entry:
    i: int | None
    j: int | None
    relation: Relation


def diff_versions(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    matcher = SequenceMatcher(None, [s.key for s in a], [s.key for s in b], autojunk=False)
    entries: list[_Entry] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            entries.extend(_Entry(i1 + k, j1 + k, "same") for k in range(i2 - i1))
            continue
        i, j = i1, j1
        for pi, pj in _pair_block(a, b, i1, i2, j1, j2):
            entries.extend(_Entry(x, None, "removed") for x in range(i, pi))
            entries.extend(_Entry(None, y, "added") for y in range(j, pj))
            entries.append(_Entry(pi, pj, "changed"))
            i, j = pi + 1, pj + 1
        entries.extend(_Entry(x, None, "removed") for x in range(i, i2))
        entries.extend(_Entry(None, y, "added") for y in range(j, j2))
    entries = _find_moves(a, b, entries)
    return [_to_pair(a, b, e) for e in entries]


def _pair_block(
    a: Sequence[Unit], b: Sequence[Unit], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int]]:
    """Order-preserving pairs of similar clauses in a replaced block (max total similarity)."""
    n, m = i2 - i1, j2 - j1
    if n == 0 or m == 0:
        return []
    if n * m > _FULL_PAIRING_LIMIT:
        return _pair_block_banded(a, b, i1, i2, j1, j2)

    def similar(x: int, y: int) -> float:
        score = dice(a[i1 + x].word_set, b[j1 + y].word_set)
        return score if score >= CHANGED_THRESHOLD else 0.0

    # best[x][y]: best total over a[x:], b[y:]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    take = [[False] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        row, below = best[x], best[x + 1]
        for y in range(m - 1, -1, -1):
            score = similar(x, y)
            keep = below[y + 1] + score if score else -1.0
            skip = max(below[y], row[y + 1])
            if keep > skip:
                row[y], take[x][y] = keep, True
            else:
                row[y] = skip
    pairs: list[tuple[int, int]] = []
    x = y = 0
    while x < n and y < m:
        if take[x][y]:
            pairs.append((i1 + x, j1 + y))
            x, y = x + 1, y + 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            y += 1
    return pairs


def _pair_block_banded(
    a: Sequence[Unit], b: Sequence[Unit], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int]]:
    """Greedy in-order pairing near the block's diagonal, for very large blocks."""
    n, m = i2 - i1, j2 - j1
    pairs: list[tuple[int, int]] = []
    next_y = 0
    for x in range(n):
        expected = x * m // n
        best_score, best_y = 0.0, -1
        for y in range(max(next_y, expected - _BAND), min(m, expected + _BAND)):
            score = dice(a[i1 + x].word_set, b[j1 + y].word_set)
            if score >= CHANGED_THRESHOLD and score > best_score:
                best_score, best_y = score, y
        if best_y >= 0:
            pairs.append((i1 + x, j1 + best_y))
            next_y = best_y + 1
    return pairs


def _find_moves(a: Sequence[Unit], b: Sequence[Unit], entries: list[_Entry]) -> list[_Entry]:
    removed = [e for e in entries if e.relation == "removed"]
    added = [e for e in entries if e.relation == "added"]
    if not removed or not added:
        return entries
    candidates: list[tuple[float, int, int]] = []
    by_key: dict[str, list[int]] = {}
    for k, e in enumerate(added):
        assert e.j is not None
        by_key.setdefault(b[e.j].key, []).append(k)
    thorough = len(removed) * len(added) <= _FULL_PAIRING_LIMIT
    for r, e in enumerate(removed):
        assert e.i is not None
        seg = a[e.i]
        if not seg.key:
            continue
        for k in by_key.get(seg.key, ()):
            candidates.append((2.0, r, k))  # identical text beats any near match
        if thorough:
            for k, other in enumerate(added):
                assert other.j is not None
                if b[other.j].key == seg.key:
                    continue
                score = dice(seg.word_set, b[other.j].word_set)
                if score >= MOVED_THRESHOLD:
                    candidates.append((score, r, k))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_r: set[int] = set()
    used_k: set[int] = set()
    dropped: set[int] = set()
    for _, r, k in candidates:
        if r in used_r or k in used_k:
            continue
        used_r.add(r)
        used_k.add(k)
        added[k].i = removed[r].i
        added[k].relation = "moved"
        dropped.add(id(removed[r]))
    return [e for e in entries if id(e) not in dropped]


def _to_pair(a: Sequence[Unit], b: Sequence[Unit], e: _Entry) -> Pair:
    seg_a = a[e.i] if e.i is not None else None
    seg_b = b[e.j] if e.j is not None else None
    categories = tuple(
        dict.fromkeys((seg_b.categories if seg_b else ()) + (seg_a.categories if seg_a else ()))
    )
    if seg_a is None or seg_b is None:
        return Pair(
            seg_a.span if seg_a else None, seg_b.span if seg_b else None, e.relation, categories
        )
    if seg_a.key == seg_b.key:
        return Pair(seg_a.span, seg_b.span, e.relation, categories, (), 1.0)
    changes, score = word_diff(seg_a, seg_b)
    return Pair(seg_a.span, seg_b.span, e.relation, categories, tuple(changes), score)
