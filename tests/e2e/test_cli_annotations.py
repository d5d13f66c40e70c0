"""The annotation, search and agreement sub-commands, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PERSIAN = (
    "سیاست حفظ حریم خصوصی\n"
    "ما اطلاعات شما را جمع‌آوری می‌کنیم. این اطلاعات با Google به اشتراک گذاشته میشود.\n"
    "داده‌ها به مدت ۳۰ روز نگهداری می‌شوند."
)


def _run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )


def _library(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "lib"
    source = tmp_path / "in.jsonl"
    line = {"text": PERSIAN, "title": "نمونه", "label": [[21, 57, "first_party_collection_use"]]}
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    imported = _run(data, "annotations", "import", str(source), "--annotator", "سارا", "--json")
    assert imported.returncode == 0, imported.stderr
    [sha] = json.loads(imported.stdout)["documents"]
    return data, sha


def test_label_export_reimport_into_an_empty_store_and_export_again(tmp_path: Path) -> None:
    data, sha = _library(tmp_path)
    start = PERSIAN.index("Google")
    added = _run(
        data,
        "annotations",
        "add",
        sha[:8],
        str(start),
        str(start + 6),
        "third_party_sharing_collection",
        "--annotator",
        "Reza",
        "--note",
        "کدام؟",
    )
    assert added.returncode == 0, added.stderr
    first = tmp_path / "first.jsonl"
    assert (
        _run(data, "annotations", "export", "--format", "jsonl", "-o", str(first)).returncode == 0
    )
    empty = tmp_path / "empty"
    assert _run(empty, "annotations", "import", str(first)).returncode == 0
    second = _run(empty, "annotations", "export", "--format", "jsonl")
    assert second.stdout == first.read_text(encoding="utf-8")
    exported = json.loads(second.stdout)
    assert {a["annotator"] for a in exported["annotations"]} == {"سارا", "Reza"}
    assert [start, start + 6, "third_party_sharing_collection"] in exported["label"]


def test_csv_export_opens_as_utf8_with_bom(tmp_path: Path) -> None:
    data, _sha = _library(tmp_path)
    out = tmp_path / "labels.csv"
    result = _run(
        data, "annotations", "export", "--format", "csv", "-o", str(out), "--annotator", "سارا"
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert PERSIAN[21:57] in raw.decode("utf-8-sig")


def test_search_sees_through_spelling_variants(tmp_path: Path) -> None:
    data, sha = _library(tmp_path)
    for query in ("می‌شود", "ميشود"):
        result = _run(data, "search", query, "--json")
        assert result.returncode == 0, result.stderr
        [hit] = json.loads(result.stdout)["hits"]
        assert hit["document"] == sha and hit["title"] == "نمونه"
        assert PERSIAN[hit["start"] : hit["end"]] == "میشود"
        assert "میشود" in hit["snippet"]
    assert json.loads(_run(data, "search", "nothing-like-this", "--json").stdout) == {"hits": []}


def test_agreement_report_as_json_and_text(tmp_path: Path) -> None:
    data, sha = _library(tmp_path)
    _run(
        data,
        "annotations",
        "add",
        sha,
        "21",
        "57",
        "first_party_collection_use",
        "--annotator",
        "Reza",
    )
    result = _run(data, "agreement", sha[:10], "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["document"] == sha
    assert report["annotators"] == ["Reza", "سارا"]
    category = report["categories"]["first_party_collection_use"]
    assert category["positives"] == {"Reza": 1, "سارا": 1}
    assert category["units"] >= 3 and "alpha" in category and "kappa" in category
    text = _run(data, "agreement", sha[:10])
    assert text.returncode == 0 and "first_party_collection_use" in text.stdout


def test_bad_input_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    data, _sha = _library(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    for args in (
        ("annotations", "import", str(bad)),
        ("agreement", "ffffffff"),
        ("annotations", "add", "ffff", "0", "3", "other", "--annotator", "x"),
    ):
        result = _run(data, *args)
        assert result.returncode == 2
        assert result.stderr.startswith("policylens: ") and "Traceback" not in result.stderr
