"""Where the learned model lives and whether it is wanted — without importing scikit-learn.

Answering "is there a model to use?" must stay cheap: `analyze` asks it on every run, and
scikit-learn costs about a second to import.
"""

from __future__ import annotations

import os
from pathlib import Path

MODEL_FILE = "model.npz"
MANIFEST_FILE = "manifest.json"
# What PolicyLens before the NumPy format wrote: a pickle, never loaded (see storage).
LEGACY_MODEL_FILE = "model.joblib"
# The user's model stacked on the shipped one (see `stacked`), beside the plain one.
STACKED_DIR = "stacked"
STACKED_FILES = (f"{STACKED_DIR}/{MODEL_FILE}", f"{STACKED_DIR}/{MANIFEST_FILE}")
# Set to 1/true/yes to analyse with the lexicon alone (the CLI's --no-model sets it too).
NO_MODEL_ENV = "POLICYLENS_NO_MODEL"
# Set to 1 to leave out the shipped model only (measuring the user's model alone: make eval).
NO_SHIPPED_MODEL_ENV = "POLICYLENS_NO_SHIPPED_MODEL"


def model_dir() -> Path:
    from policylens.paths import data_dir

    return data_dir() / "model"


def model_path() -> Path:
    return model_dir() / MODEL_FILE


def model_enabled() -> bool:
    return os.environ.get(NO_MODEL_ENV, "").strip().lower() not in ("1", "true", "yes", "on")


def shipped_enabled() -> bool:
    value = os.environ.get(NO_SHIPPED_MODEL_ENV, "").strip().lower()
    return model_enabled() and value not in ("1", "true", "yes", "on")
