"""Importing JSONL labels (ours, or plain doccano lines): streamed, checked, all or nothing.

The file is read one line at a time (memory stays that of the longest line, whatever the
file's size) and written inside one transaction: the first bad line rolls everything back
and its number is in the message. What is refused: a line longer than `MAX_JSONL_LINE_BYTES`,
JSON nested deeper than Python can parse, offsets that are not integers (`true` is not 1),
categories that are not in the taxonomy, a quote that does not match the text.

Against the library: an annotation already there (same document, span, category, annotator,
origin, state) is not added twice; if its note, status or tags differ, the file's version is
applied, with history, when it is newer (its `updated`), and reported as a conflict (the
library's newer version kept) when it is not. The same annotation twice in one file is added
once; twice with different notes is a conflict in the file, and nothing is imported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.core.limits import MAX_JSONL_LINE_BYTES, megabytes
from policylens.store.annotations import Annotation, NewAnnotation
from policylens.store.database import Store

DEFAULT_IMPORT_ANNOTATOR = "imported"
Progress = Callable[[int, int], None]
# Per kind, how many annotations the summary lists one by one (the counts are always whole).
MAX_DETAILS = 200


@dataclass(frozen=True)
class ImportDetail:
    """One annotation of the file, and what the import did with it: "added", "updated",
    "conflict" (the library's newer version kept) or "duplicate" (twice in the file)."""

    kind: str
    document: str  # the document's title
    start: int
    end: int
    category: str
    annotator: str


@dataclass
class ImportSummary:
    documents_added: int = 0
    documents_known: int = 0
    annotations_added: int = 0
    annotations_known: int = 0
    annotations_updated: int = 0  # note/status/tags changed in the file, applied with history
    conflicts: int = 0  # changed in the file, but the library's version is newer: kept
    duplicates_in_file: int = 0
    documents: list[str] = field(default_factory=list)
    details: list[ImportDetail] = field(default_factory=list)
    _listed: dict[str, int] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The counts and document ids (`annotations import --json`); not the details."""
        return {k: v for k, v in self.__dict__.items() if k not in ("details", "_listed")}

    def note(self, kind: str, title: str, item: NewAnnotation) -> None:
        listed = self._listed.get(kind, 0)
        if listed < MAX_DETAILS:
            self._listed[kind] = listed + 1
            self.details.append(
                ImportDetail(kind, title, item.start, item.end, item.category, item.annotator)
            )


@dataclass(frozen=True)
class _Line:
    document: Document
    annotations: list[NewAnnotation]


@cache
def _known_categories() -> frozenset[str]:
    from policylens.core.taxonomy import load_taxonomy

    return frozenset(load_taxonomy().ids)


def _raw_lines(path: Path, progress: Progress | None) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line, read one at a time."""
    try:
        total = path.stat().st_size
        file = path.open("rb")
    except OSError as error:
        raise LoadError(f"Cannot read {path.name}: {error.strerror or error}") from error
    with file:
        number = 0
        done = 0
        while True:
            try:
                raw = file.readline(MAX_JSONL_LINE_BYTES + 1)
            except OSError as error:
                raise LoadError(f"Cannot read {path.name}: {error.strerror or error}") from error
            if not raw:
                return
            number += 1
            done += len(raw)
            if len(raw) > MAX_JSONL_LINE_BYTES:
                raise LoadError(
                    f"{path.name}, line {number} is longer than "
                    f"{megabytes(MAX_JSONL_LINE_BYTES)}; PolicyLens imports lines (documents) "
                    "up to that size. Nothing was imported."
                )
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise LoadError(
                    f"{path.name}, line {number} is not UTF-8 ({error.reason} at byte "
                    f"{error.start}). Nothing was imported."
                ) from error
            if progress is not None:
                progress(done, total)
            if text.strip():
                yield number, text


def iter_jsonl(
    path: Path,
    *,
    annotator: str = DEFAULT_IMPORT_ANNOTATOR,
    progress: Progress | None = None,
) -> Iterator[_Line]:
    """Each line parsed and checked, in file order; LoadError naming the line on the first
    problem (the caller's transaction then keeps nothing)."""
    found = False
    for number, text in _raw_lines(path, progress):
        try:
            yield _parse_line(text, path.stem, number, annotator)
        except (ValueError, TypeError, KeyError) as error:
            raise LoadError(
                f"{path.name}, line {number}: {error}. Nothing was imported."
            ) from error
        found = True
    if not found:
        raise LoadError(f"{path.name} has no documents (expected one JSON object per line).")


def read_jsonl(path: Path, *, annotator: str = DEFAULT_IMPORT_ANNOTATOR) -> list[_Line]:
    """Every line, parsed and checked (all in memory: for small files and tests)."""
    return list(iter_jsonl(path, annotator=annotator))


def _parse_line(text: str, stem: str, number: int, default_annotator: str) -> _Line:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to be read") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError('each line must be a JSON object with a "text" string')
    body = data["text"].replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ValueError("the text is empty")
    title = str(data.get("title") or f"{stem} {number}")
    extraction = data.get("extraction")  # how the text was read (OCR): kept with it
    document = Document.from_text(
        body,
        title=title,
        format=str(data.get("format") or "txt"),
        extraction=extraction if isinstance(extraction, dict) else None,
    )
    expected = data.get("sha256")
    if expected and expected != document.sha256:
        raise ValueError("the text does not match its sha256 (was it edited?)")
    if "annotations" in data:
        if not isinstance(data["annotations"], list):
            raise ValueError('"annotations" must be a list')
        items = [_parse_annotation(a, document, default_annotator) for a in data["annotations"]]
    else:
        labels = data.get("label", [])
        if not isinstance(labels, list):
            raise ValueError('"label" must be a list of [start, end, category]')
        items = [_parse_label(item, document, default_annotator) for item in labels]
    return _Line(document, items)


def _is_offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # json's true is an int


def _span(start: Any, end: Any, text: str) -> tuple[int, int]:
    if not (_is_offset(start) and _is_offset(end)):
        raise ValueError(f"span {str(start)[:20]}–{str(end)[:20]}: offsets must be whole numbers")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}–{end} is not inside the text (0–{len(text)})")
    return start, end


def _category(value: Any, start: int, end: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"annotation {start}–{end} has no category")
    if value not in _known_categories():
        raise ValueError(
            f"annotation {start}–{end} has an unknown category {value[:60]!r} "
            f"(known: {', '.join(sorted(_known_categories()))})"
        )
    return value


def _parse_label(item: Any, document: Document, annotator: str) -> NewAnnotation:
    if not (isinstance(item, list) and len(item) == 3):
        raise ValueError(f"label entries must be [start, end, category], not {str(item)[:80]}")
    start, end = _span(item[0], item[1], document.text)
    return NewAnnotation(
        document.sha256, start, end, _category(item[2], start, end), annotator.strip()
    )


def _text(item: dict[str, Any], key: str, start: int, end: int) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"the {key} of annotation {start}–{end} must be text")
    return value


def _parse_annotation(item: Any, document: Document, default_annotator: str) -> NewAnnotation:
    if not isinstance(item, dict):
        raise ValueError("annotations must be JSON objects")
    start, end = _span(item.get("start"), item.get("end"), document.text)
    quote = item.get("quote")
    if quote is not None and quote != document.text[start:end]:
        raise ValueError(f"the quote of annotation {start}–{end} does not match the text")
    category = _category(item.get("category"), start, end)
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError(f"the tags of annotation {start}–{end} must be a list of strings")
    origin = str(item.get("origin") or "manual")
    state = str(item.get("state") or "confirmed")
    if origin not in ("manual", "auto") or state not in ("confirmed", "rejected"):
        raise ValueError(
            f"annotation {start}–{end}: unknown origin {origin[:20]!r} or state {state[:20]!r}"
        )
    return NewAnnotation(
        document=document.sha256,
        start=start,
        end=end,
        category=category,
        annotator=(_text(item, "annotator", start, end) or default_annotator).strip(),
        note=_text(item, "note", start, end),
        status=_text(item, "status", start, end),
        tags=tuple(tags),
        origin=origin,
        state=state,
        created=_text(item, "created", start, end) or None,
        updated=_text(item, "updated", start, end) or None,
    )


Key = tuple[str, int, int, str, str, str, str]


def _key(a: NewAnnotation | Annotation) -> Key:
    return (a.document, a.start, a.end, a.category, a.annotator.strip(), a.origin, a.state)


def _content(a: NewAnnotation | Annotation) -> tuple[str, str, tuple[str, ...]]:
    return (a.note, a.status, tuple(a.tags))


def import_jsonl(
    store: Store,
    path: Path,
    *,
    annotator: str = DEFAULT_IMPORT_ANNOTATOR,
    progress: Progress | None = None,
) -> ImportSummary:
    """Add the file's documents and annotations in one transaction (all or nothing); see the
    module docstring for what is added, updated, skipped or refused. `progress(bytes read,
    file size)` is called as the file is read."""
    if path.suffix.lower() == ".csv":
        raise LoadError(
            f"{path.name}: CSV files hold no document text and cannot be imported; "
            "import the JSONL export instead."
        )
    summary = ImportSummary()
    with store.transaction():
        for line in iter_jsonl(path, annotator=annotator, progress=progress):
            _import_line(store, line, summary, path.name)
    return summary


def _import_line(store: Store, line: _Line, summary: ImportSummary, name: str) -> None:
    sha = line.document.sha256
    if store.documents.add(line.document):
        summary.documents_added += 1
    else:
        summary.documents_known += 1
    summary.documents.append(sha)
    existing: dict[Key, Annotation] = {}
    for annotation in store.annotations.for_document(sha):
        existing.setdefault(_key(annotation), annotation)
    seen: dict[Key, NewAnnotation] = {}
    new: list[NewAnnotation] = []
    for item in line.annotations:
        key = _key(item)
        earlier = seen.get(key)
        if earlier is not None:
            if _content(earlier) != _content(item):
                raise LoadError(
                    f"{name}: the annotation {item.start}–{item.end} ({item.category}, "
                    f"{item.annotator}) appears twice in the file with different notes, status "
                    "or tags; keep one of them. Nothing was imported."
                )
            summary.duplicates_in_file += 1
            summary.note("duplicate", line.document.title, item)
            continue
        seen[key] = item
        known = existing.get(key)
        if known is None:
            new.append(item)
        elif _content(known) == _content(item):
            summary.annotations_known += 1
        elif item.updated is None or item.updated > known.updated:
            store.annotations.update(
                known.id,
                actor=item.annotator,
                note=item.note,
                status=item.status,
                tags=item.tags,
            )
            summary.annotations_updated += 1
            summary.note("updated", line.document.title, item)
        else:
            summary.conflicts += 1
            summary.note("conflict", line.document.title, item)
    summary.annotations_added += len(store.annotations.add_many(new))
    for item in new:
        summary.note("added", line.document.title, item)
