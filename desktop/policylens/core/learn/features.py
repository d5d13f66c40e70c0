"""Script-agnostic features: word and character n-grams of the normalised text.

Character n-grams inside word boundaries (`char_wb`, 2–5) carry Persian without ZWNJ, Kazakh
suffixes and English inflections alike, with no tokenizer or stemmer per language; word uni-
and bigrams add the phrases. Both see `normalize_key` text, so Arabic ي/ك, joiners, digits and
case never split a feature.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from policylens.core.normalize import normalize_key

# Unicode-aware words of one letter or more: Persian/Arabic particles such as "و" count.
_WORD_PATTERN = r"(?u)\b\w+\b"


def build_vectorizer() -> Any:
    """An unfitted feature extractor: texts in, a sparse matrix out."""
    words = TfidfVectorizer(
        preprocessor=normalize_key,
        analyzer="word",
        token_pattern=_WORD_PATTERN,
        ngram_range=(1, 2),
        min_df=1,
        sublinear_tf=True,
        dtype=np.float64,
    )
    characters = TfidfVectorizer(
        preprocessor=normalize_key,
        analyzer="char_wb",
        ngram_range=(2, 5),
        min_df=1,
        sublinear_tf=True,
        max_features=200_000,
        dtype=np.float64,
    )
    return FeatureUnion([("words", words), ("chars", characters)])
