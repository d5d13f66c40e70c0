"""`train` judging the ways of deciding each category by what `analyze` shows of the labelled
documents (`pipeline_cv`), on a tiny synthetic library of our own sentences."""

from __future__ import annotations

import numpy as np
import pytest
from tests.unit.learn_corpus import CORPUS

from policylens.core.document import Document
from policylens.core.learn import pipeline_cv
from policylens.core.learn.examples import TrainingExample
from policylens.core.learn.from_store import StoredLabel, examples_from_labels
from policylens.core.learn.pipeline_cv import MAX_DOCUMENTS, document_folds
from policylens.core.learn.shared_folds import shared_splits
from policylens.core.learn.shipped import ShippedModel, load_shipped
from policylens.core.learn.stack_paths import PATHS
from policylens.core.learn.stacked import train_with_stack

DOCUMENTS = 6


@pytest.fixture(autouse=True)
def enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_cv, "ENABLED", True)


@pytest.fixture(scope="module")
def shipped() -> ShippedModel:
    model = load_shipped()
    assert model is not None
    return model


def _library() -> tuple[list[TrainingExample], dict[str, Document]]:
    """Six policies, the corpus's sentences dealt round them, each sentence labelled."""
    lines: list[list[tuple[str, str]]] = [[] for _ in range(DOCUMENTS)]
    for at, (category, _language, text) in enumerate(CORPUS):
        lines[at % DOCUMENTS].append((category, text))
    documents: dict[str, Document] = {}
    labels: list[StoredLabel] = []
    for number, own in enumerate(lines):
        text = "\n".join(t for _, t in own) + "\n"
        document = Document.from_text(text, title=f"policy {number}", format="txt")
        documents[document.sha256] = document
        at = 0
        for category, line in own:
            labels.append(StoredLabel(document.sha256, at, at + len(line), line, category, True))
            at += len(line) + 1
    return examples_from_labels(labels, documents.get), documents


def test_documents_get_folds_only_when_few_and_all_at_hand() -> None:
    examples, documents = _library()
    found = document_folds(examples, documents.get)
    assert found is not None
    folds, loaded = found
    assert set(folds) == set(documents) == set(loaded)
    assert len(set(folds.values())) == min(5, DOCUMENTS)
    # A document gone from the library: the stand-ins judge, as before.
    missing = next(iter(documents))
    assert document_folds(examples, lambda sha: None if sha == missing else documents[sha]) is None
    many = [
        TrainingExample("text", "en", "data_security", True, document=f"d{i}")
        for i in range(MAX_DOCUMENTS + 1)
    ]
    assert document_folds(many, lambda sha: Document.from_text("text\n", title=sha)) is None


def test_shared_splits_keep_each_document_in_one_fold() -> None:
    items = [
        TrainingExample(f"text {i}", "en", "data_security", i % 2 == 0, document=f"d{i % 4}")
        for i in range(16)
    ]
    labels = np.array([e.positive for e in items])
    fold_of = {"d0": 0, "d1": 0, "d2": 1, "d3": 1}
    splits = shared_splits(items, labels, fold_of)
    assert splits is not None and len(splits) == 2
    for train, test in splits:
        assert not {items[i].document for i in train} & {items[i].document for i in test}
    # Every positive in one fold: that fold's training part has none, so no shared folds.
    assert shared_splits(items, np.array([e.document == "d0" for e in items]), fold_of) is None


def test_train_judges_each_way_on_the_analysed_documents(shipped: ShippedModel) -> None:
    examples, documents = _library()
    model = train_with_stack(examples, shipped=shipped, documents=documents.get)
    assert model.stacked is not None
    judged = [r for r in model.stacked.reports.values() if r.paths]
    assert judged
    for report in judged:
        assert set(report.paths) == set(PATHS)
        assert all(0.0 <= f1 <= 1.0 for f1 in report.paths.values())
        # The way chosen is one compared, and a takeover needs its labels.
        assert report.path in PATHS
        if report.path != "blend":
            assert report.paths[report.path] >= report.paths["blend"]


def test_switched_off_train_judges_on_the_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_cv, "ENABLED", False)
    examples, documents = _library()
    assert document_folds(examples, documents.get) is None
