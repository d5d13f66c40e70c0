"""What the stacked model reads besides the user model's decision value: the blend's scores
and the shipped model's probabilities, named so that an older stack (the blend's alone) is
recognised and read as it was."""

from __future__ import annotations

import numpy as np
import pytest

from policylens.core.classifier import ClauseEvidence
from policylens.core.document import Document
from policylens.core.learn.shipped import ShippedModel, load_shipped
from policylens.core.learn.stack_inputs import (
    dense_columns,
    reads_shipped,
    stacking_features,
)
from policylens.core.learn.stacked import text_base_scores
from policylens.core.normalize import normalize_for_matching
from policylens.core.segment import segment


@pytest.fixture(scope="module")
def shipped() -> ShippedModel:
    model = load_shipped()
    assert model is not None
    return model


def test_columns_are_the_blends_scores_then_the_shipped_probabilities() -> None:
    names = dense_columns(["a", "b"])
    assert names == ("base:a", "base:b", "shipped:a", "shipped:b")
    assert reads_shipped(names)
    assert dense_columns(["a", "b"], with_shipped=False) == ("base:a", "base:b")
    assert not reads_shipped(dense_columns(["a", "b"], with_shipped=False))


def test_features_put_the_decision_first() -> None:
    decisions = np.array([1.5, -2.0])
    base = np.array([[0.6, 0.0], [0.0, 0.2]])
    probabilities = np.array([[0.9, 0.1], [0.05, 0.3]])
    both = stacking_features(decisions, base, probabilities)
    assert both.shape == (2, 5)
    assert both[:, 0].tolist() == [1.5, -2.0]
    assert both[1, 1:].tolist() == [0.0, 0.2, 0.05, 0.3]
    assert stacking_features(decisions, base).shape == (2, 3)


def test_shipped_probabilities_only_in_languages_the_model_knows(shipped: ShippedModel) -> None:
    # Spanish: a language the shipped model was not trained on.
    text = (
        "We use encryption to protect your data.\n\n"
        "Usamos cifrado para proteger sus datos personales contra la pérdida.\n"
    )
    document = Document.from_text(text, title="t", format="txt")
    segments = segment(document)
    normalized = normalize_for_matching(document.text)
    lexicon: list[ClauseEvidence] = [{} for _ in segments]
    _, values = shipped.blend_reading(document, segments, normalized, lexicon)
    assert [shipped.knows(s.language) for s in segments] == [True, False]
    assert values.shape == (len(segments), len(shipped.linear.categories))
    for row, s in enumerate(segments):
        if shipped.knows(s.language):
            assert values[row].max() > 0.0
        else:
            assert not values[row].any()


def test_a_paragraphs_shipped_probability_is_its_strongest_clauses(
    shipped: ShippedModel,
) -> None:
    security = "We use encryption and firewalls to protect your personal data against loss."
    other = "Our office is open on weekdays."
    categories = list(shipped.linear.categories)
    column = categories.index("data_security")
    alone = text_base_scores([security, other], shipped, categories).probabilities
    reading = text_base_scores([f"{security} {other}"], shipped, categories)
    together, clauses = reading.probabilities, reading.clauses
    assert clauses.tolist() == [2]
    assert together[0, column] == pytest.approx(max(alone[0, column], alone[1, column]))
    assert alone[0, column] > alone[1, column]
