"""A `LinearModel` on disk: `manifest.json` + `model.npz`, a format that cannot run code.

Trust boundary: a model folder may come from anyone (a library folder handed over by a
colleague, a synced folder). Loading therefore never unpickles: the manifest is JSON, the arrays
are NumPy `.npy` members of a zip read with `allow_pickle=False` (an object array is refused),
and everything is checked against an explicit schema before use — the member names, each
array's dtype and shape (from the manifest's feature spec and category count), finite values,
thresholds in (0, 1), sizes within limits (no zip bomb). A file that fails any check is refused
with a `ModelFileError` whose message says what is wrong; never a traceback.

Schema (format "policylens-linear-model", version 2):

    manifest.json  {"format": "policylens-linear-model", "version": 2,
                    "features": {"bits": 18, "char_ngrams": [3, 4, 5], "word_ngrams": 2,
                                 "languages": "shared" | "per_language" | "both"},
                    "categories": [id, …], "dense_features": [name, …], …anything else}
    model.npz      hashed      float16|float32  (categories, 2**bits)
                   idf         float16|float32  (2**bits,)
                   dense       float32          (categories, dense features)
                   intercept, platt_a, platt_b, thresholds   float32 (categories,)
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from policylens.core.errors import PolicyLensError
from policylens.core.learn.hashing import LANGUAGE_MODES, FeatureSpec
from policylens.core.learn.linear import LinearModel

FORMAT = "policylens-linear-model"
VERSION = 2
MANIFEST_FILE = "manifest.json"
ARRAYS_FILE = "model.npz"
MAX_MANIFEST_BYTES = 2_000_000
MAX_BITS = 22
MIN_BITS = 10
MAX_CATEGORIES = 64
MAX_DENSE = 256
_NAME = re.compile(r"[a-z0-9_:.\-]{1,64}")


class ModelFileError(PolicyLensError):
    """A model folder that cannot be used; the message says why."""


def _fail(path: Path, why: str) -> ModelFileError:
    return ModelFileError(f"{path}: {why}")


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Through a temporary file in the same folder: a crash never leaves half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(handle)
    try:
        write(Path(temporary))
        # mkstemp makes it 0600: give it the mode any new file gets (the user's umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_model(
    directory: Path, model: LinearModel, manifest: dict[str, Any], *, compress: bool = True
) -> None:
    """Write the arrays, then the manifest (the manifest names what the arrays must be)."""
    directory.mkdir(parents=True, exist_ok=True)
    content = {
        **manifest,
        "format": FORMAT,
        "version": VERSION,
        "features": model.spec.to_json(),
        "categories": list(model.categories),
        "dense_features": list(model.dense_names),
    }
    arrays: dict[str, Any] = {
        "hashed": model.hashed.astype(np.float16),
        "idf": model.idf.astype(np.float16),
        "dense": model.dense.astype(np.float32),
        "intercept": model.intercept.astype(np.float32),
        "platt_a": model.platt_a.astype(np.float32),
        "platt_b": model.platt_b.astype(np.float32),
        "thresholds": model.thresholds.astype(np.float32),
    }

    def write_arrays(path: Path) -> None:
        with path.open("wb") as handle:
            if compress:
                np.savez_compressed(handle, **arrays)
            else:
                np.savez(handle, **arrays)

    _write_atomically(directory / ARRAYS_FILE, write_arrays)
    text = json.dumps(content, ensure_ascii=False, indent=2)
    _write_atomically(directory / MANIFEST_FILE, lambda p: _write_text(p, text))


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")


def read_manifest_file(directory: Path) -> dict[str, Any]:
    """The manifest as a dict (not yet checked against the arrays)."""
    path = directory / MANIFEST_FILE
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise _fail(path, f"the manifest is {size} bytes, more than a model's ever is")
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise _fail(path, "no manifest.json") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _fail(path, f"the manifest cannot be read ({error})") from None
    if not isinstance(manifest, dict):
        raise _fail(path, "the manifest is not a JSON object")
    return manifest


def _spec(path: Path, manifest: dict[str, Any]) -> FeatureSpec:
    if manifest.get("format") != FORMAT:
        raise _fail(path, f"not a PolicyLens model (format {manifest.get('format')!r})")
    if manifest.get("version") != VERSION:
        raise _fail(path, f"model format version {manifest.get('version')!r}; this reads {VERSION}")
    features = manifest.get("features")
    if not isinstance(features, dict):
        raise _fail(path, "the manifest has no feature description")
    bits, chars, words = (
        features.get("bits"),
        features.get("char_ngrams"),
        features.get("word_ngrams"),
    )
    languages = features.get("languages")
    if type(bits) is not int or not MIN_BITS <= bits <= MAX_BITS:
        raise _fail(path, f"hash size {bits!r} is not {MIN_BITS}…{MAX_BITS} bits")
    if (
        not isinstance(chars, list)
        or len(chars) > 8
        or not all(type(n) is int and 1 <= n <= 8 for n in chars)
    ):
        raise _fail(path, f"character n-gram sizes {chars!r} are not a short list of 1…8")
    if type(words) is not int or not 0 <= words <= 3:
        raise _fail(path, f"word n-gram size {words!r} is not 0…3")
    if languages not in LANGUAGE_MODES:
        raise _fail(path, f"language mode {languages!r} is not one of {', '.join(LANGUAGE_MODES)}")
    return FeatureSpec(bits, tuple(chars), words, languages)


def _names(path: Path, manifest: dict[str, Any], key: str, limit: int, minimum: int) -> list[str]:
    names = manifest.get(key)
    if (
        not isinstance(names, list)
        or not minimum <= len(names) <= limit
        or not all(isinstance(n, str) and _NAME.fullmatch(n) for n in names)
        or len(set(names)) != len(names)
    ):
        raise _fail(path, f"{key} must be {minimum}…{limit} distinct short ids")
    return names


def read_model(directory: Path) -> tuple[LinearModel, dict[str, Any]]:
    """The model of `directory` and its manifest; `ModelFileError` when anything is off."""
    manifest = read_manifest_file(directory)
    manifest_path = directory / MANIFEST_FILE
    spec = _spec(manifest_path, manifest)
    categories = _names(manifest_path, manifest, "categories", MAX_CATEGORIES, 1)
    dense_names = _names(manifest_path, manifest, "dense_features", MAX_DENSE, 0)
    count = len(categories)
    shapes = {
        "hashed": (count, spec.buckets),
        "idf": (spec.buckets,),
        "dense": (count, len(dense_names)),
        "intercept": (count,),
        "platt_a": (count,),
        "platt_b": (count,),
        "thresholds": (count,),
    }
    arrays = _read_arrays(directory / ARRAYS_FILE, shapes)
    thresholds = arrays["thresholds"]
    if not bool(np.all((thresholds > 0) & (thresholds < 1))):
        raise _fail(directory / ARRAYS_FILE, "decision thresholds must lie between 0 and 1")
    if not bool(np.all(arrays["idf"] >= 0)):
        raise _fail(directory / ARRAYS_FILE, "idf weights must not be negative")
    model = LinearModel(
        spec=spec,
        categories=tuple(categories),
        hashed=np.ascontiguousarray(arrays["hashed"], dtype=np.float32),
        idf=arrays["idf"].astype(np.float32),
        dense_names=tuple(dense_names),
        dense=arrays["dense"].astype(np.float32),
        intercept=arrays["intercept"].astype(np.float32),
        platt_a=arrays["platt_a"].astype(np.float32),
        platt_b=arrays["platt_b"].astype(np.float32),
        thresholds=thresholds.astype(np.float32),
    )
    return model, manifest


def _read_arrays(path: Path, shapes: dict[str, tuple[int, ...]]) -> dict[str, np.ndarray]:
    """The npz members, checked: exactly the expected names, no pickles, dtype and shape."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "the model's arrays are missing") from None
    except OSError as error:
        raise _fail(path, f"cannot be read ({error.strerror or error})") from None
    if not data.startswith(b"PK\x03\x04"):
        raise _fail(path, "not a NumPy .npz archive (a model is never a pickle)")
    expected_bytes = {name: 4 * int(np.prod(shape)) + 4096 for name, shape in shapes.items()}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: info for info in archive.infolist()}
            if set(members) != {f"{name}.npy" for name in shapes}:
                raise _fail(path, f"unexpected contents {sorted(members)}")
            for name, limit in expected_bytes.items():
                if members[f"{name}.npy"].file_size > limit:
                    raise _fail(path, f"{name} is larger than its shape allows")
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in shapes}
    except ModelFileError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, EOFError, KeyError) as error:
        raise _fail(path, f"damaged or not a model ({error})") from None
    for name, shape in shapes.items():
        array = arrays[name]
        allowed = ("float16", "float32") if name in ("hashed", "idf") else ("float32",)
        if array.dtype.name not in allowed:
            raise _fail(path, f"{name} has dtype {array.dtype}, expected {' or '.join(allowed)}")
        if array.shape != shape:
            raise _fail(path, f"{name} has shape {array.shape}, expected {shape}")
        if not bool(np.all(np.isfinite(array))):
            raise _fail(path, f"{name} has values that are not finite numbers")
    return arrays
