"""Two different policies: what A says beside what B says, category by category.

For each category (in taxonomy order), A's clauses of that category are paired with B's by
word overlap, most similar first; the clauses left over have None on the other side. A clause
with several categories appears under each. All pairs have relation "aligned"; a side is None
where that document has no (more) clauses of the category — when all of a category's pairs
have the same side None, that document is silent on it (`Comparison.silent_categories()`).
Clauses without any category are paired the same way under no category (empty list), after
the categorised ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.core.compare.model import Pair
from policylens.core.compare.units import Unit, dice
from policylens.core.taxonomy import load_taxonomy

# The taxonomy's order (resources/taxonomy, DESIGN.md's table): the order a reviewer reads them.
CATEGORY_ORDER: tuple[str, ...] = tuple(c.id for c in load_taxonomy().categories)
# Above this many clause pairs in one category, pair in document order instead of by
# similarity (keeps a forced comparison of two huge documents fast).
_GREEDY_LIMIT = 250_000


def category_sort_key(category: str) -> tuple[int, str]:
    try:
        return (CATEGORY_ORDER.index(category), "")
    except ValueError:
        return (len(CATEGORY_ORDER), category)


def align_policies(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    groups_a = _group(a)
    groups_b = _group(b)
    named = sorted((set(groups_a) | set(groups_b)) - {""}, key=category_sort_key)
    pairs: list[Pair] = []
    for category in [*named, ""]:
        in_a, in_b = groups_a.get(category, []), groups_b.get(category, [])
        categories = (category,) if category else ()
        for x, y, score in _pair_by_similarity(in_a, in_b):
            pairs.append(
                Pair(
                    x.span if x else None,
                    y.span if y else None,
                    "aligned",
                    categories,
                    score=score,
                )
            )
    return pairs


def _group(segments: Sequence[Unit]) -> dict[str, list[Unit]]:
    groups: dict[str, list[Unit]] = {}
    for segment in segments:
        for category in segment.categories or ("",):
            groups.setdefault(category, []).append(segment)
    return groups


def _pair_by_similarity(
    a: list[Unit], b: list[Unit]
) -> list[tuple[Unit | None, Unit | None, float]]:
    """Most similar first; then leftovers. Output ordered by position in B, then in A."""
    matched: dict[int, tuple[int, float]] = {}  # index in b -> (index in a, score)
    if len(a) * len(b) <= _GREEDY_LIMIT:
        scored = sorted(
            (
                (dice(x.word_set, y.word_set), i, j)
                for i, x in enumerate(a)
                for j, y in enumerate(b)
            ),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        used_a: set[int] = set()
        for score, i, j in scored:
            if i in used_a or j in matched:
                continue
            used_a.add(i)
            matched[j] = (i, score)
    else:
        for k in range(min(len(a), len(b))):
            matched[k] = (k, dice(a[k].word_set, b[k].word_set))
    used = {i for i, _ in matched.values()}
    result: list[tuple[Unit | None, Unit | None, float]] = []
    for j, y in enumerate(b):
        if j in matched:
            i, score = matched[j]
            result.append((a[i], y, score))
        else:
            result.append((None, y, 0.0))
    result.extend((x, None, 0.0) for i, x in enumerate(a) if i not in used)
    return result
