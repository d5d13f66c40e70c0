"""The rows each category is fitted on (`training_rows`): the user's and the stacked model's."""

from __future__ import annotations

from policylens.core.learn.examples import IMPLICIT_NEGATIVE_WEIGHT, TrainingExample
from policylens.core.learn.training_rows import training_rows

SECURITY = "data_security"
CHANGE = "policy_change"


def test_a_text_labelled_only_with_another_category_is_a_weak_negative() -> None:
    examples = [
        TrainingExample("We encrypt your data.", "en", SECURITY, True, 1.0, "a"),
        TrainingExample("We may change this policy.", "en", CHANGE, True, 1.0, "a"),
        TrainingExample("We may change this policy.", "en", SECURITY, False, 1.0, "a"),
    ]
    rows, sampled = training_rows([SECURITY, CHANGE], examples)
    assert not sampled
    # Already a (rejected) negative of security: not added twice.
    assert [(e.text, e.positive) for e in rows[SECURITY]] == [
        ("We encrypt your data.", True),
        ("We may change this policy.", False),
    ]
    added = [e for e in rows[CHANGE] if e.text == "We encrypt your data."]
    assert [(e.positive, e.weight, e.document) for e in added] == [
        (False, IMPLICIT_NEGATIVE_WEIGHT, "a")
    ]


def test_categories_not_asked_for_and_empty_texts_are_left_out() -> None:
    examples = [
        TrainingExample("We encrypt your data.", "en", SECURITY, True),
        TrainingExample("   ", "en", SECURITY, True),
        TrainingExample("Cookies.", "en", "first_party_collection_use", True),
    ]
    rows, _ = training_rows([SECURITY], examples)
    assert [e.text for e in rows[SECURITY]] == ["We encrypt your data."]
