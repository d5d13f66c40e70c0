"""A model folder from someone else runs no code (issue 17, item 1).

A library folder may be shared or synced by a colleague. Older PolicyLens unpickled
`model/model.joblib` on every `analyze`: a crafted pickle ran any code. Now the model is JSON +
NumPy arrays read with `allow_pickle=False`; an old or crafted file is refused with a message
that says to train again, and the pickle's payload never runs — in-process and through the CLI.
"""

from __future__ import annotations

import io
import json
import logging
import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from policylens.core.learn.apply import analyze_with_model, model_notices
from policylens.core.learn.location import LEGACY_MODEL_FILE, MANIFEST_FILE, MODEL_FILE
from policylens.core.learn.storage import load_model

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLE = REPO / "resources" / "samples" / "001_ac4457cc92e3732f.txt"


class _Payload:
    """Unpickling this creates the marker file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (os.system, (f"touch {self.marker}",))


def _malicious_pickle(marker: Path) -> bytes:
    return pickle.dumps({"format": 1, "vectorizer": _Payload(marker)})


def _model_dir(data: Path) -> Path:
    folder = data / "model"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _old_manifest() -> str:
    # What an older PolicyLens wrote beside model.joblib (the version gate it trusted).
    import sklearn

    return json.dumps({"format": 1, "sklearn_version": sklearn.__version__, "trained_on": {}})


def test_an_old_pickled_model_is_never_loaded_and_the_user_is_told_to_retrain(
    isolated_dirs: Path, caplog: pytest.LogCaptureFixture
) -> None:
    marker = isolated_dirs / "pwned"
    folder = _model_dir(isolated_dirs / "data")
    (folder / LEGACY_MODEL_FILE).write_bytes(_malicious_pickle(marker))
    (folder / MANIFEST_FILE).write_text(_old_manifest(), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_model() is None
    from policylens.core.document import Document

    clauses = analyze_with_model(
        Document.from_text(SAMPLE.read_text("utf-8"), title="en", format="txt")
    )
    assert clauses
    assert not marker.exists()
    (notice,) = model_notices()
    assert LEGACY_MODEL_FILE in notice and "policylens train" in notice
    assert "policylens train" in caplog.text


@pytest.mark.parametrize("name", [MODEL_FILE, MANIFEST_FILE])
def test_a_pickle_renamed_to_the_new_file_names_is_refused(
    isolated_dirs: Path, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    marker = isolated_dirs / "pwned"
    folder = _model_dir(isolated_dirs / "data")
    (folder / MODEL_FILE).write_bytes(_malicious_pickle(marker))
    if name == MANIFEST_FILE:
        (folder / MANIFEST_FILE).write_bytes(_malicious_pickle(marker))
    else:
        (folder / MANIFEST_FILE).write_text(
            json.dumps(
                {
                    "format": "policylens-linear-model",
                    "version": 2,
                    "features": {
                        "bits": 12,
                        "char_ngrams": [3],
                        "word_ngrams": 1,
                        "languages": "shared",
                    },
                    "categories": ["data_retention"],
                    "dense_features": [],
                }
            ),
            "utf-8",
        )
    with caplog.at_level(logging.WARNING):
        assert load_model() is None
    assert not marker.exists()
    (notice,) = model_notices()
    assert "cannot be used" in notice and "policylens train" in notice


def test_a_pickle_inside_the_npz_archive_is_refused(isolated_dirs: Path) -> None:
    """An object array in the .npz is a pickle too: np.load(allow_pickle=False) refuses it."""
    marker = isolated_dirs / "pwned"
    folder = _model_dir(isolated_dirs / "data")
    buffer = io.BytesIO()
    arrays: dict[str, np.ndarray] = {
        "hashed": np.array([_Payload(marker)], dtype=object),
        "idf": np.ones(4096, np.float32),
        "dense": np.zeros((1, 0), np.float32),
        "intercept": np.zeros(1, np.float32),
        "platt_a": np.zeros(1, np.float32),
        "platt_b": np.zeros(1, np.float32),
        "thresholds": np.full(1, 0.5, np.float32),
    }
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    (folder / MODEL_FILE).write_bytes(buffer.getvalue())
    manifest = {
        "format": "policylens-linear-model",
        "version": 2,
        "features": {"bits": 12, "char_ngrams": [3], "word_ngrams": 1, "languages": "shared"},
        "categories": ["data_retention"],
        "dense_features": [],
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), "utf-8")
    assert load_model() is None
    assert not marker.exists()
    (notice,) = model_notices()
    assert "cannot be used" in notice
    with zipfile.ZipFile(folder / MODEL_FILE) as archive:
        assert "hashed.npy" in archive.namelist()  # the payload really was there


def test_analyze_on_a_library_with_a_planted_pickle_runs_nothing(tmp_path: Path) -> None:
    """The real CLI, as a colleague's synced folder would meet it."""
    marker = tmp_path / "pwned"
    data = tmp_path / "data"
    folder = _model_dir(data)
    (folder / LEGACY_MODEL_FILE).write_bytes(_malicious_pickle(marker))
    (folder / MANIFEST_FILE).write_text(_old_manifest(), "utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "policylens",
            "--data-dir",
            str(data),
            "analyze",
            "--json",
            str(SAMPLE),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "POLICYLENS_CONFIG_DIR": str(tmp_path / "config")},
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["clauses"]
    assert not marker.exists()
    assert "Traceback" not in run.stderr
    assert "model.joblib" in run.stderr and "policylens train" in run.stderr
