"""Saving and loading the user's model in the user data dir: `manifest.json` + `model.npz`.

Trust boundary: a library folder may be handed over or synced by someone else, so nothing in it
may run code when loaded. The model is plain NumPy arrays and JSON read against an explicit
schema (`model_file`): a bad file is refused with a message (the lexicon and the shipped model
keep working), never a crash. A `model.joblib` left by an older PolicyLens (a pickle) is never
opened: the user is told to train again (`legacy_notice`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from policylens import __version__
from policylens.core.learn.location import (
    LEGACY_MODEL_FILE,
    MANIFEST_FILE,
    MODEL_FILE,
    STACKED_DIR,
    STACKED_FILES,
    model_dir,
)
from policylens.core.learn.model import (
    CategoryReport,
    LearnedModel,
    SkippedCategory,
    StackedModel,
    StackedReport,
)
from policylens.core.learn.model_file import (
    ModelFileError,
    read_manifest_file,
    read_model,
    write_model,
)

log = logging.getLogger("policylens.learn")

RETRAIN = "Run `policylens train` (or Tools ▸ Train from Annotations…) to train it again."


def manifest_of(model: LearnedModel) -> dict[str, Any]:
    return {
        "kind": "user",
        "trained_at": model.trained_at,
        "policylens_version": __version__,
        "categories": list(model.categories),
        "thresholds": {c: round(t, 4) for c, t in model.thresholds.items()},
        "trained_on": model.trained_on,
        "cv": {c: report.to_json() for c, report in model.cv.items()},
        "skipped": [s.to_json() for s in model.skipped],
        # Shown by Model info beside `cv`; the stacked model's own folder has the same.
        "stacked": (
            {c: r.to_json() for c, r in model.stacked.reports.items()}
            if model.stacked is not None
            else {}
        ),
    }


def save_model(model: LearnedModel, directory: Path | None = None) -> Path:
    """Save model and manifest; returns the folder. Replaces an earlier model (and removes an
    old-format `model.joblib`, which this model supersedes)."""
    directory = directory or model_dir()
    # The stacked part first: a model saved over an older one never pairs with its stack.
    _remove(directory, STACKED_FILES)
    if model.stacked is not None:
        stacked = model.stacked
        manifest = {
            "kind": "stacked",
            "shipped_id": stacked.shipped_id,
            "unit": stacked.unit,
            "reports": {c: r.to_json() for c, r in stacked.reports.items()},
        }
        write_model(directory / STACKED_DIR, stacked.linear, manifest)
    write_model(directory, model.linear, manifest_of(model))
    (directory / LEGACY_MODEL_FILE).unlink(missing_ok=True)
    return directory


def _remove(directory: Path, names: tuple[str, ...]) -> None:
    for name in names:
        (directory / name).unlink(missing_ok=True)


def _stacked(directory: Path, categories: tuple[str, ...]) -> StackedModel | None:
    """The stacked part, when there is one that fits; a damaged one is left out (warned): the
    plain model still works."""
    folder = directory / STACKED_DIR
    if not (folder / MODEL_FILE).exists():
        return None
    try:
        linear, manifest = read_model(folder)
        reports = {
            str(category): StackedReport(
                str(category),
                int(row["positives"]),
                float(row["user_f1"]),
                float(row["base_f1"]),
                float(row["base_precision"]),
                float(row["base_recall"]),
                float(row["f1"]),
                float(row["precision"]),
                float(row["recall"]),
                float(row["threshold"]),
                row["takeover"] is True,
                "user" if row.get("decider") == "user" else "stacked",
                _share(row.get("paragraph_veto")),
                row.get("path") == "lexicon",
                _paths(row.get("paths")),
            )
            for category, row in (manifest.get("reports") or {}).items()
        }
        if set(reports) != set(linear.categories) or not set(categories) >= set(reports):
            raise ValueError("its categories do not match the model's")
        # Older models have no unit: they decided clause by clause.
        unit = "paragraph" if manifest.get("unit") == "paragraph" else "clause"
        return StackedModel(linear, reports, str(manifest.get("shipped_id", "")), unit)
    except (ModelFileError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.warning("The stacked part of the learned model is not used (%s).", error)
        return None


def _paths(value: Any) -> dict[str, float]:
    """The saved F1 by way of deciding (`stack_paths`); {} when absent (a model saved before)."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(f, int | float) and not isinstance(f, bool)
        for k, f in value.items()
    ):
        raise ValueError(f"the F1 by way of deciding {value!r} is not a table of numbers")
    return {k: float(f) for k, f in value.items()}


def _share(value: Any) -> float | None:
    """A saved veto share in [0, 1]; None when absent (a model saved before shares were chosen
    by cross-validation: the old default applies). Anything else is a damaged report."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise ValueError(f"veto share {value!r} is not a number from 0 to 1")
    return float(value)


def read_manifest(directory: Path | None = None) -> dict[str, Any] | None:
    """The saved model's manifest, or None when there is none (or it cannot be read)."""
    directory = directory or model_dir()
    if not (directory / MANIFEST_FILE).exists():
        return None
    try:
        return read_manifest_file(directory)
    except ModelFileError as error:
        log.warning("The learned model's manifest cannot be read (%s); ignoring it.", error)
        return None


def legacy_notice(directory: Path | None = None) -> str | None:
    """What to tell the user when the folder holds only an old pickled model (never loaded)."""
    directory = directory or model_dir()
    if (directory / LEGACY_MODEL_FILE).exists() and not (directory / MODEL_FILE).exists():
        return (
            f"The learned model in {directory} was saved by an older PolicyLens in a format "
            f"that could run code when loaded ({LEGACY_MODEL_FILE}); it is not used. {RETRAIN}"
        )
    return None


def _reports(manifest: dict[str, Any]) -> dict[str, CategoryReport]:
    reports: dict[str, CategoryReport] = {}
    for category, row in (manifest.get("cv") or {}).items():
        reports[str(category)] = CategoryReport(
            str(category),
            int(row["positives"]),
            int(row["negatives"]),
            float(row["f1"]),
            float(row["precision"]),
            float(row["recall"]),
            float(row["threshold"]),
            int(row.get("folds", 0)),
        )
    return reports


def check_model(directory: Path | None = None) -> tuple[LearnedModel | None, str | None]:
    """(the saved model or None, why it is not used when there is a reason to tell)."""
    directory = directory or model_dir()
    notice = legacy_notice(directory)
    if notice is not None or not (directory / MODEL_FILE).exists():
        return None, notice
    try:
        linear, manifest = read_model(directory)
        trained_on = manifest.get("trained_on") or {}
        skipped = manifest.get("skipped") or []
        if not isinstance(trained_on, dict) or not isinstance(skipped, list):
            raise ValueError("the manifest's reports are damaged")
        model = LearnedModel(
            linear=linear,
            trained_on=trained_on,
            cv=_reports(manifest),
            skipped=[
                SkippedCategory(
                    str(s["category"]), int(s["positives"]), int(s["negatives"]), str(s["reason"])
                )
                for s in skipped
            ],
            trained_at=str(manifest.get("trained_at", "")),
            stacked=_stacked(directory, linear.categories),
        )
    except ModelFileError as error:
        return None, f"The learned model cannot be used: {error}. {RETRAIN}"
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        return None, f"The learned model in {directory} cannot be used ({error}). {RETRAIN}"
    return model, None


def load_model(directory: Path | None = None) -> LearnedModel | None:
    """The saved model, or None (no model, an old pickle, a damaged file: warned)."""
    model, notice = check_model(directory)
    if notice is not None:
        log.warning("%s", notice)
    return model


def remove_model(directory: Path | None = None) -> None:
    directory = directory or model_dir()
    _remove(directory, (*STACKED_FILES, MODEL_FILE, MANIFEST_FILE, LEGACY_MODEL_FILE))
