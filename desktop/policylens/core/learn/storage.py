"""Saving and loading the model in the user data dir, with a JSON manifest beside it.

Trust boundary: the model file is a pickle (joblib) of scikit-learn objects, and unpickling runs
code. PolicyLens therefore only ever loads the model from its own data dir
(`paths.data_dir() / "model"`), which it wrote itself; there is no option to load a model from
elsewhere. A model written by another scikit-learn version, or a damaged file, is ignored with a
warning (the lexicon keeps working) — never a crash.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import joblib
import sklearn

from policylens import __version__
from policylens.core.learn.location import MANIFEST_FILE, MODEL_FILE, model_dir
from policylens.core.learn.model import CategoryReport, LearnedModel, SkippedCategory

log = logging.getLogger("policylens.learn")

FORMAT_VERSION = 1


def manifest_of(model: LearnedModel) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "trained_at": model.trained_at,
        "policylens_version": __version__,
        "sklearn_version": sklearn.__version__,
        "categories": list(model.categories),
        "thresholds": {c: round(t, 4) for c, t in model.thresholds.items()},
        "trained_on": model.trained_on,
        "cv": {c: report.to_json() for c, report in model.cv.items()},
        "skipped": [s.to_json() for s in model.skipped],
    }


def _write_atomically(path: Path, write: Any) -> None:
    """Write through a temporary file in the same folder, so a crash never leaves half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_model(model: LearnedModel, directory: Path | None = None) -> Path:
    """Save model and manifest; returns the folder. Replaces an earlier model."""
    directory = directory or model_dir()
    directory.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT_VERSION,
        "sklearn_version": sklearn.__version__,
        "vectorizer": model.vectorizer,
        "classifiers": model.classifiers,
        "thresholds": model.thresholds,
    }
    _write_atomically(directory / MODEL_FILE, lambda p: joblib.dump(payload, p, compress=3))
    manifest = json.dumps(manifest_of(model), ensure_ascii=False, indent=2)
    _write_atomically(directory / MANIFEST_FILE, lambda p: p.write_text(manifest, "utf-8"))
    return directory


def read_manifest(directory: Path | None = None) -> dict[str, Any] | None:
    """The saved model's manifest, or None when there is none (or it cannot be read)."""
    path = (directory or model_dir()) / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning(
            "The learned model's manifest %s cannot be read (%s); ignoring it.", path, error
        )
        return None
    return manifest if isinstance(manifest, dict) else None


def _reports(manifest: dict[str, Any]) -> dict[str, CategoryReport]:
    reports: dict[str, CategoryReport] = {}
    for category, row in manifest.get("cv", {}).items():
        reports[category] = CategoryReport(
            category,
            int(row["positives"]),
            int(row["negatives"]),
            float(row["f1"]),
            float(row["precision"]),
            float(row["recall"]),
            float(row["threshold"]),
            int(row.get("folds", 0)),
        )
    return reports


def load_model(directory: Path | None = None) -> LearnedModel | None:
    """The saved model, or None (no model, other sklearn version, damaged file: warned)."""
    directory = directory or model_dir()
    path = directory / MODEL_FILE
    if not path.exists():
        return None
    manifest = read_manifest(directory)
    if manifest is None:
        log.warning("The learned model in %s has no readable manifest; ignoring it.", directory)
        return None
    trained_with = manifest.get("sklearn_version")
    if trained_with != sklearn.__version__:
        log.warning(
            "The learned model in %s was trained with scikit-learn %s, this PolicyLens has %s; "
            "ignoring it. Run `policylens train` to train it again.",
            directory,
            trained_with,
            sklearn.__version__,
        )
        return None
    try:
        payload = joblib.load(path)
        if not isinstance(payload, dict) or payload.get("format") != FORMAT_VERSION:
            raise ValueError("unknown model format")
        model = LearnedModel(
            vectorizer=payload["vectorizer"],
            classifiers=dict(payload["classifiers"]),
            thresholds={str(c): float(t) for c, t in payload["thresholds"].items()},
            trained_on=dict(manifest.get("trained_on", {})),
            cv=_reports(manifest),
            skipped=[
                SkippedCategory(
                    str(s["category"]), int(s["positives"]), int(s["negatives"]), str(s["reason"])
                )
                for s in manifest.get("skipped", [])
            ],
            trained_at=str(manifest.get("trained_at", "")),
        )
    except Exception as error:  # a damaged pickle can raise nearly anything
        log.warning(
            "The learned model in %s cannot be loaded (%s: %s); ignoring it. "
            "Run `policylens train` to train it again.",
            directory,
            type(error).__name__,
            error,
        )
        return None
    return model


def remove_model(directory: Path | None = None) -> None:
    directory = directory or model_dir()
    for name in (MODEL_FILE, MANIFEST_FILE):
        (directory / name).unlink(missing_ok=True)
