"""Everything the reviewers wrote, on paper: a numbered marker in the margin beside each
annotated passage, and the "Reviewer notes" appendix listing each marker with its excerpt,
categories, annotators, review status, notes and page.

Markers are drawn as outlines (not text), so copied or searched text never has a stray
number in it; each links to its entry in the appendix, where the number is text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from policylens.core.direction import paragraph_direction
from policylens.core.document import Document
from policylens.export.pdf_canvas import MARGIN, Canvas, PlacedLine
from policylens.export.pdf_cover import labels, local_digits
from policylens.export.pdf_model import CategoryTable, PdfAnnotation
from policylens.export.pdf_text import TextStyle

MARKER = TextStyle(8.0, bold=True)
EXCERPT_LIMIT = 160


@dataclass
class NoteEntry:
    """One annotated passage (the reviewers' labels on the same range)."""

    number: int
    start: int
    end: int
    annotations: list[PdfAnnotation]
    page: int = 0
    link: int = 0  # fpdf2 link id of the appendix entry


def note_entries(annotations: Sequence[PdfAnnotation]) -> list[NoteEntry]:
    """Annotations grouped by passage, numbered in reading order. A rejected suggestion
    gets an entry only when someone wrote a note on it."""
    by_range: dict[tuple[int, int], list[PdfAnnotation]] = {}
    for annotation in annotations:
        if annotation.rejected and not annotation.note.strip():
            continue
        by_range.setdefault((annotation.start, annotation.end), []).append(annotation)
    return [
        NoteEntry(number, start, end, group)
        for number, ((start, end), group) in enumerate(sorted(by_range.items()), start=1)
    ]


def draw_markers(
    canvas: Canvas,
    entries: list[NoteEntry],
    first_line: dict[int, PlacedLine | None],
    rtl: bool,
    language: str = "en",
) -> None:
    """A numbered tab in the margin beside each passage's first line: the right margin for
    a right-to-left document, the left one otherwise."""
    pdf = canvas.pdf
    last = pdf.page
    for entry in entries:
        placed = first_line.get(entry.number)
        if placed is None:
            continue
        entry.page = placed.page
        pdf.page = placed.page
        label = local_digits(str(entry.number), language)  # as in the appendix
        width = canvas.text_width(label, False, MARKER) + 6
        height = MARKER.size + 5
        top = canvas.height - placed.top + (placed.top - placed.bottom - height) / 2
        left = canvas.width - MARGIN + 8 if rtl else MARGIN - 8 - width
        canvas.rect(left, top, width, height, (0.23, 0.23, 0.27))
        canvas.figure(label, MARKER, left + 3, top + 2.5, gray=1.0)
        entry.link = pdf.add_link()
        pdf.link(left, top, width, height, entry.link)
    pdf.page = last


def draw_appendix(
    canvas: Canvas,
    document: Document,
    entries: list[NoteEntry],
    table: CategoryTable,
    language: str,
) -> int:
    """The "Reviewer notes" pages; returns the page they start on."""
    words = labels(language)
    rtl = language in ("fa", "ar")
    canvas.new_page()
    start_page = canvas.page
    heading = TextStyle(15, bold=True)
    body = TextStyle(9.5)
    bold = TextStyle(9.5, bold=True)
    canvas.paragraph(words["notes"], rtl, heading, space_after=8)
    for entry in entries:
        if entry.link:  # (a passage with no line on paper has no marker to link from)
            canvas.pdf.set_link(entry.link, y=canvas.y, page=canvas.page)
        header = words["marker_line"].format(
            number=local_digits(str(entry.number), language),
            page=local_digits(str(entry.page), language) if entry.page else "—",
        )
        excerpt = " ".join(document.text[entry.start : entry.end].split())
        if len(excerpt) > EXCERPT_LIMIT:
            excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
        canvas.paragraph(header, rtl, bold, space_after=2, keep_with_next=body.size * 4)
        # Every line of an entry is aligned as the page is; a passage or a note keeps its own
        # direction (an English note on a Persian page reads left to right, flush right).
        canvas.paragraph(
            excerpt, paragraph_direction(excerpt) == "rtl", body, space_after=2, align_right=rtl
        )
        categories = []
        for annotation in entry.annotations:
            name = table.get(annotation.category).name
            if annotation.rejected:
                name = f"{name} ({words['rejected']})"
            elif not annotation.confirmed:
                name = f"{name} ({words['unconfirmed']})"
            categories.append(name)
        rows = [
            (words["categories"], "; ".join(dict.fromkeys(categories))),
            (words["annotators"], ", ".join(_distinct(a.annotator for a in entry.annotations))),
            (
                words["status"],
                ", ".join(_distinct(_status(a.status, words) for a in entry.annotations)),
            ),
        ]
        for key, value in rows:
            if value:
                row = f"{key}: \u2068{value}\u2069"
                canvas.paragraph(row, rtl, body, space_after=1, repeated=True)
        for annotation in entry.annotations:
            note = annotation.note.strip()
            if not note:
                continue
            who = f"\u2068{annotation.annotator}\u2069: " if annotation.annotator else ""
            for paragraph in note.splitlines():
                if paragraph.strip():
                    # The note's direction, not its annotator's name's (a Latin name made a
                    # Persian note read left to right).
                    note_rtl = paragraph_direction(paragraph.strip()) == "rtl"
                    text = f"{who}{paragraph.strip()}"
                    canvas.paragraph(text, note_rtl, body, space_after=1, align_right=rtl)
                    who = ""
        canvas.y += 8
    return start_page


def _distinct(values: Iterable[str]) -> list[str]:
    return [value for value in dict.fromkeys(values) if value]


def _status(status: str, words: dict[str, str]) -> str:
    return words.get(f"status_{status}", status) if status else ""
