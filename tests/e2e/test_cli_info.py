"""`policylens info FILE --json`, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "POLICYLENS_DATA_DIR": str(tmp_path / "data"),
        "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("sample", "language", "direction"), [("fa1", "fa", "rtl"), ("kk", "kk", "ltr")]
)
def test_info_json(
    tmp_path: Path, samples: dict[str, Path], sample: str, language: str, direction: str
) -> None:
    result = _run(tmp_path, "info", str(samples[sample]), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert set(document) == {
        "sha256",
        "title",
        "format",
        "language",
        "direction",
        "paragraphs",
        "chars",
    }
    text = samples[sample].read_text("utf-8")
    assert document["format"] == "txt"
    assert (document["language"], document["direction"]) == (language, direction)
    assert document["chars"] == len(text)
    assert document["paragraphs"] == sum(1 for line in text.split("\n") if line.strip())
    assert len(document["sha256"]) == 64


def test_info_on_a_persian_windows_1256_file(tmp_path: Path, samples: dict[str, Path]) -> None:
    path = tmp_path / "fa-1256.txt"
    path.write_bytes(samples["fa1"].read_text("utf-8").replace("ی", "ي").encode("cp1256"))
    result = _run(tmp_path, "info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["language"] == "fa"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "an image"),
        ("broken.pdf", b"%PDF-1.4\nnot really a pdf\n", "damaged PDF"),
    ],
)
def test_bad_file_exits_2_with_one_line(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _run(tmp_path, "info", str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = _run(tmp_path, "info", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "was not found" in result.stderr
    assert "Traceback" not in result.stderr
