"""Issue 17 items 9 and 10: what a JSONL import accepts, updates, skips and refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.core.errors import LoadError
from policylens.export.labels import export_jsonl, import_jsonl
from policylens.store.database import Store, open_store
from tests.hostile.cli import assert_clean_failure, run_cli

TEXT = "We collect your e-mail address.\nWe keep it for two years.\n"


def _line(*annotations: dict[str, object], text: str = TEXT) -> str:
    return json.dumps({"text": text, "annotations": list(annotations)}, ensure_ascii=False)


def _annotation(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "start": 0,
        "end": 10,
        "category": "first_party_collection_use",
        "annotator": "Lena",
    }
    return base | fields


@pytest.fixture
def store() -> Store:
    return open_store(memory=True)


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_duplicates_inside_one_file_are_added_once(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, _line(_annotation(), _annotation(), _annotation()))
    summary = import_jsonl(store, path)
    assert (summary.annotations_added, summary.duplicates_in_file) == (1, 2)
    assert store.annotations.count() == 1


def test_the_same_annotation_twice_with_different_notes_is_a_conflict(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path, _line(_annotation(note="a"), _annotation(note="b")))
    with pytest.raises(LoadError, match="appears twice in the file with different notes"):
        import_jsonl(store, path)
    assert store.documents.count() == 0  # all or nothing


def test_a_changed_note_is_applied_with_history(store: Store, tmp_path: Path) -> None:
    import_jsonl(store, _write(tmp_path, _line(_annotation(note="first"))))
    (annotation,) = store.annotations.all()
    changed = _annotation(note="second", status="concern", tags=["cookies"], updated="9999")
    summary = import_jsonl(store, _write(tmp_path, _line(changed)))
    assert (summary.annotations_updated, summary.annotations_added) == (1, 0)
    (after,) = store.annotations.all()
    assert (after.id, after.note, after.status, after.tags) == (
        annotation.id,
        "second",
        "concern",
        ("cookies",),
    )
    actions = [entry.action for entry in store.annotations.history(annotation.id)]
    assert actions == ["create", "update"]


def test_an_older_change_in_the_file_is_reported_not_applied(store: Store, tmp_path: Path) -> None:
    import_jsonl(store, _write(tmp_path, _line(_annotation(note="current"))))
    stale = _annotation(note="stale", updated="2000-01-01T00:00:00+00:00")
    summary = import_jsonl(store, _write(tmp_path, _line(stale)))
    assert (summary.conflicts, summary.annotations_updated) == (1, 0)
    assert store.annotations.all()[0].note == "current"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (_annotation(category="<script>alert(1)</script>"), "unknown category"),
        (_annotation(start=True), "offsets must be whole numbers"),
        (_annotation(end=True, start=0), "offsets must be whole numbers"),
        (_annotation(start=0.0), "offsets must be whole numbers"),
        (_annotation(note={"a": 1}), "must be text"),
    ],
)
def test_bad_fields_are_refused(store: Store, tmp_path: Path, bad: dict, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        import_jsonl(store, _write(tmp_path, _line(bad)))
    assert store.documents.count() == 0


def test_doccano_labels_with_unknown_categories_or_bool_offsets(
    store: Store, tmp_path: Path
) -> None:
    for label, message in (([0, 5, "PERSON"], "unknown category"), ([False, True, "other"], "")):
        line = json.dumps({"text": TEXT, "label": [label]})
        with pytest.raises(LoadError, match=message or "whole numbers"):
            import_jsonl(store, _write(tmp_path, line))


def test_deeply_nested_line_is_a_message(tmp_path: Path) -> None:
    """A line nested 100 000 deep raised RecursionError."""
    path = _write(tmp_path, '{"text": "x", "annotations": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = run_cli(tmp_path, "annotations", "import", str(path))
    assert_clean_failure(result)
    assert "nested too deeply" in result.stderr


def test_export_import_export_is_still_identical(store: Store, tmp_path: Path) -> None:
    import_jsonl(store, _write(tmp_path, _line(_annotation(note="=1+1", tags=["x"]))))
    first = tmp_path / "first.jsonl"
    with first.open("w", encoding="utf-8") as out:
        export_jsonl(store, out)
    empty = open_store(memory=True)
    import_jsonl(empty, first)
    second = tmp_path / "second.jsonl"
    with second.open("w", encoding="utf-8") as out:
        export_jsonl(empty, out)
    assert first.read_bytes() == second.read_bytes()


def test_import_progress_as_json_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, *(_line(text=f"Policy number {n}.\n") for n in range(50)))
    result = run_cli(tmp_path, "annotations", "import", str(path), "--progress=json")
    assert result.returncode == 0, result.stderr
    steps = [json.loads(line)["progress"] for line in result.stderr.splitlines()]
    assert steps[-1]["done"] == steps[-1]["total"] == path.stat().st_size
    assert all(step["task"] == "import" for step in steps) and len(steps) > 2
    assert "Imported 50 new documents" in result.stdout


def test_analyze_progress_as_json_lines(tmp_path: Path, samples: dict[str, Path]) -> None:
    files = [str(samples[name]) for name in ("en", "sv", "kk")]
    result = run_cli(tmp_path, "analyze", *files, "--json", "--progress=json")
    assert result.returncode == 0, result.stderr
    steps = [json.loads(line)["progress"] for line in result.stderr.splitlines()]
    assert [(s["done"], s["total"]) for s in steps] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert len(result.stdout.splitlines()) == 3  # stdout is the analysis alone
