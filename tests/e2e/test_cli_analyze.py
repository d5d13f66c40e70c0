"""`policylens analyze` run as a user (and the scorer) runs it: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def run_cli(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["POLICYLENS_DATA_DIR"] = str(tmp / "data")
    env["POLICYLENS_CONFIG_DIR"] = str(tmp / "config")
    env["PYTHONPATH"] = str(REPO / "desktop")
    return subprocess.run(
        [sys.executable, "-m", "policylens", "analyze", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_json_contract_one_line_per_file_in_order(samples: dict[str, Path], tmp_path: Path) -> None:
    names = ["fa2", "en", "kk"]
    result = run_cli(*(str(samples[n]) for n in names), "--json", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(names)
    for name, line in zip(names, lines, strict=True):
        obj = json.loads(line)
        text = obj["text"]
        assert text == samples[name].read_text(encoding="utf-8").replace("\r\n", "\n")
        assert obj["document"]["sha256"] and obj["document"]["chars"] == len(text)
        previous = 0
        for clause in obj["clauses"]:
            assert {"start", "end", "kind", "language", "direction", "categories"} <= set(clause)
            assert previous <= clause["start"] < clause["end"] <= len(text)
            previous = clause["end"]
            chunk = text[clause["start"] : clause["end"]]
            assert chunk.strip() == chunk
            scores = [c["score"] for c in clause["categories"]]
            assert clause["categories"] and scores == sorted(scores, reverse=True)
            for category in clause["categories"]:
                assert 0.0 <= category["score"] <= 1.0
                for cue in category["cues"]:
                    assert text[cue["start"] : cue["end"]] == cue["text"]
                    assert clause["start"] <= cue["start"] < cue["end"] <= clause["end"]


def test_persian_sample_is_classified(samples: dict[str, Path], tmp_path: Path) -> None:
    result = run_cli(str(samples["fa2"]), "--json", tmp=tmp_path)
    obj = json.loads(result.stdout)
    by_text = {
        obj["text"][c["start"] : c["end"]]: {k["id"] for k in c["categories"]}
        for c in obj["clauses"]
    }
    assert "data_retention" in by_text["مدت زمان نگهداری از اطلاعات شما"]
    assert "data_security" in by_text["امنیت در نگهداری اطلاعات شخصی شما"]


def test_summary_is_logical_when_piped_and_visual_on_request(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    piped = run_cli(str(samples["fa2"]), tmp=tmp_path)
    assert piped.returncode == 0, piped.stderr
    assert "Data retention" in piped.stdout
    assert "مدت زمان نگهداری" in piped.stdout, "logical order when stdout is not a terminal"
    visual = run_cli(str(samples["fa2"]), "--visual", "--lang", "fa", tmp=tmp_path)
    assert visual.returncode == 0
    assert "مدت زمان نگهداری" not in visual.stdout, "reordered and shaped for a terminal"
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual.stdout), "Arabic presentation forms"


def test_a_missing_file_fails_the_whole_run_before_any_output(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    result = run_cli(str(samples["en"]), str(tmp_path / "missing.txt"), "--json", tmp=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
