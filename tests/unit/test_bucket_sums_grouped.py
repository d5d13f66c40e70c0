"""The hashed part of a linear model's scores, gathered four or two columns at a time
(`hashing._grouped`), is the same to the last bit as gathering one column at a time (the
previous `bucket_sums`, below), for any texts, any number of columns and any batch."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.learn.hashing import (
    FeatureSpec,
    Occurrences,
    bucket_sums,
    joined_keys,
    occurrences,
)

SPEC = FeatureSpec(bits=10)
WORDS = ("we", "collect", "your", "data", "cookies", "داده", "می‌کنیم", "Daten", "5", "", "x")


def _column_by_column(
    found: Occurrences, weights: npt.NDArray[np.float32], idf: npt.NDArray[np.float32]
) -> npt.NDArray[np.float64]:
    total = np.zeros((found.texts, weights.shape[0]), dtype=np.float64)
    texts = np.arange(found.texts)
    for family, (rows, buckets, scale) in enumerate(
        zip(found.rows, found.buckets, found.norms(idf), strict=True)
    ):
        for begin, end in itertools.pairwise(found.runs[family]):
            if begin == end:
                continue
            run_rows, run_buckets = rows[begin:end], buckets[begin:end]
            first = np.searchsorted(run_rows, texts, side="left")
            after = np.searchsorted(run_rows, texts, side="right")
            bounds = np.empty(2 * found.texts, dtype=np.intp)
            bounds[0::2], bounds[1::2] = first, after
            gathered = np.zeros(end - begin + 1, dtype=weights.dtype)
            for column in range(weights.shape[0]):
                np.take(weights[column], run_buckets, out=gathered[:-1], mode="clip")
                sums = np.add.reduceat(gathered, bounds)[0::2]
                sums[after == first] = 0.0
                total[:, column] += sums * scale
    return total


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), min_size=1, max_size=8),
    st.integers(1, 11),
    st.integers(0, 2**32 - 1),
)
def test_columns_gathered_together_give_the_same_bits(
    texts: list[str], columns: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    weights = rng.standard_normal((columns, SPEC.buckets)).astype(np.float32)
    idf = (rng.random(SPEC.buckets) * 3 + 1).astype(np.float32)
    found = occurrences(joined_keys(texts), len(texts), SPEC)
    expected = _column_by_column(found, weights, idf)
    assert bucket_sums(found, weights, idf).tobytes() == expected.tobytes()
    # And again from the remembered groups.
    assert bucket_sums(found, weights, idf).tobytes() == expected.tobytes()
