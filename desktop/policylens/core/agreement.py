"""Agreement between annotators: Cohen's κ (two raters) and Krippendorff's α (nominal, any
number of raters, missing values allowed). Pure functions; `None` where a coefficient is
undefined (e.g. every rating is the same value, so there is no variation to agree on).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import permutations

Span = tuple[int, int]


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """κ = (p_o − p_e) / (1 − p_e) for two raters who rated the same units."""
    if len(first) != len(second):
        raise ValueError("both raters must rate the same units")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[v] * counts_b[v] for v in counts_a) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(ratings: Sequence[Sequence[Hashable | None]]) -> float | None:
    """α for nominal data. `ratings[rater][unit]`, None where that rater did not rate the unit.

    α = 1 − D_o / D_e from the coincidence matrix (Krippendorff 2011, "Computing
    Krippendorff's alpha-reliability"); units rated by fewer than two raters do not count.
    """
    if not ratings:
        return None
    units = len(ratings[0])
    if any(len(row) != units for row in ratings):
        raise ValueError("every rater needs one entry per unit (None when not rated)")
    coincidence: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in range(units):
        values = [row[unit] for row in ratings if row[unit] is not None]
        m = len(values)
        if m < 2:
            continue
        for a, b in permutations(values, 2):
            coincidence[(a, b)] += 1 / (m - 1)
    n = sum(coincidence.values())
    if n <= 1:
        return None
    marginals: defaultdict[Hashable, float] = defaultdict(float)
    for (a, _b), weight in coincidence.items():
        marginals[a] += weight
    observed = sum(w for (a, b), w in coincidence.items() if a != b)
    expected_pairs = n * n - sum(v * v for v in marginals.values())  # Σ_{c≠k} n_c·n_k
    if expected_pairs <= 1e-12:
        return None
    return 1 - (n - 1) * observed / expected_pairs


def labelled_units(units: Sequence[Span], spans: Sequence[Span]) -> list[bool]:
    """For each unit: is at least half of it covered by one of `spans`?"""
    result: list[bool] = []
    for start, end in units:
        length = end - start
        best = max((min(end, b) - max(start, a) for a, b in spans), default=0)
        result.append(length > 0 and best * 2 >= length)
    return result
