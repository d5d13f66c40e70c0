"""Annotations in and out as training data: JSONL (one document per line) and CSV. No Qt.

JSONL line: `{"text", "title", "format", "sha256", "annotations": [...], "label": [[start, end,
category], ...]}`. `annotations` is the full record (note, status, annotator, origin, state,
quote, tags, created, updated); `label` repeats the confirmed ones doccano-style so that
labelling tools read the file as it is. Import reads both our lines and plain doccano lines
(`{"text", "label"}` only). Export → import into an empty store → export is byte-identical.

CSV: one annotation per row with its quote, for reading in a spreadsheet. Written as UTF-8
with a byte-order mark when it goes to a file: without the BOM, Excel guesses a legacy code
page and shows Persian as mojibake; with it, Excel, LibreOffice and Python's `utf-8-sig` all
read it right. CSV is export-only (it has no document text to import).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.store.annotations import Annotation, NewAnnotation
from policylens.store.database import Store

CSV_COLUMNS = (
    "document",
    "title",
    "start",
    "end",
    "category",
    "quote",
    "note",
    "status",
    "tags",
    "annotator",
    "origin",
    "state",
    "created",
    "updated",
)
DEFAULT_IMPORT_ANNOTATOR = "imported"


def _selected(
    store: Store, document: str | None, annotator: str | None
) -> Iterator[tuple[Document, list[Annotation]]]:
    """Documents in sha256 order (stable across stores) with their (filtered) annotations."""
    shas = [document] if document else sorted(d.sha256 for d in store.documents.all())
    for sha in shas:
        loaded = store.documents.get(sha)
        if loaded is None:
            continue
        found = store.annotations.for_document(sha, annotator=annotator)
        if annotator is not None and not found and document is None:
            continue
        yield loaded, sorted(found, key=_order)


def _order(a: Annotation) -> tuple[int, int, str, str, str, str, int]:
    return (a.start, a.end, a.category, a.annotator, a.origin, a.created, a.id)


def _annotation_json(a: Annotation) -> dict[str, Any]:
    return {
        "start": a.start,
        "end": a.end,
        "category": a.category,
        "note": a.note,
        "status": a.status,
        "annotator": a.annotator,
        "origin": a.origin,
        "state": a.state,
        "quote": a.quote,
        "tags": list(a.tags),
        "created": a.created,
        "updated": a.updated,
    }


def export_jsonl(
    store: Store, out: TextIO, *, document: str | None = None, annotator: str | None = None
) -> int:
    """Write one line per document; the number of lines."""
    lines = 0
    for doc, labelled in _selected(store, document, annotator):
        label = sorted({(a.start, a.end, a.category) for a in labelled if a.state == "confirmed"})
        line = {
            "text": doc.text,
            "title": doc.title,
            "format": doc.format,
            "sha256": doc.sha256,
            "annotations": [_annotation_json(a) for a in labelled],
            "label": [list(item) for item in label],
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        lines += 1
    return lines


def export_csv(
    store: Store, out: TextIO, *, document: str | None = None, annotator: str | None = None
) -> int:
    """Write a header and one row per annotation; the number of rows."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for doc, labelled in _selected(store, document, annotator):
        for a in labelled:
            writer.writerow(
                [
                    doc.sha256,
                    doc.title,
                    a.start,
                    a.end,
                    a.category,
                    a.quote,
                    a.note,
                    a.status,
                    "; ".join(a.tags),
                    a.annotator,
                    a.origin,
                    a.state,
                    a.created,
                    a.updated,
                ]
            )
            rows += 1
    return rows


@dataclass
class ImportSummary:
    documents_added: int = 0
    documents_known: int = 0
    annotations_added: int = 0
    annotations_known: int = 0
    documents: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Line:
    document: Document
    annotations: list[NewAnnotation]


def read_jsonl(path: Path, *, annotator: str = DEFAULT_IMPORT_ANNOTATOR) -> list[_Line]:
    """Parse and check every line; LoadError naming the line on the first problem."""
    try:
        raw = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(f"Cannot read {path.name}: {error}") from error
    lines: list[_Line] = []
    for number, text in enumerate(raw.splitlines(), start=1):
        if not text.strip():
            continue
        try:
            lines.append(_parse_line(text, path.stem, number, annotator))
        except (ValueError, TypeError, KeyError) as error:
            raise LoadError(
                f"{path.name}, line {number}: {error}. Nothing was imported."
            ) from error
    if not lines:
        raise LoadError(f"{path.name} has no documents (expected one JSON object per line).")
    return lines


def _parse_line(text: str, stem: str, number: int, default_annotator: str) -> _Line:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError('each line must be a JSON object with a "text" string')
    body = data["text"].replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ValueError("the text is empty")
    title = str(data.get("title") or f"{stem} {number}")
    document = Document.from_text(body, title=title, format=str(data.get("format") or "txt"))
    expected = data.get("sha256")
    if expected and expected != document.sha256:
        raise ValueError("the text does not match its sha256 (was it edited?)")
    if "annotations" in data:
        items = [_parse_annotation(a, document, default_annotator) for a in data["annotations"]]
    else:
        items = [_parse_label(item, document, default_annotator) for item in data.get("label", [])]
    return _Line(document, items)


def _span(start: Any, end: Any, text: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"span {start}–{end} is not inside the text (0–{len(text)})")
    return start, end


def _parse_label(item: Any, document: Document, annotator: str) -> NewAnnotation:
    if not (isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)):
        raise ValueError(f"label entries must be [start, end, category], not {item!r}")
    start, end = _span(item[0], item[1], document.text)
    return NewAnnotation(document.sha256, start, end, item[2], annotator)


def _parse_annotation(item: Any, document: Document, default_annotator: str) -> NewAnnotation:
    if not isinstance(item, dict):
        raise ValueError("annotations must be JSON objects")
    start, end = _span(item.get("start"), item.get("end"), document.text)
    quote = item.get("quote")
    if quote is not None and quote != document.text[start:end]:
        raise ValueError(f"the quote of annotation {start}–{end} does not match the text")
    category = item.get("category")
    if not isinstance(category, str) or not category.strip():
        raise ValueError(f"annotation {start}–{end} has no category")
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError(f"the tags of annotation {start}–{end} must be a list of strings")
    origin = str(item.get("origin") or "manual")
    state = str(item.get("state") or "confirmed")
    if origin not in ("manual", "auto") or state not in ("confirmed", "rejected"):
        raise ValueError(f"annotation {start}–{end}: unknown origin {origin!r} or state {state!r}")
    return NewAnnotation(
        document=document.sha256,
        start=start,
        end=end,
        category=category,
        annotator=str(item.get("annotator") or default_annotator),
        note=str(item.get("note") or ""),
        status=str(item.get("status") or ""),
        tags=tuple(tags),
        origin=origin,
        state=state,
        created=item.get("created") or None,
        updated=item.get("updated") or None,
    )


def _key(a: NewAnnotation | Annotation) -> tuple[str, int, int, str, str, str, str]:
    return (a.document, a.start, a.end, a.category, a.annotator.strip(), a.origin, a.state)


def import_jsonl(
    store: Store, path: Path, *, annotator: str = DEFAULT_IMPORT_ANNOTATOR
) -> ImportSummary:
    """Add the file's documents and annotations in one transaction (all or nothing).

    Annotations already in the library (same document, span, category, annotator, origin and
    state) are skipped, so importing a file twice changes nothing.
    """
    if path.suffix.lower() == ".csv":
        raise LoadError(
            f"{path.name}: CSV files hold no document text and cannot be imported; "
            "import the JSONL export instead."
        )
    lines = read_jsonl(path, annotator=annotator)
    summary = ImportSummary()
    with store.transaction():
        new: list[NewAnnotation] = []
        for line in lines:
            if store.documents.add(line.document):
                summary.documents_added += 1
            else:
                summary.documents_known += 1
            summary.documents.append(line.document.sha256)
            known = {_key(a) for a in store.annotations.for_document(line.document.sha256)}
            for item in line.annotations:
                if _key(item) in known:
                    summary.annotations_known += 1
                else:
                    new.append(item)
        summary.annotations_added = len(store.annotations.add_many(new))
    return summary
