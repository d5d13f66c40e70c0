"""The user's model stacked on the shipped one: trained with it, saved with it, and deciding
only the categories it won on cross-validation — and only on the shipped model it was made on."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from tests.unit.learn_corpus import CATEGORIES, CORPUS, split

from policylens.core.document import Document
from policylens.core.learn import LearnedModel, TrainingExample, load_model, save_model
from policylens.core.learn.apply import analyze_with
from policylens.core.learn.model import StackedModel, StackedReport
from policylens.core.learn.scoring import LearnedScorer
from policylens.core.learn.shipped import ShippedModel, load_shipped
from policylens.core.learn.stack_inputs import dense_columns, reads_shipped
from policylens.core.learn.stacked import (
    BASE_PREFIX,
    MIN_POSITIVES,
    shipped_identity,
    train_with_stack,
)
from policylens.core.learn.stacked_blender import usable_on

SECURITY = "data_security"
CHANGE = "policy_change"
TEXT = "We use encryption and firewalls to protect your personal data against loss."


@pytest.fixture(scope="module")
def shipped() -> ShippedModel:
    model = load_shipped()
    assert model is not None
    return model


@pytest.fixture(scope="module")
def model(shipped: ShippedModel) -> LearnedModel:
    train_part, _ = split()
    examples = [
        TrainingExample(text, language, category, category == label)
        for label, language, text in train_part
        for category in CATEGORIES
    ]
    return train_with_stack(examples, shipped=shipped)


def _categories(text: str, shipped: ShippedModel | None, model: LearnedModel | None) -> set[str]:
    document = Document.from_text(text + "\n", title="t", format="txt")
    return {c for clause in analyze_with(document, shipped, model) for c in clause.category_ids}


def test_training_stacks_on_the_shipped_model_with_a_report_per_category(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    stacked = model.stacked
    assert stacked is not None
    assert stacked.shipped_id == shipped_identity(shipped)
    assert set(stacked.reports) == set(model.categories)
    # The blend's score and the shipped model's probability of each of its categories.
    assert stacked.linear.dense_names == dense_columns(shipped.linear.categories)
    assert reads_shipped(stacked.linear.dense_names)
    for report in stacked.reports.values():
        assert 0.0 <= report.user_f1 <= 1.0  # the plain model, on the stacked rows
        if report.takeover:  # only with enough labels, the winner better than the blend
            assert report.positives >= MIN_POSITIVES
            assert report.decider in ("stacked", "user")
            if report.decider == "stacked":
                assert report.f1 > report.base_f1


def test_few_labels_never_take_a_category_from_the_shipped_model(shipped: ShippedModel) -> None:
    train_part, _ = split()
    kept: dict[str, int] = {}
    examples = []
    for label, language, text in train_part:
        kept[label] = kept.get(label, 0) + 1
        if kept[label] <= MIN_POSITIVES - 2:
            examples += [
                TrainingExample(text, language, category, category == label)
                for category in CATEGORIES
            ]
    small = train_with_stack(examples, shipped=shipped)
    assert small.stacked is not None
    assert small.stacked.takeover == frozenset()
    assert usable_on(small, shipped) is None


def _overruling(model: LearnedModel) -> LearnedModel:
    """`model` with a stacked part that takes data security over and always says no."""
    assert model.stacked is not None
    linear = model.stacked.linear
    column = list(linear.dense_names).index(BASE_PREFIX + SECURITY)
    row = linear.categories.index(SECURITY)
    dense = linear.dense.copy()
    dense[row, column] = -50.0
    reports = {c: replace(r, takeover=c == SECURITY) for c, r in model.stacked.reports.items()}
    stacked = StackedModel(replace(linear, dense=dense), reports, model.stacked.shipped_id)
    return replace(model, stacked=stacked)


def test_a_category_taken_over_follows_the_stacked_model(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    assert SECURITY in _categories(TEXT, shipped, None)
    overruling = _overruling(model)
    assert SECURITY not in _categories(TEXT, shipped, overruling)
    # Saved and loaded back, it decides the same.
    save_model(overruling)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert loaded.stacked.takeover == frozenset({SECURITY})
    assert isinstance(loaded.stacked.reports[SECURITY], StackedReport)
    assert SECURITY not in _categories(TEXT, shipped, loaded)


def test_a_stack_made_on_another_shipped_model_is_not_used(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    overruling = _overruling(model)
    assert usable_on(overruling, shipped) is not None
    retrained = replace(shipped.linear, intercept=shipped.linear.intercept + np.float32(0.1))
    other = ShippedModel(retrained, shipped.manifest)
    assert usable_on(overruling, other) is None
    # Then the user's plain model joins as before, and the category is the blend's again.
    assert SECURITY in _categories(TEXT, other, replace(overruling, stacked=None))
    assert _categories(TEXT, other, overruling) == _categories(
        TEXT, other, replace(overruling, stacked=None)
    )


def test_where_the_user_model_alone_won_it_decides_against_the_blend(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """The blend over-asserts a category the user's labels say is rarer: where the plain
    model won on cross-validation, its "no" removes the blend's category."""
    assert SECURITY in _categories(TEXT, shipped, None)
    assert model.stacked is not None
    row = model.linear.categories.index(SECURITY)
    intercept = model.linear.intercept.copy()
    intercept[row] = -50.0  # the plain model says no to data security, always
    reports = {
        c: replace(r, takeover=c == SECURITY, decider="user")
        for c, r in model.stacked.reports.items()
    }
    stacked = StackedModel(model.stacked.linear, reports, model.stacked.shipped_id)
    refusing = replace(model, linear=replace(model.linear, intercept=intercept), stacked=stacked)
    assert SECURITY not in _categories(TEXT, shipped, refusing)
    # Saved and loaded back, the plain model still decides it.
    save_model(refusing)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert loaded.stacked.reports[SECURITY].decider == "user"
    assert SECURITY not in _categories(TEXT, shipped, loaded)


def test_a_model_decides_on_what_the_user_labelled_clauses_or_paragraphs(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """Labels on single clauses make a clause model; an imported labelling of whole paragraphs
    makes a paragraph model, which keeps deciding on paragraphs once saved and loaded."""
    assert model.stacked is not None and model.stacked.unit == "clause"
    train_part, _ = split()
    by_label: dict[str, list[tuple[str, str]]] = {}
    for label, language, text in train_part:
        by_label.setdefault(label, []).append((language, text))
    examples = []
    for label, texts in by_label.items():
        for first in range(len(texts) - 1):  # two sentences of one practice per paragraph
            paragraph = " ".join(text for _, text in texts[first : first + 2])
            examples += [
                TrainingExample(paragraph, texts[first][0], category, category == label)
                for category in CATEGORIES
            ]
    paragraphs = train_with_stack(examples, shipped=shipped)
    assert paragraphs.stacked is not None and paragraphs.stacked.unit == "paragraph"
    save_model(paragraphs)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert loaded.stacked.unit == "paragraph"


def test_a_paragraph_model_decides_for_every_clause_of_the_paragraph(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    paragraph = TEXT + " Only trained staff can access the servers that store it."
    assert SECURITY in _categories(paragraph, shipped, None)
    overruling = _overruling(model)
    assert overruling.stacked is not None
    by_paragraph = replace(overruling, stacked=replace(overruling.stacked, unit="paragraph"))
    assert SECURITY not in _categories(paragraph, shipped, by_paragraph)


def test_a_paragraph_model_does_not_veto_in_a_policy_written_a_clause_a_line(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """Trained on OPP-115's paragraphs, a user's model vetoed the shipped model's right answers
    on policies written one clause or list item a line, whose lines lack most of a paragraph's
    words: there it may add a category, not take one away."""
    overruling = _overruling(model)
    assert overruling.stacked is not None
    by_paragraph = replace(overruling, stacked=replace(overruling.stacked, unit="paragraph"))
    by_line = "\n".join(
        [
            "Security",
            TEXT,
            "Only trained staff can access the servers that store it.",
            "Backups are kept encrypted in a second data centre.",
        ]
    )
    assert SECURITY in _categories(by_line, shipped, by_paragraph)
    # The same sentences as one paragraph: the paragraph model says no for all of them.
    assert SECURITY not in _categories(" ".join(by_line.splitlines()[1:]), shipped, by_paragraph)
    # A model of clause labels vetoes line by line as before.
    assert SECURITY not in _categories(by_line, shipped, overruling)


def _policy_in_paragraphs(security_paragraphs: int) -> str:
    """A policy written in paragraphs of two sentences of one practice each, with this many
    security paragraphs among them."""
    by_label: dict[str, list[str]] = {}
    for label, language, text in CORPUS:
        if language == "en" and label != "other":
            by_label.setdefault(label, []).append(text)
    paragraphs = [
        " ".join(texts[first : first + 2])
        for label, texts in by_label.items()
        if label != SECURITY
        for first in range(0, len(texts) - 1, 2)
    ]
    security = by_label[SECURITY]
    paragraphs += [" ".join(security[2 * i : 2 * i + 2]) for i in range(security_paragraphs)]
    return "\n\n".join(paragraphs)


def _refusing_everything(model: LearnedModel) -> LearnedModel:
    """`model` with a stacked part that takes every category over and always says no."""
    assert model.stacked is not None
    linear = model.stacked.linear
    dense = linear.dense.copy()
    for row, category in enumerate(linear.categories):
        if BASE_PREFIX + category in linear.dense_names:
            dense[row, list(linear.dense_names).index(BASE_PREFIX + category)] = -50.0
    reports = {c: replace(r, takeover=True) for c, r in model.stacked.reports.items()}
    stacked = StackedModel(replace(linear, dense=dense), reports, model.stacked.shipped_id)
    return replace(model, stacked=stacked)


def test_a_paragraph_model_that_disagrees_with_a_whole_policy_only_adds_there(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """Trained on OPP-115's US web policies of 2015, a user's model vetoed most of what the
    shipped model had right in modern policies written in paragraphs (a GDPR app's rights, its
    processors): a model striking out most of a policy is reading text unlike what it learned
    from. A veto of a few of a policy's categories stands."""
    policy = _policy_in_paragraphs(security_paragraphs=2)
    found = _categories(policy, shipped, None)
    assert SECURITY in found and len(found) >= 5
    refusing = _refusing_everything(model)
    assert refusing.stacked is not None
    by_paragraph = replace(refusing, stacked=replace(refusing.stacked, unit="paragraph"))
    assert _categories(policy, shipped, by_paragraph) == found
    # Refusing one category, a few paragraphs of the many, it is heard.
    overruling = _overruling(model)
    assert overruling.stacked is not None
    one_no = replace(overruling, stacked=replace(overruling.stacked, unit="paragraph"))
    assert _categories(policy, shipped, one_no) == found - {SECURITY}
    # A short text says too little to tell: there even a model refusing everything is heard.
    short = "\n\n".join(policy.split("\n\n")[:2])
    assert not _categories(short, shipped, by_paragraph) & _categories(short, shipped, None)


def _buckets(text: str, model: LearnedModel) -> set[int]:
    from policylens.core.learn.hashing import joined_spans, occurrences
    from policylens.core.normalize import normalize_for_matching

    normalized = normalize_for_matching(text)
    found = occurrences(joined_spans(normalized, [(0, len(text))]), 1, model.linear.spec)
    return {int(b) for family in found.buckets for b in family}


def test_a_paragraph_model_says_no_for_the_whole_paragraph(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """Trained on paragraphs, the user's model judges paragraphs: where it is sure a whole
    paragraph is not about a category, the blend's category goes from its clauses, though
    the clause alone says too little for the model to overrule it. A model of clause labels
    keeps judging clause by clause."""
    change = "We may change this privacy policy from time to time and will post the new version."
    closing = "Newsletter readers may leave our mailing list at any time."
    paragraph = f"{change} {closing}"
    assert CHANGE in _categories(paragraph, shipped, None)
    assert model.stacked is not None
    # The user's model: no policy change wherever the closing sentence's words are.
    row = model.linear.categories.index(CHANGE)
    hashed = model.linear.hashed.copy()
    for bucket in _buckets(closing, model) - _buckets(change, model):
        hashed[row, bucket] = -50.0
    no_takeover = {c: replace(r, takeover=False) for c, r in model.stacked.reports.items()}
    refusing = replace(
        model,
        linear=replace(model.linear, hashed=hashed),
        stacked=replace(model.stacked, reports=no_takeover),
    )
    assert refusing.stacked is not None
    assert CHANGE in _categories(paragraph, shipped, refusing)  # clause by clause
    by_paragraph = replace(refusing, stacked=replace(refusing.stacked, unit="paragraph"))
    assert CHANGE not in _categories(paragraph, shipped, by_paragraph)


def test_the_stacked_model_reads_the_user_models_ngrams_scaled_plus_the_blends_scores(
    model: LearnedModel,
) -> None:
    # One cross-validation serves both models: the stacked one learns from the user model's
    # out-of-fold decision values, so its n-gram weights are the user model's times a factor.
    stacked = model.stacked
    assert stacked is not None
    for index, category in enumerate(stacked.linear.categories):
        own = model.linear.hashed[model.linear.categories.index(category)]
        mine = stacked.linear.hashed[index]
        used = np.flatnonzero(own)
        assert len(used) > 100
        ratio = mine[used] / own[used]
        assert np.allclose(ratio, np.median(ratio), rtol=2e-3, atol=2e-3)
        assert np.median(ratio) >= 0  # the user model's "yes" never counts for "no"


def _blend_scores_only(model: LearnedModel) -> LearnedModel:
    """`model` with its stacked part as saved before the shipped probabilities were read:
    the blend's scores as its only dense features."""
    assert model.stacked is not None
    linear = model.stacked.linear
    kept = [i for i, name in enumerate(linear.dense_names) if name.startswith(BASE_PREFIX)]
    older = replace(
        linear,
        dense_names=tuple(linear.dense_names[i] for i in kept),
        dense=np.ascontiguousarray(linear.dense[:, kept]),
    )
    return replace(model, stacked=replace(model.stacked, linear=older))


def test_a_stack_saved_before_the_shipped_probabilities_still_decides(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    older = _blend_scores_only(_overruling(model))
    assert older.stacked is not None and not reads_shipped(older.stacked.linear.dense_names)
    save_model(older)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert usable_on(loaded, shipped) is not None
    assert SECURITY in _categories(TEXT, shipped, None)
    assert SECURITY not in _categories(TEXT, shipped, loaded)


def test_a_stack_with_unknown_features_is_not_used(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    overruling = _overruling(model)
    assert overruling.stacked is not None
    linear = overruling.stacked.linear
    renamed = replace(linear, dense_names=tuple("future:" + n for n in linear.dense_names))
    odd = replace(overruling, stacked=replace(overruling.stacked, linear=renamed))
    assert usable_on(odd, shipped) is None
    assert SECURITY in _categories(TEXT, shipped, odd)


def test_a_category_the_stack_decides_still_takes_the_user_models_one_suggestion(
    model: LearnedModel,
) -> None:
    """Where the plain model's best guess is a category the stacked model decides, it does
    not suggest its second guess instead (that one was no better before the stack)."""
    scorer = LearnedScorer(model)
    first, second = [c for c in model.categories if scorer.speaks_for(c)][:2]
    probabilities = {c: 0.0 for c in model.categories} | {first: 0.999, second: 0.99}
    assert scorer.asserted(probabilities) == {first: 0.999}
    deciding = LearnedScorer(model, frozenset({first}))
    assert deciding.asserted(probabilities) == {}
    assert deciding.asserted(probabilities | {first: 0.0}) == {second: 0.99}


def test_a_category_decided_without_the_shipped_model_has_the_lexicons_evidence(
    model: LearnedModel, shipped: ShippedModel
) -> None:
    """Where `train` chose the lexicon's way for a category (the user's labels disagreed with
    the shipped model there), the shipped model's addition is undone: the category is as
    without the shipped model, the others keep the blend."""
    text = "Revisions take effect when we post them here."
    assert CHANGE in _categories(text, shipped, None)  # the shipped model adds it
    assert CHANGE not in _categories(text, None, None)  # no cue of the lexicon's
    assert model.stacked is not None
    # The user's model undecided on policy change: p = 0.5, under its threshold (no addition)
    # and far above a veto.
    row = model.linear.categories.index(CHANGE)
    linear = model.linear
    hashed, intercept, a, b, thresholds = (
        array.copy()
        for array in (linear.hashed, linear.intercept, linear.platt_a, linear.platt_b,
                      linear.thresholds)
    )  # fmt: skip
    hashed[row], intercept[row], a[row], b[row], thresholds[row] = 0.0, 0.0, -1.0, 0.0, 0.9
    undecided = replace(
        linear, hashed=hashed, intercept=intercept, platt_a=a, platt_b=b, thresholds=thresholds
    )

    def deciding(without_shipped: bool) -> LearnedModel:
        assert model.stacked is not None
        reports = {
            c: replace(r, takeover=False, without_shipped=without_shipped and c == CHANGE)
            for c, r in model.stacked.reports.items()
        }
        return replace(model, linear=undecided, stacked=replace(model.stacked, reports=reports))

    assert CHANGE in _categories(text, shipped, deciding(False))
    lexicon_way = deciding(True)
    assert CHANGE not in _categories(text, shipped, lexicon_way)
    save_model(lexicon_way)
    loaded = load_model()
    assert loaded is not None and loaded.stacked is not None
    assert loaded.stacked.without_shipped == frozenset({CHANGE})
    assert CHANGE not in _categories(text, shipped, loaded)
    # Another category of the blend stays: the shipped model's sharing here.
    sharing = "We give your address to delivery companies so they can bring your order."
    assert _categories(sharing, shipped, loaded) == _categories(sharing, shipped, deciding(False))
