"""`policylens library copy`: the bundled samples with annotations go SQLite → PostgreSQL →
SQLite through the real CLI, and `annotations export --format jsonl` is byte-identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SAMPLES

from policylens.core.loaders import load_document
from policylens.store import open_store
from policylens.store.copy import copy_library


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def _annotated_samples(path: Path) -> None:
    """The five samples, labelled by two people, with changes and deletions in the history."""
    store = open_store(path)
    for number, sample in enumerate(sorted(SAMPLES.glob("*.txt"))):
        document = load_document(sample)
        store.documents.add(document)
        step = max(len(document.text) // 12, 10)
        for index, start in enumerate(range(0, len(document.text) - step, step)):
            for annotator in ("Sara", "رضا"):
                category = ("data_retention", "other", "user_choice_control")[
                    (index + number + len(annotator)) % 3
                ]
                added = store.annotations.add(
                    document.sha256, start, start + step // 2, category, annotator=annotator
                )
                if index % 4 == 0:
                    store.annotations.update(added.id, note="یادداشت", status="question")
                if index % 5 == 1:
                    store.annotations.delete(added.id)
    store.close()


def test_samples_go_sqlite_to_postgresql_to_sqlite_unchanged(tmp_path: Path, team_url: str) -> None:
    first, back = tmp_path / "first.sqlite3", tmp_path / "back.sqlite3"
    _annotated_samples(first)
    there = _cli("library", "copy", str(first), team_url, "--json")
    assert there.returncode == 0, there.stderr
    assert '"ok": true' in there.stdout
    again = _cli("library", "copy", team_url, str(back))
    assert again.returncode == 0, again.stderr
    assert "Verified: the copy is identical." in again.stdout

    exports = []
    for library in (str(first), team_url, str(back)):
        result = _cli("--library", library, "annotations", "export", "--format", "jsonl")
        assert result.returncode == 0, result.stderr
        exports.append(result.stdout)
    assert exports[0] and exports[0] == exports[1] == exports[2]
    original, copied = open_store(first), open_store(back)
    try:
        assert copied.annotations.history() == original.annotations.history()
        assert copied.documents.all() == original.documents.all()
        assert copied.annotators.all() == original.annotators.all()
        assert copied.search("اطلاعات") == original.search("اطلاعات")
    finally:
        original.close()
        copied.close()


def test_an_interrupted_copy_resumes_without_duplicates(
    tmp_path: Path, team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.sqlite3"
    _annotated_samples(first)
    monkeypatch.setattr("policylens.store.copy.BATCH", 20)

    def interrupt(table: str, done: int, total: int) -> None:
        if table == "annotations" and done >= 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_library(str(first), team_url, interrupt)
    partial = open_store(team_url)
    assert 0 < partial.annotations.count() < open_store(first).annotations.count()
    partial.close()
    report = copy_library(str(first), team_url)
    assert report.ok, report.to_json()
    copied = {t.table: t.copied for t in report.tables}
    assert copied["documents"] == 0 and copied["annotations"] > 0
    # The sequences continue after the copied ids: a new label gets a new id.
    team = open_store(team_url)
    document = team.documents.all()[0].sha256
    added = team.annotations.add(document, 0, 3, "other", annotator="Sara")
    assert added.id > max(a.id for a in team.annotations.all() if a.id != added.id)
    team.close()


def test_copy_of_a_missing_source_is_a_clear_message(tmp_path: Path) -> None:
    result = _cli("library", "copy", str(tmp_path / "nothing.sqlite3"), str(tmp_path / "b.sqlite3"))
    assert result.returncode == 2 and "does not exist" in result.stderr
