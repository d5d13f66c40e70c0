"""Annotated PDF of a policy: searchable in every script, real highlight annotations.

    export_pdf(document, clauses, annotations, out_path, PdfOptions(...))

The text layer is written by our own engine (`pdf_text`): shaped once per paragraph, runs in
logical order at their visual positions, so extractors read the policy back in order.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path, PureWindowsPath
from typing import Any

from fpdf.outline import OutlineSection
from fpdf.syntax import DestinationXYZ, PDFDate

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.core.gc_pause import cyclic_gc_paused
from policylens.core.limits import check_export_size
from policylens.export.files import temporary_beside
from policylens.export.pdf_canvas import MARGIN, Canvas, PlacedLine
from policylens.export.pdf_cover import LANGUAGES, CoverFacts, draw_cover, labels, local_digits
from policylens.export.pdf_model import (
    CategoryTable,
    ExportCancelled,
    PdfAnnotation,
    PdfOptions,
    load_category_table,
)
from policylens.export.pdf_notes import draw_appendix, draw_markers, note_entries
from policylens.export.pdf_strings import text_string
from policylens.export.pdf_text import TextStyle, line_pieces
from policylens.view.clauses import visible_category
from policylens.view.counts import clause_counts
from policylens.view.reviewed import reviewed_clauses

__all__ = ["ExportCancelled", "PdfAnnotation", "PdfOptions", "export_pdf"]

BODY = TextStyle(10.5)
HEADING = TextStyle(13.0, bold=True)
Progress = Callable[[int, int], None]


def export_pdf(
    document: Document,
    clauses: Sequence[Clause],
    annotations: Sequence[PdfAnnotation],
    out_path: str | Path,
    options: PdfOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    categories: CategoryTable | None = None,
) -> Path:
    """Write the annotated PDF to `out_path` atomically (a temporary file renamed into
    place: on cancel or error nothing is left half-written). Raises ExportCancelled."""
    # The export keeps a few tuples per glyph until the file is written, and the collector
    # walked them again and again: 3 % of an export's instructions, measured.
    with cyclic_gc_paused():
        return _export_pdf(
            document, clauses, annotations, out_path, options, progress, cancelled, categories
        )


def _export_pdf(
    document: Document,
    clauses: Sequence[Clause],
    annotations: Sequence[PdfAnnotation],
    out_path: str | Path,
    options: PdfOptions | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    categories: CategoryTable | None,
) -> Path:
    check_export_size(document.text, document.title)  # minutes and gigabytes otherwise
    options = options or PdfOptions()
    language = options.language_for(document.language, LANGUAGES)
    table = categories if categories is not None else load_category_table(language)
    out_path = Path(out_path)
    rejected: dict[str, list[tuple[int, int]]] = {}
    for a in annotations:
        if a.rejected:
            rejected.setdefault(a.category, []).append((a.start, a.end))
    shown_clauses = [
        shown
        for clause in clauses
        if options.auto_highlights
        and (shown := _without_rejected(clause, rejected)) is not None
        and _highlightable(shown, options)
    ]
    labels_shown = [
        a
        for a in annotations
        if not a.rejected
        and options.shows(a.category)
        and (a.confirmed or not options.confirmed_only)
    ]
    written = [a for a in annotations if options.shows(a.category)]
    shown_set = set(labels_shown)
    noted = [a for a in written if a.rejected or a in shown_set]
    canvas = Canvas(options.page_size)
    _metadata(canvas, document, labels_shown)
    # The window's count: the suggestions with the reviewers' labels applied.
    counts = clause_counts(reviewed_clauses(clauses, annotations))
    draw_cover(
        canvas,
        CoverFacts(
            title=document.title,
            source=_file_name(document),
            language=document.language,
            date=datetime.now().strftime("%Y-%m-%d"),
            annotators=sorted({a.annotator for a in written if a.annotator}),
            counts=[
                (s, counts.per_category.get(s.id, 0))
                for s in table.ordered([*table.styles, *counts.per_category])
            ],
            clauses=counts.clauses,
            categorised=counts.categorised,
            reviewer_labels=len(labels_shown),
        ),
        language,
    )
    placed = _draw_body(canvas, document, clauses, progress, cancelled)
    index = _LineIndex(placed)
    for clause in shown_clauses:
        ids = [s for s in clause.categories if options.shows(s.id)]
        names = "; ".join(table.get(s.id).name for s in ids)
        cues = sorted({cue.text for s in ids for cue in s.cues})
        contents = names + (("\n" + ", ".join(f"“{c}”" for c in cues)) if cues else "")
        colour_id = visible_category(clause, shown=options.categories)
        assert colour_id is not None  # _highlightable: one of its categories is shown
        _highlight(canvas, index, clause.start, clause.end, table.get(colour_id).colour, contents)
    words = labels(language)
    for annotation in labels_shown:
        style = table.get(annotation.category)
        status = words.get(f"status_{annotation.status}", annotation.status)
        contents = "\n".join(
            part
            for part in (
                style.name,
                annotation.note if options.notes else "",
                " · ".join(p for p in (annotation.annotator, status) if p),
            )
            if part
        )
        _highlight(
            canvas,
            index,
            annotation.start,
            annotation.end,
            style.colour,
            contents,
            title=annotation.annotator or None,
        )
    entries = note_entries(noted) if options.notes else []
    if entries:
        first_lines = {e.number: index.first_at(e.start) for e in entries}
        draw_markers(canvas, entries, first_lines, _is_rtl(document), language)
        draw_appendix(canvas, document, entries, table, language)
    _outline(
        canvas,
        document,
        clauses,
        shown_clauses,
        labels_shown,
        index,
        table,
        language,
    )
    _page_numbers(canvas, language)
    if cancelled is not None and cancelled():
        raise ExportCancelled("PDF export cancelled; nothing was written.")
    _write_atomically(canvas, out_path)
    return out_path


def _file_name(document: Document) -> str:
    """The source's file name: its folders would tell whoever gets the PDF where the reviewer
    keeps things (a user name, a client's name)."""
    if document.source_path:
        return PureWindowsPath(document.source_path).name or Path(document.source_path).name
    return document.sha256[:12]


def _is_rtl(document: Document) -> bool:
    """The document's main direction: where its margin markers go."""
    rtl = sum(1 for p in document.paragraphs if p.direction == "rtl")
    return rtl * 2 > len(document.paragraphs)


def _without_rejected(clause: Clause, rejected: dict[str, list[tuple[int, int]]]) -> Clause | None:
    """The clause without the suggestions a reviewer turned down on it (a rejected label of
    the same category overlapping it)."""
    if not rejected:
        return clause
    kept = tuple(
        s
        for s in clause.categories
        if not any(
            start < clause.end and clause.start < end for start, end in rejected.get(s.id, ())
        )
    )
    if len(kept) == len(clause.categories):
        return clause
    return replace(clause, categories=kept) if kept else None


def _highlightable(clause: Clause, options: PdfOptions) -> bool:
    # A heading that names a practice is highlighted as in the reader ("Where your data is
    # stored" is an audience by the guidelines): the PDF hid it, though its cover counted it.
    return any(options.shows(s.id) for s in clause.categories)


def _metadata(canvas: Canvas, document: Document, annotations: Sequence[PdfAnnotation]) -> None:
    pdf = canvas.pdf
    pdf.set_title(document.title)
    pdf.set_lang(document.language if document.language != "und" else "en")
    pdf.set_creator("PolicyLens")
    pdf.set_subject("Privacy policy review")
    annotators = sorted({a.annotator for a in annotations if a.annotator})
    if annotators:
        pdf.set_author(", ".join(annotators))
    pdf.page_mode = "USE_OUTLINES"


def _heading_spans(clauses: Sequence[Clause]) -> list[tuple[int, int]]:
    return sorted((c.start, c.end) for c in clauses if c.kind == "heading")


def _draw_body(
    canvas: Canvas,
    document: Document,
    clauses: Sequence[Clause],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> list[PlacedLine]:
    headings = _heading_spans(clauses)
    heading_starts = [s for s, _ in headings]
    placed: list[PlacedLine] = []
    canvas.new_page()
    total = len(document.paragraphs)
    for number, paragraph in enumerate(document.paragraphs):
        if number % 20 == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled("PDF export cancelled; nothing was written.")
            if progress is not None:
                progress(number, total)
        # A hard-wrapped paragraph's line breaks flow as spaces (one character for one: the
        # offsets stay the document's).
        text = document.text[paragraph.start : paragraph.end].replace("\n", " ")
        at = bisect.bisect_right(heading_starts, paragraph.start) - 1
        is_heading = at >= 0 and headings[at][1] >= paragraph.end
        if is_heading:
            canvas.y += 6 if canvas.y > MARGIN else 0
        placed += canvas.paragraph(
            text,
            paragraph.direction == "rtl",
            HEADING if is_heading else BODY,
            offset=paragraph.start,
            space_after=4 if is_heading else 6,
            # A heading keeps two lines of what follows with it (one would be an orphan).
            keep_with_next=canvas.text_height(BODY) * 2 + 6 if is_heading else 0.0,
        )
    if progress is not None:
        progress(total, total)
    return placed


class _LineIndex:
    """Placed lines by document offset."""

    def __init__(self, placed: list[PlacedLine]) -> None:
        self.lines = placed
        self.starts = [p.offset + p.line.start for p in placed]

    def overlapping(self, start: int, end: int) -> list[PlacedLine]:
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        found = []
        lines = self.lines
        # (by index: a slice from `first` copied the rest of the document's lines per call)
        for position in range(first, len(lines)):
            placed = lines[position]
            line_start = placed.offset + placed.line.start
            if line_start >= end:
                break
            if placed.offset + placed.line.end > start:
                found.append(placed)
        return found

    def first_at(self, start: int) -> PlacedLine | None:
        lines = self.overlapping(start, start + 1)
        return lines[0] if lines else None


_TWO_DECIMALS = "{:.2f}".format


class _HighlightDict:
    """A /Highlight annotation, written straight as the inline dictionary fpdf2's
    AnnotationDict would give (a unit test compares them): building and reflecting over an
    AnnotationDict costs ~0.1 ms, and a 100-page policy has thousands of highlights."""

    __slots__ = ("_serialized",)
    # What fpdf2's output reads on every page annotation.
    dest = None
    a = None
    _appearance_stream = None

    def __init__(
        self,
        quads: list[float],
        colour: tuple[float, float, float],
        contents: str,
        title: str | None,
        when: datetime | None,
    ) -> None:
        xs, ys = quads[0::2], quads[1::2]
        left, bottom, right, top = min(xs), min(ys), max(xs), max(ys)
        parts = [
            "<</Border [0 0 0]",
            f"/C [{colour[0]} {colour[1]} {colour[2]}]",
            *([f"/Contents {text_string(contents)}"] if contents else []),
            "/F 4",
            *([_modified(when)] if when else []),
            "/QuadPoints [" + " ".join(map(_TWO_DECIMALS, quads)) + "]",
            f"/Rect [{left:.2f} {top - (top - bottom):.2f} {left + (right - left):.2f} {top:.2f}]",
            "/Subtype /Highlight",
            *([f"/T {text_string(title)}"] if title else []),
            "/Type /Annot>>",
        ]
        self._serialized = "\n".join(parts)

    def serialize(self, _security_handler: Any = None, _obj_id: int | None = None) -> str:
        return self._serialized


@lru_cache(maxsize=4)
def _modified(when: datetime) -> str:
    """The /M entry of an export's highlights (all share the document's creation date)."""
    return f"/M {PDFDate(when).serialize()}"


def _highlight(
    canvas: Canvas,
    index: _LineIndex,
    start: int,
    end: int,
    colour: tuple[float, float, float],
    contents: str,
    title: str | None = None,
) -> None:
    """One /Highlight annotation per page the range touches, a quad per visual piece."""
    quads_by_page: dict[int, list[float]] = {}
    for placed in index.overlapping(start, end):
        line = placed.line
        if start <= placed.offset + line.start and placed.offset + line.end <= end:
            merged = [[0.0, line.width]]  # the whole line: most lines of a clause
        else:
            merged = line_pieces(line, start - placed.offset, end - placed.offset)
        quads = quads_by_page.setdefault(placed.page, [])
        for left, right in merged:
            x0, x1 = placed.left + left, placed.left + right
            # Upper-left, upper-right, lower-left, lower-right: what viewers actually read.
            quads += [x0, placed.top, x1, placed.top, x0, placed.bottom, x1, placed.bottom]
    for page, quads in quads_by_page.items():
        if not quads:
            continue
        annotation = _HighlightDict(quads, colour, contents, title, canvas.pdf.creation_date)
        canvas.pdf.pages[page].add_annotation(annotation)  # type: ignore[arg-type]


def _outline(
    canvas: Canvas,
    document: Document,
    clauses: Sequence[Clause],
    shown_clauses: Sequence[Clause],
    annotations: Sequence[PdfAnnotation],
    index: _LineIndex,
    table: CategoryTable,
    ui_language: str,
) -> None:
    """Bookmarks: the headings, then each category with its clauses."""
    words = labels(ui_language)
    outline: list[OutlineSection] = canvas.pdf._outline

    def add(name: str, level: int, placed: PlacedLine | None) -> None:
        page = placed.page if placed else 1
        top = placed.top if placed else canvas.height
        outline.append(OutlineSection(name, level, page, DestinationXYZ(page, top=top)))

    headings = [c for c in clauses if c.kind == "heading"]
    if headings:
        add(words["headings"], 0, index.first_at(headings[0].start))
        for clause in headings:
            add(_snippet(document.text[clause.start : clause.end]), 1, index.first_at(clause.start))
    by_category: dict[str, list[tuple[int, int]]] = {}
    for clause in shown_clauses:
        for score in clause.categories:
            by_category.setdefault(score.id, []).append((clause.start, clause.end))
    for annotation in annotations:
        by_category.setdefault(annotation.category, []).append((annotation.start, annotation.end))
    if by_category:
        add(words["categories"], 0, None)
        for style in table.ordered(by_category):
            spans = sorted(set(by_category[style.id]))
            add(f"{style.name} ({len(spans)})", 1, index.first_at(spans[0][0]))
            for start, end in spans:
                add(_snippet(document.text[start:end]), 2, index.first_at(start))


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page_numbers(canvas: Canvas, language: str) -> None:
    pdf = canvas.pdf
    last = pdf.page
    total = len(pdf.pages)
    style = TextStyle(8.5)
    template = labels(language)["page_number"]
    for page in range(1, total + 1):
        pdf.page = page
        canvas.y = canvas.height - MARGIN * 0.6
        label = local_digits(template.format(page=page, total=total), language)
        rtl = language in ("fa", "ar")
        width = canvas.text_width(label, rtl, style)
        left = (canvas.width - width) / 2
        canvas.paragraph(label, rtl, style, left=left, right=left + width + 1, page_breaks=False)
    pdf.page = last


def _write_atomically(canvas: Canvas, out_path: Path) -> None:
    directory = out_path.parent if str(out_path.parent) else Path(".")
    if not directory.is_dir():
        raise PolicyLensError(f"Cannot write {out_path}: the folder {directory} does not exist.")
    temp_name = temporary_beside(out_path)  # umask permissions; a message if not writable
    try:
        canvas.write(temp_name)
        os.replace(temp_name, out_path)
    except OSError as error:
        raise PolicyLensError(f"Cannot write {out_path}: {error.strerror or error}") from error
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
