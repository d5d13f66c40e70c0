"""The kept powers of the hash's base (`hashing._powers`) are the products computed afresh,
whatever length was asked for before, so a text's features do not depend on the texts hashed
before it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.learn import hashing
from policylens.core.learn.hashing import FeatureSpec, occurrences


def _fresh(count: int, factor: np.uint64) -> np.ndarray:
    values = np.empty(count, dtype=np.uint64)
    values[0] = 1
    values[1:] = factor
    with np.errstate(over="ignore"):
        np.cumprod(values, out=values)
    return values


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, hashing._POWERS_KEPT + 5_000), min_size=1, max_size=4))
def test_kept_powers_are_the_products(counts: list[int]) -> None:
    for count in counts:
        powers, inverse = hashing._powers(count)
        assert len(powers) == len(inverse) == count
        assert np.array_equal(powers, _fresh(count, hashing._BASE))
        assert np.array_equal(inverse, _fresh(count, hashing._BASE_INVERSE))
    assert len(hashing._kept_powers[0]) <= hashing._POWERS_KEPT


def test_features_do_not_depend_on_the_texts_hashed_before() -> None:
    spec = FeatureSpec()
    text = "we collect your e-mail address\nنگهداری اطلاعات به\u200cمدت دو سال"
    first = occurrences(text, 2, spec)
    occurrences("x " * 300_000, 1, spec)  # longer: the kept powers grow
    again = occurrences(text, 2, spec)
    for before, after in zip(first.buckets + first.rows, again.buckets + again.rows, strict=True):
        assert np.array_equal(before, after)
