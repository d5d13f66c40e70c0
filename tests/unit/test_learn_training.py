"""Training a model from labelled examples: reports, skipped categories, progress, cancel."""

from __future__ import annotations

import pytest
from tests.unit.learn_corpus import CATEGORIES, split

from policylens.core.learn import (
    LearnedModel,
    LearnedScorer,
    NotEnoughExamples,
    TrainingCancelled,
    TrainingExample,
    train,
)


def one_vs_rest(entries: list[tuple[str, str, str]]) -> list[TrainingExample]:
    """Each text a positive of its category and an implicit negative of every other."""
    return [
        TrainingExample(
            text, language, category, category == label, 1.0 if category == label else 0.3
        )
        for label, language, text in entries
        for category in CATEGORIES
    ]


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    train_part, _ = split()
    return train(one_vs_rest(train_part))


def test_every_category_gets_a_cross_validated_report(model: LearnedModel) -> None:
    assert set(model.categories) == set(CATEGORIES)
    for category, report in model.cv.items():
        assert report.positives >= 5
        assert report.negatives > report.positives
        assert 0.0 <= report.f1 <= 1.0
        assert 2 <= report.folds <= 5
        assert model.thresholds[category] == report.threshold
    assert model.trained_on["languages"]["en"] > model.trained_on["languages"]["fa"] > 0
    counts = model.trained_on["categories"]["do_not_track"]
    assert counts["positives"] >= 5
    assert counts["implicit_negatives"] > 0


def test_held_out_clauses_are_mostly_recognised(model: LearnedModel) -> None:
    _, held_out = split()
    scorer = LearnedScorer(model)
    probabilities = scorer.probabilities([text for _, _, text in held_out])
    top_right = sum(
        max(p, key=lambda c: p[c]) == label
        for (label, _, _), p in zip(held_out, probabilities, strict=True)
    )
    # Ten categories, ~10 training sentences each: far above chance (1 in 10).
    assert top_right / len(held_out) >= 0.4


def test_persian_without_zwnj_and_with_arabic_letters_scores_alike(model: LearnedModel) -> None:
    scorer = LearnedScorer(model)
    proper = "ما اطلاعات شما را تا زمانی که حساب شما فعال است نگهداری می‌کنیم."
    sloppy = proper.replace("\u200c", "").replace("ی", "ي").replace("ک", "ك")
    a, b = scorer.probabilities([proper, sloppy])
    assert a == pytest.approx(b)


def test_categories_with_too_few_positives_are_skipped_and_reported() -> None:
    train_part, _ = split()
    examples = one_vs_rest(train_part)
    examples += [TrainingExample("Cookies are small files.", "en", "cookies", True)] * 3
    examples += [TrainingExample("We sell shoes.", "en", "cookies", False)] * 3
    model = train(examples)
    skipped = {s.category: s for s in model.skipped}
    assert skipped["cookies"].positives == 3
    assert "needs 5" in skipped["cookies"].reason
    assert "cookies" not in model.categories


def test_nothing_to_learn_is_a_clear_error() -> None:
    examples = [TrainingExample("We keep logs.", "en", "data_retention", True)] * 2
    with pytest.raises(NotEnoughExamples, match="confirmed examples"):
        train(examples)


def test_progress_is_reported_and_reaches_the_end() -> None:
    train_part, _ = split()
    seen: list[tuple[int, int, str]] = []
    train(one_vs_rest(train_part), progress=lambda d, n, m: seen.append((d, n, m)))
    done = [d for d, _, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]


def test_cancel_stops_training() -> None:
    train_part, _ = split()
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(TrainingCancelled):
        train(one_vs_rest(train_part), cancelled=cancelled)


def _house_style(grouped: bool) -> list[TrainingExample]:
    """Six policies, each clause carrying its policy's own made-up word; the category is
    labelled in three of them only, so that only a policy's own word tells them apart."""
    examples = []
    for number in range(6):
        mark = f"zq{'abcdef'[number] * 3}x"
        for clause in range(8):
            examples.append(
                TrainingExample(
                    f"{mark} clause {clause} of policy {number}.",
                    "en",
                    "policy_change",
                    number < 3,
                    document=f"policy {number}" if grouped else "",
                )
            )
    return examples


def test_cross_validation_keeps_a_policys_clauses_in_one_fold() -> None:
    # By clause, the other clauses of a policy give its word away: a perfect-looking score.
    assert train(_house_style(grouped=False)).cv["policy_change"].f1 == 1.0
    # By policy, the held-out policy's word was never seen: the score says so.
    assert train(_house_style(grouped=True)).cv["policy_change"].f1 < 0.7
