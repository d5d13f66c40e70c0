"""The model reads Persian written with a space where the ZWNJ goes ("می شود", "داده ها") as the
joined spelling the corpus shows ("می‌شود", "داده‌ها"): the same hashed features, so a CMS's
translation is scored as the same sentence written with ZWNJs."""

from __future__ import annotations

import numpy as np
import pytest

from policylens.core.learn import hashing
from policylens.core.learn.hashing import FeatureSpec, joined_keys, occurrences


def _features(text: str) -> list[np.ndarray]:
    found = occurrences(joined_keys([text]), 1, FeatureSpec(char_sizes=(4, 5)))
    return [np.sort(buckets) for buckets in found.buckets]


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("شما می توانید کوکی ها را پاک کنید", "شما می\u200cتوانید کوکی\u200cها را پاک کنید"),
        ("ما داده های شما را نمی فروشیم", "ما داده\u200cهای شما را نمی\u200cفروشیم"),
        ("فایل هایی که می فرستید", "فایل\u200cهایی که می\u200cفرستید"),
        ("مي شود", "میشود"),  # Arabic yeh, folded first
    ],
)
def test_spaced_persian_affixes_read_as_joined(spaced: str, joined: str) -> None:
    for a, b in zip(_features(spaced), _features(joined), strict=True):
        assert np.array_equal(a, b)


@pytest.mark.parametrize(
    "text",
    [
        "کمی شود",  # "می" ending a longer word: not the prefix
        "هوا شد",  # "ها" only ends a word after the space
        "we collect your email address",
        "نحن نجمع بياناتك الشخصية",
    ],
)
def test_other_words_keep_their_spaces(text: str) -> None:
    seen = "".join(chr(code) for code in hashing._codes(joined_keys([text])))
    assert seen.split() == joined_keys([text]).split()
