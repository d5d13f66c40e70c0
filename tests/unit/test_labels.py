"""JSONL/CSV import and export of annotations (training data)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.export.labels import export_csv, export_jsonl, import_jsonl
from policylens.store import Store, open_store

PERSIAN = "ما کوکی‌ها را ذخیره می‌کنیم.\nداده‌ها ۳۰ روز نگه‌داری می‌شوند."
ENGLISH = "We share data with partners.\nYou can delete your account."


def _library() -> Store:
    store = open_store(memory=True)
    fa = Document.from_text(PERSIAN, title="فارسی", format="txt")
    en = Document.from_text(ENGLISH, title="English", format="html")
    store.documents.add(fa)
    store.documents.add(en)
    store.annotations.add(
        fa.sha256,
        3,
        10,
        "user_choice_control",
        annotator="سارا",
        note="کدام کوکی؟",
        status="question",
        tags=["cookies", "tracking"],
    )
    store.annotations.add(fa.sha256, 28, 40, "data_retention", annotator="Reza")
    store.annotations.add(
        en.sha256,
        0,
        27,
        "third_party_sharing_collection",
        annotator="Reza",
        origin="auto",
        state="rejected",
        note='says "partners"',
    )
    store.annotations.add(en.sha256, 29, 57, "user_access_edit_deletion", annotator="Reza")
    return store


def _jsonl(store: Store, **filters: str) -> str:
    out = io.StringIO()
    export_jsonl(store, out, **filters)
    return out.getvalue()


def test_jsonl_round_trip_is_exact(tmp_path: Path) -> None:
    first = _jsonl(_library())
    path = tmp_path / "labels.jsonl"
    path.write_text(first, encoding="utf-8")
    empty = open_store(memory=True)
    summary = import_jsonl(empty, path)
    assert (summary.documents_added, summary.annotations_added) == (2, 4)
    assert _jsonl(empty) == first
    again = import_jsonl(empty, path)  # importing twice changes nothing
    assert (again.documents_known, again.annotations_added, again.annotations_known) == (2, 0, 4)
    assert _jsonl(empty) == first


def test_jsonl_lines_carry_doccano_labels_of_confirmed_annotations() -> None:
    lines = [json.loads(line) for line in _jsonl(_library()).splitlines()]
    by_title = {line["title"]: line for line in lines}
    assert by_title["English"]["label"] == [[29, 57, "user_access_edit_deletion"]]
    assert [a["state"] for a in by_title["English"]["annotations"]] == ["rejected", "confirmed"]
    persian = by_title["فارسی"]
    assert persian["text"] == PERSIAN
    first = persian["annotations"][0]
    assert first["quote"] == PERSIAN[3:10] and first["tags"] == ["cookies", "tracking"]
    assert first["annotator"] == "سارا"


def test_filters_by_annotator_and_document() -> None:
    store = _library()
    lines = [json.loads(line) for line in _jsonl(store, annotator="سارا").splitlines()]
    assert [line["title"] for line in lines] == ["فارسی"]
    assert len(lines[0]["annotations"]) == 1
    en = Document.from_text(ENGLISH, title="", format="txt").sha256
    assert [json.loads(x)["sha256"] for x in _jsonl(store, document=en).splitlines()] == [en]


def test_plain_doccano_lines_import(tmp_path: Path) -> None:
    path = tmp_path / "doccano.jsonl"
    line = {"id": 7, "text": ENGLISH, "label": [[0, 27, "third_party_sharing_collection"]]}
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    store = open_store(memory=True)
    import_jsonl(store, path, annotator="Lena")
    [annotation] = store.annotations.all()
    assert annotation.annotator == "Lena" and annotation.quote == ENGLISH[0:27]
    assert store.documents.all()[0].title == "doccano 1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "line 2: not valid JSON"),
        ('{"text": "abc", "label": [[0, 99, "other"]]}\n', "not inside the text"),
        ('{"text": "abc", "label": ["other"]}\n', "label entries must be"),
        ('{"title": "no text"}\n', '"text" string'),
        ('{"text": "abc", "sha256": "00"}\n', "does not match its sha256"),
        (
            '{"text": "abc", "annotations": [{"start": 0, "end": 2, "category": "x",'
            ' "quote": "zz"}]}\n',
            "quote",
        ),
        ("", "has no documents"),
    ],
)
def test_bad_files_import_nothing_and_say_why(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"text": "fine text", "label": [[0, 4, "other"]]})
    path.write_text((good + "\n" + content) if content else "", encoding="utf-8")
    store = open_store(memory=True)
    with pytest.raises(LoadError, match=message):
        import_jsonl(store, path)
    assert store.documents.count() == 0 and store.annotations.count() == 0


def test_csv_cannot_be_imported(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("document,start\n", encoding="utf-8")
    with pytest.raises(LoadError, match="JSONL"):
        import_jsonl(open_store(memory=True), path)


def test_csv_has_one_row_per_annotation_with_its_quote() -> None:
    out = io.StringIO()
    assert export_csv(_library(), out) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 4
    persian = next(r for r in rows if r["annotator"] == "سارا")
    assert persian["quote"] == PERSIAN[3:10]
    assert persian["tags"] == "cookies; tracking"
    assert persian["note"] == "کدام کوکی؟"
