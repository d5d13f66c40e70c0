"""Training features in batches, so memory follows the batch, not the library.

Hashing every text at once keeps two int64 arrays per n-gram occurrence: for 50 000 clauses
that is gigabytes. Here texts are hashed `BATCH_TEXTS` at a time: one pass counts the document
frequencies (the idf), then each batch becomes rows of the tf-idf matrix. A row depends only on
its own text and the idf, so the rows are the ones `hashing.sparse_matrix` gives for all texts
at once, bit for bit.

With up to `SHARED_TEXTS` texts, one matrix serves every category (sliced by row); beyond that
each category's rows are built when it is fitted and dropped after, so only one category's
matrix is in memory at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from policylens.core.learn.hashing import FeatureSpec, joined_keys, occurrences, sparse_matrix

BATCH_TEXTS = 2000
SHARED_TEXTS = 20_000


def _batches(texts: Sequence[str]) -> list[Sequence[str]]:
    return [texts[i : i + BATCH_TEXTS] for i in range(0, len(texts), BATCH_TEXTS)]


def batched_idf(texts: Sequence[str], spec: FeatureSpec) -> npt.NDArray[np.float32]:
    """`hashing.document_frequency_idf` of all `texts`, counted a batch at a time."""
    buckets = spec.buckets
    seen = np.zeros(buckets, dtype=np.int64)
    for batch in _batches(texts):
        found = occurrences(joined_keys(batch), len(batch), spec)
        for rows, family_buckets in zip(found.rows, found.buckets, strict=True):
            pairs = np.unique(rows * buckets + family_buckets)
            seen += np.bincount(pairs % buckets, minlength=buckets)
    idf: npt.NDArray[np.float32] = (np.log((1.0 + len(texts)) / (1.0 + seen)) + 1.0).astype(
        np.float32
    )
    return idf


def batched_matrix(texts: Sequence[str], spec: FeatureSpec, idf: npt.NDArray[np.float32]) -> Any:
    """The tf-idf CSR matrix of `texts` (one row each, in order), built a batch at a time."""
    from scipy.sparse import csr_matrix, vstack

    parts = [
        sparse_matrix(occurrences(joined_keys(batch), len(batch), spec), spec.buckets, idf)
        for batch in _batches(texts)
    ]
    if not parts:
        return csr_matrix((0, spec.buckets), dtype=np.float64)
    return parts[0] if len(parts) == 1 else vstack(parts, format="csr")


class FeatureRows:
    """Rows of the tf-idf matrix by text: from one shared matrix, or built per request."""

    def __init__(self, texts: Sequence[str], spec: FeatureSpec, idf: npt.NDArray[np.float32]):
        self._spec, self._idf = spec, idf
        self._row_of = {text: row for row, text in enumerate(texts)}
        self._shared = batched_matrix(texts, spec, idf) if len(texts) <= SHARED_TEXTS else None

    def of(self, texts: Sequence[str]) -> Any:
        """The rows of `texts` (repeats allowed), in order."""
        if self._shared is not None:
            return self._shared[[self._row_of[text] for text in texts]]
        distinct = list(dict.fromkeys(texts))
        position = {text: row for row, text in enumerate(distinct)}
        matrix = batched_matrix(distinct, self._spec, self._idf)
        return matrix[[position[text] for text in texts]]
