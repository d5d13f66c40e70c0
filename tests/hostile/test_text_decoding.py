"""Issue 17 item 2: one bad byte must not garble a whole file into another code page."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from policylens.core.encoding import decode
from tests.hostile.cli import run_cli

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the status-bar test below


def test_one_stray_byte_keeps_a_persian_file_utf8(tmp_path: Path, samples: dict[str, Path]) -> None:
    # The reproduction: sample 000 with one \xff appended was read as KOI8, "uk".
    original = samples["fa1"].read_bytes()
    path = tmp_path / "f.txt"
    path.write_bytes(original + b"\xff\n")
    result = run_cli(tmp_path, "info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert (document["language"], document["direction"]) == ("fa", "rtl")
    assert document["chars"] == len(original.decode("utf-8")) + 2  # "\ufffd\n"
    assert document["warnings"] and "U+FFFD" in document["warnings"][0]
    assert "warning: f.txt: 1 byte sequence was not valid UTF-8" in result.stderr


def test_a_few_bad_bytes_inside_become_replacement_characters(samples: dict[str, Path]) -> None:
    text = samples["fa2"].read_text("utf-8")
    data = text.encode("utf-8")
    first = data.index(b"\n")
    last = data.rindex(b"\n")
    # Half a Persian letter (a lead byte alone) and two bytes UTF-8 never uses: 3 bad sequences.
    damaged = data[:first] + b"\xd9" + data[first:last] + b"\xfe\xfe" + data[last:]
    decoded = decode(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 3
    assert decoded.text.count("\ufffd") == 3
    assert decoded.text.replace("\ufffd", "") == text
    assert decoded.warnings()


def test_a_real_legacy_file_is_still_detected(samples: dict[str, Path]) -> None:
    text = samples["fa1"].read_text("utf-8").replace("ی", "ي")
    decoded = decode(text.encode("cp1256"))
    assert decoded.encoding == "cp1256" and decoded.replaced == 0
    assert decoded.text == text


def test_the_window_says_bytes_were_replaced(
    tmp_path: Path, samples: dict[str, Path], qtbot: Any
) -> None:
    """The status bar keeps the warning while the document is shown (a transient message
    was overwritten at once by the analysis's own)."""
    from PySide6.QtWidgets import QStatusBar

    from policylens.core.loaders import load_document
    from policylens.ui.shell.status import StatusArea

    path = tmp_path / "f.txt"
    path.write_bytes(samples["en"].read_bytes() + "é".encode() * 40 + b"\x80")
    document = load_document(path)
    assert document.encoding == "utf-8" and document.text.endswith("\ufffd")
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusArea(bar)
    status.show_document(document)
    assert not status.warning.isHidden()
    assert "U+FFFD" in status.warning.text()
    status.show_document(load_document(samples["en"]))
    assert status.warning.isHidden()
