"""`policylens train` in a subprocess, on a library filled with labelled clauses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.unit.learn_corpus import split

from policylens.core.document import Document
from policylens.store.database import open_store


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "POLICYLENS_DATA_DIR": str(tmp_path / "data"),
        "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def _fill_library(data_dir: Path) -> None:
    train_part, _ = split()
    document = Document.from_text(
        "\n".join(text for _, _, text in train_part) + "\n", title="labelled", format="txt"
    )
    store = open_store(data_dir / "policylens.sqlite3")
    try:
        store.documents.add(document)
        for paragraph, (label, _, _) in zip(document.paragraphs, train_part, strict=True):
            store.annotations.add(
                document.sha256, paragraph.start, paragraph.end, label, annotator="ana"
            )
    finally:
        store.close()


def test_train_json_reports_cv_and_saves_the_model(tmp_path: Path) -> None:
    _fill_library(tmp_path / "data")
    result = _run(tmp_path, "train", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    model = Path(report["model"])
    assert (model / "model.npz").is_file()
    manifest = json.loads((model / "manifest.json").read_text("utf-8"))
    assert manifest["trained_on"] == report["trained_on"]
    assert report["trained_on"]["languages"]["fa"] > 0
    retention = report["cv"]["data_retention"]
    assert set(retention) >= {"f1", "precision", "recall", "positives", "negatives"}
    assert retention["positives"] >= 5
    assert report["skipped"] == []


def test_train_prints_a_table_for_a_person(tmp_path: Path) -> None:
    _fill_library(tmp_path / "data")
    result = _run(tmp_path, "train")
    assert result.returncode == 0, result.stderr
    assert "data_retention" in result.stdout
    assert "F1" in result.stdout
    assert "Model saved in" in result.stdout


def test_train_on_an_empty_library_says_what_to_do(tmp_path: Path) -> None:
    result = _run(tmp_path, "train")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "label more clauses" in result.stderr
    assert not (tmp_path / "data" / "model" / "model.npz").exists()
