"""Learning from the annotators: suggestions that improve as people label.

- `train(examples, progress=, cancelled=)` → `LearnedModel` (one calibrated classifier per
  category, CV scores in `model.cv`, skipped categories in `model.skipped`);
  `train_with_stack(examples, …)` adds `model.stacked`, the same labels learned on top of the
  shipped model (what `policylens train` and the window save; see `stacked`);
  `examples_from_store(store)` turns the store's annotations into `TrainingExample`s.
- `save_model(model)` / `load_model()` in `paths.data_dir() / "model"` (see `storage` for the
  trust boundary), with a JSON manifest.
- `LearnedScorer(model)` scores clauses; it is a `classifier.Scorer`, so `analyze(document,
  extra_scorers=default_scorers())` combines it with the lexicon (see `scoring`);
  `default_scorers()` is empty when there is no model or it is switched off.
- `analyze_with_model(document, use_model=True)`: `analyze` + the saved model (adds and vetoes).
- `next_to_label(store, limit)` for active learning.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from policylens.core.learn.location import NO_MODEL_ENV, model_dir, model_enabled

if TYPE_CHECKING:
    from policylens.core.learn.active import LabelCandidate, next_to_label
    from policylens.core.learn.apply import analyze_with_model, default_scorers
    from policylens.core.learn.examples import IMPLICIT_NEGATIVE_WEIGHT, TrainingExample
    from policylens.core.learn.from_store import examples_from_labels, examples_from_store
    from policylens.core.learn.model import CategoryReport, LearnedModel, SkippedCategory
    from policylens.core.learn.scoring import LearnedScorer
    from policylens.core.learn.stacked import train_with_stack
    from policylens.core.learn.storage import (
        load_model,
        manifest_of,
        read_manifest,
        remove_model,
        save_model,
    )
    from policylens.core.learn.training import (
        MIN_POSITIVES,
        NotEnoughExamples,
        TrainingCancelled,
        train,
    )

# The rest loads on first use (PEP 562): most of it imports scikit-learn, ~1 s, which a run
# without a saved model never needs.
_LAZY = {
    "LabelCandidate": "active",
    "next_to_label": "active",
    "analyze_with_model": "apply",
    "default_scorers": "apply",
    "IMPLICIT_NEGATIVE_WEIGHT": "examples",
    "TrainingExample": "examples",
    "examples_from_labels": "from_store",
    "examples_from_store": "from_store",
    "CategoryReport": "model",
    "LearnedModel": "model",
    "SkippedCategory": "model",
    "LearnedScorer": "scoring",
    "load_model": "storage",
    "manifest_of": "storage",
    "read_manifest": "storage",
    "remove_model": "storage",
    "save_model": "storage",
    "MIN_POSITIVES": "training",
    "NotEnoughExamples": "training",
    "TrainingCancelled": "training",
    "train": "training",
    "train_with_stack": "stacked",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "IMPLICIT_NEGATIVE_WEIGHT",
    "MIN_POSITIVES",
    "NO_MODEL_ENV",
    "CategoryReport",
    "LabelCandidate",
    "LearnedModel",
    "LearnedScorer",
    "NotEnoughExamples",
    "SkippedCategory",
    "TrainingCancelled",
    "TrainingExample",
    "analyze_with_model",
    "default_scorers",
    "examples_from_labels",
    "examples_from_store",
    "load_model",
    "manifest_of",
    "model_dir",
    "model_enabled",
    "next_to_label",
    "read_manifest",
    "remove_model",
    "save_model",
    "train",
    "train_with_stack",
]
