"""The readable summary `policylens compare A B` prints when no window is available."""

from __future__ import annotations

import pytest

from policylens.cli.commands.compare import print_summary
from policylens.core.compare import compare
from policylens.core.document import Document


def test_summary_lists_each_difference(capsys: pytest.CaptureFixture[str]) -> None:
    a = Document.from_text(
        "Intro.\nWe keep data for one year.\nContact us.\n", title="old", format="txt"
    )
    b = Document.from_text(
        "Intro.\nWe keep data for two years.\nContact us.\n", title="new", format="txt"
    )
    print_summary(a, b, compare(a, b, "versions", analyse=False))
    out = capsys.readouterr().out
    assert "mode: versions" in out
    assert "same 2" in out and "changed 1" in out
    assert "We keep data for one year." in out and "We keep data for two years." in out
