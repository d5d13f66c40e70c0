"""A linear model over hashed n-grams (and a few dense features), as plain NumPy arrays.

What the user's trained model and the shipped model both are, in memory and on disk (see
`model_file`): per category a weight per hash bucket, weights for the dense features (lexicon
cue scores), an intercept, Platt calibration (a, b: p = 1 / (1 + exp(a·f + b))) and a decision
threshold on the calibrated probability. Scoring needs NumPy only: no scikit-learn object, no
pickle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from policylens.core.learn.hashing import (
    FeatureSpec,
    Occurrences,
    bucket_sums,
    joined_keys,
    occurrences,
)

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True, eq=False)
class LinearModel:
    spec: FeatureSpec
    categories: tuple[str, ...]
    # (categories × buckets), C-contiguous float32: coefficient × idf (see hashing.bucket_sums).
    hashed: FloatArray
    # (buckets,): the idf the features were normalised with.
    idf: FloatArray
    dense_names: tuple[str, ...]
    # (categories × dense features)
    dense: FloatArray
    intercept: FloatArray
    platt_a: FloatArray
    platt_b: FloatArray
    thresholds: FloatArray

    def threshold(self, category: str) -> float:
        return round(float(self.thresholds[self.categories.index(category)]), 4)

    def decision(
        self, found: Occurrences, dense_values: npt.NDArray[np.float64] | None = None
    ) -> npt.NDArray[np.float64]:
        """(texts × categories) decision values."""
        values = bucket_sums(found, self.hashed, self.idf) + self.intercept.astype(np.float64)
        if self.dense_names:
            if dense_values is None or dense_values.shape != (found.texts, len(self.dense_names)):
                raise ValueError("the model needs its dense features for every text")
            # Feature by feature, not as a matrix product: a text's value is then the same
            # arithmetic whatever other texts share its batch (BLAS takes another path for a
            # batch of one row, 1e-17 apart), so the analysis processes may cut a document
            # anywhere (`analysis_parts`).
            weights = self.dense.astype(np.float64)
            for column in range(weights.shape[1]):
                values += dense_values[:, column : column + 1] * weights[:, column]
        return values

    def calibrated(self, decision: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        exponent = np.clip(decision * self.platt_a + self.platt_b, -60.0, 60.0)
        result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(exponent))
        return result

    def probabilities(
        self,
        found: Occurrences,
        dense_values: npt.NDArray[np.float64] | None = None,
    ) -> npt.NDArray[np.float64]:
        """(texts × categories) calibrated probabilities."""
        return self.calibrated(self.decision(found, dense_values))

    def probabilities_of_texts(
        self,
        texts: Sequence[str],
        languages: Sequence[str] | None = None,
        dense_values: npt.NDArray[np.float64] | None = None,
    ) -> npt.NDArray[np.float64]:
        found = occurrences(joined_keys(texts), len(texts), self.spec, languages)
        return self.probabilities(found, dense_values)
