"""Annotated PDF of a policy: searchable in every script, real highlight annotations.

    export_pdf(document, clauses, annotations, out_path, PdfOptions(...))

The text layer is written by our own engine (`pdf_text`): shaped once per paragraph, runs in
logical order at their visual positions, so extractors read the policy back in order.
"""

from __future__ import annotations

import bisect
import os
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from fpdf.outline import OutlineSection
from fpdf.syntax import DestinationXYZ, PDFDate, PDFString

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.core.limits import check_export_size
from policylens.export.files import temporary_beside
from policylens.export.pdf_canvas import MARGIN, Canvas, PlacedLine
from policylens.export.pdf_cover import CoverFacts, draw_cover, labels
from policylens.export.pdf_model import (
    CategoryTable,
    ExportCancelled,
    PdfAnnotation,
    PdfOptions,
    load_category_table,
)
from policylens.export.pdf_text import TextStyle, char_spans
from policylens.view.clauses import visible_category

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
    check_export_size(document.text, document.title)  # minutes and gigabytes otherwise
    options = options or PdfOptions()
    table = categories if categories is not None else load_category_table(options.ui_language)
    out_path = Path(out_path)
    shown_clauses = [c for c in clauses if options.auto_highlights and _highlightable(c, options)]
    shown_annotations = [
        a
        for a in annotations
        if options.shows(a.category) and (a.confirmed or not options.confirmed_only)
    ]
    canvas = Canvas(options.page_size)
    _metadata(canvas, document, shown_annotations)
    counts: Counter[str] = Counter()
    for clause in shown_clauses:
        counts.update(s.id for s in clause.categories if options.shows(s.id))
    counts.update(a.category for a in shown_annotations)
    draw_cover(
        canvas,
        CoverFacts(
            title=document.title,
            source=document.source_path or document.sha256[:12],
            language=document.language,
            date=datetime.now().strftime("%Y-%m-%d"),
            annotators=sorted({a.annotator for a in shown_annotations if a.annotator}),
            counts=[
                (s, counts[s.id])
                for s in table.ordered([*table.styles, *counts])
                if options.shows(s.id)
            ],
        ),
        options.ui_language,
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
    for annotation in shown_annotations:
        style = table.get(annotation.category)
        contents = "\n".join(
            part
            for part in (
                style.name,
                annotation.note,
                " · ".join(p for p in (annotation.annotator, annotation.status) if p),
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
    _outline(
        canvas,
        document,
        clauses,
        shown_clauses,
        shown_annotations,
        index,
        table,
        options.ui_language,
    )
    _page_numbers(canvas)
    if cancelled is not None and cancelled():
        raise ExportCancelled("PDF export cancelled; nothing was written.")
    _write_atomically(canvas, out_path)
    return out_path


def _highlightable(clause: Clause, options: PdfOptions) -> bool:
    return clause.kind != "heading" and any(options.shows(s.id) for s in clause.categories)


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
        text = document.text[paragraph.start : paragraph.end]
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
            keep_with_next=BODY.size * 3 if is_heading else 0.0,
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
        for placed in self.lines[first:]:
            line_start = placed.offset + placed.line.start
            if line_start >= end:
                break
            if placed.offset + placed.line.end > start:
                found.append(placed)
        return found

    def first_at(self, start: int) -> PlacedLine | None:
        lines = self.overlapping(start, start + 1)
        return lines[0] if lines else None


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
            *([f"/Contents {PDFString(contents).serialize()}"] if contents else []),
            "/F 4",
            *([f"/M {PDFDate(when).serialize()}"] if when else []),
            "/QuadPoints [" + " ".join(f"{v:.2f}" for v in quads) + "]",
            f"/Rect [{left:.2f} {top - (top - bottom):.2f} {left + (right - left):.2f} {top:.2f}]",
            "/Subtype /Highlight",
            *([f"/T {PDFString(title).serialize()}"] if title else []),
            "/Type /Annot>>",
        ]
        self._serialized = "\n".join(parts)

    def serialize(self, _security_handler: Any = None, _obj_id: int | None = None) -> str:
        return self._serialized


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
        merged: list[list[float]] = []
        if start <= placed.offset + line.start and placed.offset + line.end <= end:
            merged.append([0.0, line.width])  # the whole line: most lines of a clause
        else:
            spans = sorted(char_spans(line, start - placed.offset, end - placed.offset))
            for left, right in spans:
                if merged and left <= merged[-1][1] + 0.5:
                    merged[-1][1] = max(merged[-1][1], right)
                else:
                    merged.append([left, right])
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


def _page_numbers(canvas: Canvas) -> None:
    pdf = canvas.pdf
    last = pdf.page
    total = len(pdf.pages)
    style = TextStyle(8.5)
    for page in range(1, total + 1):
        pdf.page = page
        canvas.y = canvas.height - MARGIN * 0.6
        label = f"{page} / {total}"
        width = canvas.text_width(label, False, style)
        left = (canvas.width - width) / 2
        canvas.paragraph(label, False, style, left=left, right=left + width + 1, page_breaks=False)
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
