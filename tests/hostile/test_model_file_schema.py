"""Every field of a model folder is checked: a bad file is refused with a message, no traceback."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from policylens.core.learn.hashing import FeatureSpec
from policylens.core.learn.linear import LinearModel
from policylens.core.learn.model_file import ModelFileError, read_model, write_model

SPEC = FeatureSpec(bits=10, char_sizes=(3,), word_max=1, languages="shared")


def _model() -> LinearModel:
    rng = np.random.default_rng(0)
    return LinearModel(
        spec=SPEC,
        categories=("data_retention", "other"),
        hashed=rng.standard_normal((2, SPEC.buckets)).astype(np.float16).astype(np.float32),
        idf=np.ones(SPEC.buckets, np.float32),
        dense_names=("cue:data_retention",),
        dense=np.ones((2, 1), np.float32),
        intercept=np.zeros(2, np.float32),
        platt_a=np.full(2, -1.0, np.float32),
        platt_b=np.zeros(2, np.float32),
        thresholds=np.full(2, 0.5, np.float32),
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_model(tmp_path / "m", _model(), {"kind": "test"})
    return tmp_path / "m"


def test_a_written_model_reads_back_and_scores_alike(folder: Path) -> None:
    model, manifest = read_model(folder)
    assert manifest["kind"] == "test"
    texts = ["We keep your data for five years.", ""]
    dense = np.array([[0.8], [0.0]])
    expected = _model().probabilities_of_texts(texts, None, dense)
    assert np.allclose(model.probabilities_of_texts(texts, None, dense), expected)


def _rewrite_arrays(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    with np.load(folder / "model.npz", allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    change(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    (folder / "model.npz").write_bytes(buffer.getvalue())


def _rewrite_manifest(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    change(manifest)
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")


BAD_ARRAYS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "wrong shape": (lambda a: a.update(hashed=a["hashed"][:, :10]), "shape"),
    "wrong dtype": (lambda a: a.update(intercept=a["intercept"].astype(np.int64)), "dtype"),
    "not finite": (lambda a: a["platt_b"].__setitem__(0, np.nan), "not finite"),
    "threshold out of range": (lambda a: a["thresholds"].__setitem__(0, 1.5), "between 0 and 1"),
    "negative idf": (lambda a: a["idf"].__setitem__(3, -1), "idf"),
    "missing array": (lambda a: a.pop("dense"), "unexpected contents"),
    "extra array": (lambda a: a.update(extra=np.zeros(1, np.float32)), "unexpected contents"),
}


@pytest.mark.parametrize("case", sorted(BAD_ARRAYS))
def test_bad_arrays_are_refused_with_a_message(folder: Path, case: str) -> None:
    change, message = BAD_ARRAYS[case]
    _rewrite_arrays(folder, change)
    with pytest.raises(ModelFileError, match=message):
        read_model(folder)


BAD_MANIFESTS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "other format": (lambda m: m.update(format="sklearn-joblib"), "not a PolicyLens model"),
    "newer version": (lambda m: m.update(version=3), "version"),
    "huge hash": (lambda m: m["features"].update(bits=40), "hash size"),
    "bad n-grams": (lambda m: m["features"].update(char_ngrams=["3"]), "n-gram"),
    "bad language mode": (lambda m: m["features"].update(languages="all"), "language mode"),
    "category not an id": (lambda m: m.update(categories=["<script>", "other"]), "categories"),
    "duplicate category": (lambda m: m.update(categories=["other", "other"]), "categories"),
    "shape from the manifest": (lambda m: m["categories"].append("data_security"), "shape"),
}


@pytest.mark.parametrize("case", sorted(BAD_MANIFESTS))
def test_bad_manifests_are_refused_with_a_message(folder: Path, case: str) -> None:
    change, message = BAD_MANIFESTS[case]
    _rewrite_manifest(folder, change)
    with pytest.raises(ModelFileError, match=message):
        read_model(folder)


def test_damaged_files_are_refused_with_a_message(folder: Path) -> None:
    (folder / "manifest.json").write_text("{not json", "utf-8")
    with pytest.raises(ModelFileError, match="cannot be read"):
        read_model(folder)
    write_model(folder, _model(), {})
    data = (folder / "model.npz").read_bytes()
    (folder / "model.npz").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="damaged or not a model"):
        read_model(folder)


def test_a_zip_bomb_member_is_refused_before_it_is_unpacked(folder: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("hashed", "idf", "dense", "intercept", "platt_a", "platt_b", "thresholds"):
            archive.writestr(f"{name}.npy", b"\0" * (50_000_000 if name == "idf" else 10))
    (folder / "model.npz").write_bytes(buffer.getvalue())
    with pytest.raises(ModelFileError, match="larger than its shape allows"):
        read_model(folder)
