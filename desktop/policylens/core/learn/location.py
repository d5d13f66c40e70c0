"""Where the learned model lives and whether it is wanted — without importing scikit-learn.

Answering "is there a model to use?" must stay cheap: `analyze` asks it on every run, and
scikit-learn costs about a second to import.
"""

from __future__ import annotations

import os
from pathlib import Path

MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"
# Set to 1/true/yes to analyse with the lexicon alone (the CLI's --no-model sets it too).
NO_MODEL_ENV = "POLICYLENS_NO_MODEL"


def model_dir() -> Path:
    from policylens.paths import data_dir

    return data_dir() / "model"


def model_path() -> Path:
    return model_dir() / MODEL_FILE


def model_enabled() -> bool:
    return os.environ.get(NO_MODEL_ENV, "").strip().lower() not in ("1", "true", "yes", "on")
