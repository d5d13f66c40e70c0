"""Saving/loading the model (never a crash on a bad file) and combining it with the lexicon."""

from __future__ import annotations

import json
import logging

import pytest
from tests.unit.learn_corpus import CATEGORIES, split

from policylens.core.clause import CategoryScore, Clause, Cue
from policylens.core.learn import (
    LearnedModel,
    LearnedScorer,
    TrainingExample,
    default_scorers,
    load_model,
    model_dir,
    read_manifest,
    save_model,
    train,
)
from policylens.core.learn.storage import MODEL_FILE


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    train_part, _ = split()
    examples = [
        TrainingExample(text, language, category, category == label)
        for label, language, text in train_part
        for category in CATEGORIES
    ]
    return train(examples)


def test_saved_model_loads_back_with_its_manifest(model: LearnedModel) -> None:
    folder = save_model(model)
    assert folder == model_dir()
    manifest = read_manifest()
    assert manifest is not None
    assert manifest["policylens_version"]
    assert manifest["sklearn_version"]
    assert manifest["trained_at"] == model.trained_at
    assert manifest["trained_on"]["languages"]["fa"] > 0
    assert set(manifest["cv"]) == set(model.categories)
    loaded = load_model()
    assert loaded is not None
    text = "We keep your data for five years."
    assert loaded.predict_proba([text]) == model.predict_proba([text])
    assert loaded.cv["data_retention"].f1 == pytest.approx(model.cv["data_retention"].f1, 1e-3)


def test_no_model_means_no_scorers() -> None:
    assert load_model() is None
    assert default_scorers() == []


def test_model_from_another_sklearn_is_ignored_with_a_warning(
    model: LearnedModel, caplog: pytest.LogCaptureFixture
) -> None:
    save_model(model)
    manifest_path = model_dir() / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    manifest["sklearn_version"] = "0.1.0"
    manifest_path.write_text(json.dumps(manifest), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_model() is None
    assert "scikit-learn 0.1.0" in caplog.text
    assert "policylens train" in caplog.text


def test_damaged_model_file_is_ignored_with_a_warning(
    model: LearnedModel, caplog: pytest.LogCaptureFixture
) -> None:
    save_model(model)
    (model_dir() / MODEL_FILE).write_bytes(b"\x80\x04 not a pickle at all")
    with caplog.at_level(logging.WARNING):
        assert load_model() is None
        assert default_scorers() == []
    assert "cannot be loaded" in caplog.text


def test_switching_the_model_off(model: LearnedModel, monkeypatch: pytest.MonkeyPatch) -> None:
    save_model(model)
    assert len(default_scorers()) == 1
    monkeypatch.setenv("POLICYLENS_NO_MODEL", "1")
    assert default_scorers() == []


def _clause(text: str, *categories: CategoryScore) -> Clause:
    return Clause(0, len(text), "sentence", "en", "ltr", categories)


def test_model_alone_adds_a_cueless_category_with_its_reason(model: LearnedModel) -> None:
    text = "We keep your messages for as long as your account is active."
    scorer = LearnedScorer(model)
    (result,) = scorer(text, [_clause(text)])
    retention = next(c for c in result.categories if c.id == "data_retention")
    assert retention.source == "model"
    assert retention.cues == ()
    assert retention.note == f"learned model, {retention.score:.2f}"
    assert retention.to_json()["note"].startswith("learned model, 0.")


def test_lexicon_cues_survive_when_the_model_agrees_or_is_silent(model: LearnedModel) -> None:
    text = "We keep your messages for as long as your account is active."
    lexicon = CategoryScore("data_retention", 0.4, (Cue(3, 7, "keep"),), "lexicon")
    unrelated = CategoryScore("do_not_track", 0.3, (Cue(0, 2, "We"),), "lexicon")
    scorer = LearnedScorer(model)
    (result,) = scorer(text, [_clause(text, lexicon, unrelated)])
    by_id = {c.id: c for c in result.categories}
    assert by_id["data_retention"].cues == lexicon.cues
    assert by_id["data_retention"].source == "lexicon"
    assert by_id["data_retention"].score >= 0.4
    assert "learned model" in by_id["data_retention"].note
    # No veto by default: the lexicon's finding stays even when the model disagrees.
    assert by_id["do_not_track"] == unrelated


def test_other_gives_way_to_a_learned_substantive_category(model: LearnedModel) -> None:
    text = "We keep your messages for as long as your account is active."
    fallback = CategoryScore("other", 0.1, (), "lexicon")
    (result,) = LearnedScorer(model)(text, [_clause(text, fallback)])
    assert "other" not in result.category_ids
    assert "data_retention" in result.category_ids
