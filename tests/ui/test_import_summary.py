"""The window's summary after importing labels (issue 17): how many annotations were added,
updated, conflicting, duplicate and rejected, with each one listed under Show Details."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from policylens.ui.features.annotate import Annotate

TEXT = "We keep your data for two years.\nWe share your e-mail address with advertisers."
KEEP = (0, 32)
SHARE = (33, len(TEXT))


def _label(span: tuple[int, int], category: str, **extra: str) -> dict[str, Any]:
    return {"start": span[0], "end": span[1], "category": category, "annotator": "ana", **extra}


def _write(path: Path, annotations: list[dict[str, Any]]) -> Path:
    line = {"text": TEXT, "title": "Shop policy", "annotations": annotations}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from policylens.store import open_store
    from policylens.ui.app import create_application
    from policylens.ui.shell.main_window import MainWindow

    create_application()
    store = open_store(tmp_path / "library" / "library.db")
    shown = MainWindow(store, import_samples=False, language="en")
    qtbot.addWidget(shown)
    yield shown
    shown.runner.wait(10000)
    store.close()


def _import(qtbot: Any, window: Any, path: Path) -> tuple[str, str]:
    """Import as File ▸ Import Annotations does; the summary box's text and detailed text."""
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.detailedText()))
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.features.get(Annotate).transfers.import_file(path, notify=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    return seen[0]


def test_summary_counts_and_lists_every_kind(qtbot: Any, window: Any, tmp_path: Path) -> None:
    first = _write(
        tmp_path / "first.jsonl",
        [_label(KEEP, "data_retention"), _label(SHARE, "third_party_sharing_collection")],
    )
    message, details = _import(qtbot, window, first)
    assert "2 annotation(s) added" in message
    assert "Added: 2" in details

    second = _write(
        tmp_path / "second.jsonl",
        [
            # newer note in the file: applied
            _label(KEEP, "data_retention", note="two years", updated="2999-01-01T00:00:00"),
            # older note in the file: the library's kept
            _label(SHARE, "third_party_sharing_collection", note="old", updated="2000-01-01"),
            # new, and twice in the file
            _label(SHARE, "user_choice_control"),
            _label(SHARE, "user_choice_control"),
        ],
    )
    message, details = _import(qtbot, window, second)
    assert "1 annotation(s) added" in message
    assert "1 updated" in message
    assert "1 conflicting" in message
    assert "1 duplicate in the file" in message
    assert "0 rejected" in message
    lines = details.splitlines()
    assert "Added: 1" in lines
    assert f"  Shop policy {SHARE[0]}–{SHARE[1]} user_choice_control (ana)" in [
        line.replace("\u2068", "").replace("\u2069", "") for line in lines
    ]
    for heading in ("Updated", "Conflicting", "Duplicate in the file"):
        at = next(i for i, line in enumerate(lines) if line.startswith(heading))
        assert lines[at].endswith(": 1") and "Shop policy" in lines[at + 1]
    with window.store_jobs.locked():
        notes = {a.category: a.note for a in window.store.annotations.all()}
    assert notes["data_retention"] == "two years"
    assert notes["third_party_sharing_collection"] == ""


def test_a_rejected_file_says_so_and_why(qtbot: Any, window: Any, tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.jsonl", [_label(KEEP, "<script>alert(1)</script>")])
    message, details = _import(qtbot, window, bad)
    assert "Nothing was imported" in message and "1 rejected" in message
    assert "line 1" in details and "category" in details
    with window.store_jobs.locked():
        assert window.store.annotations.count() == 0
