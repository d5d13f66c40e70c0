"""Saving/loading the model (never a crash on a bad file) and combining it with the lexicon."""

from __future__ import annotations

import logging
import re

import pytest
from tests.unit.learn_corpus import CATEGORIES, split

from policylens.core.classifier import THRESHOLD
from policylens.core.clause import Clause
from policylens.core.document import Document
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
from policylens.core.learn.scoring import evidence_score
from policylens.core.learn.storage import MODEL_FILE
from policylens.core.normalize import normalize_for_matching
from policylens.core.segment import segment


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
    assert manifest["format"] == "policylens-linear-model"
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


def test_damaged_model_file_is_ignored_with_a_warning(
    model: LearnedModel, caplog: pytest.LogCaptureFixture
) -> None:
    save_model(model)
    (model_dir() / MODEL_FILE).write_bytes(b"\x80\x04 not a pickle at all")
    with caplog.at_level(logging.WARNING):
        assert load_model() is None
        assert default_scorers() == []
    assert "cannot be used" in caplog.text
    assert "not a NumPy .npz archive" in caplog.text
    assert "policylens train" in caplog.text


def test_switching_the_model_off(model: LearnedModel, monkeypatch: pytest.MonkeyPatch) -> None:
    save_model(model)
    assert len(default_scorers()) == 1
    monkeypatch.setenv("POLICYLENS_NO_MODEL", "1")
    assert default_scorers() == []


def _analyze(text: str, scorers: list[LearnedScorer]) -> list[Clause]:
    from policylens.core.analysis import analyze

    document = Document.from_text(text + "\n", title="t", format="txt")
    return analyze(document, extra_scorers=scorers)


def test_evidence_scale_maps_each_threshold_to_the_analysis_threshold() -> None:
    assert evidence_score(0.3, 0.3) == pytest.approx(THRESHOLD)
    assert evidence_score(1.0, 0.3) == pytest.approx(1.0)
    assert evidence_score(0.0, 0.3) == 0.0
    assert evidence_score(0.29, 0.3) < THRESHOLD < evidence_score(0.31, 0.3)


def test_model_scorer_gives_cueless_evidence_with_its_reason(model: LearnedModel) -> None:
    text = "We keep your messages for as long as your account is active."
    document = Document.from_text(text + "\n", title="t", format="txt")
    segments = segment(document)
    (evidence,) = LearnedScorer(model).score(
        document, segments, normalize_for_matching(document.text)
    )
    retention = evidence["data_retention"]
    assert retention.source == "model"
    assert retention.cues == []
    assert retention.score >= THRESHOLD
    assert re.fullmatch(r"learned model, [01]\.\d\d", retention.note)
    assert "other" not in evidence


def test_analyze_names_the_model_when_it_alone_speaks(model: LearnedModel) -> None:
    # No cue phrase of the lexicon here, only paraphrase the model learned from.
    text = "Log files are kept for ninety days and then removed."
    (clause,) = _analyze(text, [LearnedScorer(model)])
    by_id = {c.id: c for c in clause.categories}
    assert "data_retention" in by_id
    retention = by_id["data_retention"]
    # The reason shown: the cue phrases where there are any, the model's note otherwise.
    if not retention.cues:
        assert retention.source == "model"
        assert retention.to_json()["note"].startswith("learned model, ")


def test_analyze_keeps_lexicon_cues_when_both_speak(model: LearnedModel) -> None:
    text = "We retain your personal data for five years and then delete it."
    (alone,) = _analyze(text, [])
    (both,) = _analyze(text, [LearnedScorer(model)])
    lexicon = {c.id: c for c in alone.categories}
    combined = {c.id: c for c in both.categories}
    for category, score in lexicon.items():
        if category != "other":
            assert category in combined
            assert set(score.cues) <= set(combined[category].cues)
