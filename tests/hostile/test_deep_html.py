"""Issue 17 item 3: deep HTML is read to its end, or refused with a message, never cut."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.cli import assert_clean_failure, run_cli


def _nested(depth: int) -> str:
    return "<p>Intro</p>" + "<div>" * depth + "Deep" + "</div>" * depth + "<p>Tail</p>"


def test_html_300_levels_deep_is_read_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(_nested(300))
    result = run_cli(tmp_path, "analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"].split("\n") == ["Intro", "Deep", "Tail"]


def test_html_deeper_than_the_parser_can_go_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(_nested(3000))
    result = run_cli(tmp_path, "info", str(path), "--json")
    assert_clean_failure(result)
    assert "deeper than 2048 levels" in result.stderr
    assert result.stdout == ""
