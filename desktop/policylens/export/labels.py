"""Annotations in and out as training data: JSONL (one document per line) and CSV. No Qt.

JSONL line: `{"text", "title", "format", "sha256", "extraction" (how a PDF's text was read,
OCR), "annotations": [...], "label": [[start, end, category], ...]}`. `annotations` is the
full record (note, status, annotator, origin, state, quote, tags, created, updated); `label`
repeats the confirmed ones doccano-style so that labelling tools read the file as it is.
Import reads both our lines and plain doccano lines (`{"text", "label"}` only). Export →
import into an empty store → export is byte-identical.

CSV: one annotation per row with its quote, for reading in a spreadsheet. A cell that would
start a formula (= + - @ tab CR: a note "=HYPERLINK(…)", a quote "+cmd|…") gets a leading `'`
so that no spreadsheet evaluates user text (OWASP, "CSV Injection"). Written as UTF-8
with a byte-order mark when it goes to a file: without the BOM, Excel guesses a legacy code
page and shows Persian as mojibake; with it, Excel, LibreOffice and Python's `utf-8-sig` all
read it right. CSV is export-only (it has no document text to import).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from policylens.core.document import Document
from policylens.export.jsonl_import import (
    DEFAULT_IMPORT_ANNOTATOR,
    ImportSummary,
    import_jsonl,
    iter_jsonl,
    read_jsonl,
)
from policylens.store.annotations import Annotation
from policylens.store.database import Store

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_IMPORT_ANNOTATOR",
    "ImportSummary",
    "export_csv",
    "export_jsonl",
    "import_jsonl",
    "iter_jsonl",
    "read_jsonl",
]

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
            # OCR (languages, confidence) or a PDF's text layer: stays with the text.
            **({"extraction": dict(doc.extraction)} if doc.extraction else {}),
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
                neutralised_row(
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
                )
            )
            rows += 1
    return rows


# OWASP's "CSV injection" rule: a cell starting with one of these is a formula (or becomes one
# after the spreadsheet strips a tab or CR) in Excel, LibreOffice and Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: object) -> object:
    """A text cell that a spreadsheet shows as text, never evaluates: a leading `'` before a
    formula start (what OWASP recommends; spreadsheets hide the quote). Numbers are kept."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def neutralised_row(*cells: object) -> list[object]:
    return [neutralised(cell) for cell in cells]
