"""`policylens compare A B --json` in a real subprocess: the contract the GUI and scripts use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["POLICYLENS_DATA_DIR"] = str(tmp_path / "data")
    env["POLICYLENS_CONFIG_DIR"] = str(tmp_path / "config")
    env["PYTHONPATH"] = str(REPO / "desktop")
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def check_contract(data: dict[str, Any], text_a: str, text_b: str) -> None:
    assert data["mode"] in ("versions", "policies", "translation")
    assert data["pairs"]
    for pair in data["pairs"]:
        assert pair["relation"] in ("same", "changed", "added", "removed", "moved", "aligned")
        assert isinstance(pair["categories"], list)
        assert pair["a"] is not None or pair["b"] is not None
        for side, text in (("a", text_a), ("b", text_b)):
            if pair[side] is not None:
                start, end = pair[side]
                assert 0 <= start < end <= len(text)
                assert text[start:end].strip() == text[start:end]


def test_compare_versions_json(tmp_path: Path, samples: dict[str, Path]) -> None:
    text_a = samples["fa1"].read_text("utf-8")
    lines = text_a.split("\n")
    lines[1] = lines[1].replace("تیم پشتیبان", "واحد پشتیبانی")
    del lines[5]
    text_b = "\n".join(lines)
    edited = tmp_path / "edited.txt"
    edited.write_text(text_b, "utf-8")
    result = run_cli(tmp_path, "compare", str(samples["fa1"]), str(edited), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    check_contract(data, text_a, text_b)
    assert data["mode"] == "versions"
    relations = [p["relation"] for p in data["pairs"]]
    assert "changed" in relations and "removed" in relations
    (changed,) = [p for p in data["pairs"] if p["relation"] == "changed"]
    words = changed["words"]
    assert [text_b[w["b"][0] : w["b"][1]] for w in words if w["b"]] == ["واحد پشتیبانی"]


def test_compare_two_persian_policies_json_and_forced_mode(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    text_a = samples["fa1"].read_text("utf-8")
    text_b = samples["fa2"].read_text("utf-8")
    result = run_cli(tmp_path, "compare", str(samples["fa1"]), str(samples["fa2"]), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["mode"] == "policies"
    check_contract(data, text_a, text_b)
    forced = run_cli(
        tmp_path,
        "compare",
        str(samples["fa1"]),
        str(samples["fa2"]),
        "--json",
        "--mode",
        "translation",
    )
    assert forced.returncode == 0, forced.stderr
    data = json.loads(forced.stdout)
    assert data["mode"] == "translation"
    check_contract(data, text_a, text_b)


@pytest.mark.parametrize("missing", ["no-such-file.txt", "abcdef12"])
def test_unknown_document_is_a_clear_error(
    tmp_path: Path, samples: dict[str, Path], missing: str
) -> None:
    result = run_cli(tmp_path, "compare", str(samples["en"]), missing, "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("policylens: ")
    assert result.stdout == ""


def test_library_documents_by_id_prefix(tmp_path: Path, samples: dict[str, Path]) -> None:
    from policylens.core.loaders import load_document
    from policylens.store.database import open_store

    store = open_store()  # the tmp data dir the conftest set, which run_cli passes on too
    try:
        first, second = load_document(samples["en"]), load_document(samples["sv"])
        store.documents.add(first)
        store.documents.add(second)
    finally:
        store.close()
    result = run_cli(tmp_path, "compare", first.sha256[:10], second.sha256[:10], "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["a"]["sha256"] == first.sha256 and data["b"]["sha256"] == second.sha256
    check_contract(data, first.text, second.text)
