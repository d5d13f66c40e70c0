"""PDF: the text layer as a reader sees it, or OCR where a page has none.

The text layer is read with PDFium (pypdfium2), chosen by measurement on PDFs made here by
LibreOffice, Chromium's print-to-PDF and PolicyLens's own export (`python -m
tests.eval.pdf_import --compare`): on Persian and Arabic, pypdf's `extract_text` keeps 1–4 % of
the words whole (LibreOffice writes no space glyphs it can see) and pdfminer.six reads the
letters backwards (0.04–0.2 in order); poppler's `pdftotext` and PDFium's own text keep most
words (0.83–0.97) but still break a few words per line in Chromium's and LibreOffice's
Arabic. What PDFium gives that the others do not, cheaply (3–30 ms a page), is every glyph's
box and font size: with those `lines` orders each line by position and bidi levels, cuts
words by gaps, and `paragraphs` rebuilds paragraphs, columns, headings and drops running
headers and footers. Poppler would add a system dependency (and a process per file) and
hand back only its own word boxes; pdfminer.six is 10–20× slower.

Steps, each where a check belongs: `check_stream_sizes` (no stream unpacks past the limit,
before PDFium reads anything), `_open` (PDFium opens AES/RC4 files with an empty user
password itself; a real password is a message), `_text_pages` (one page at a time: progress
and cancel), `ocr.recognise` for pages without text, `check_document_chars` on the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.core.gc_pause import cyclic_gc_paused
from policylens.core.limits import check_document_chars
from policylens.core.loaders.pdf.glyphs import page_clusters
from policylens.core.loaders.pdf.lines import Line, page_lines
from policylens.core.loaders.pdf.options import MIN_TEXT_CHARS, LoadCancelled, PdfOptions, Progress
from policylens.core.loaders.pdf.paragraphs import PageLayout, Paragraph, layout
from policylens.core.loaders.pdf.streams import check_stream_sizes
from policylens.core.loaders.text import MAX_TITLE_CHARS, first_short_line

__all__ = ["LoadCancelled", "PdfOptions", "Progress", "load_pdf"]

log = logging.getLogger(__name__)


def load_pdf(data: bytes, path: Path, options: PdfOptions | None = None) -> Document:
    options = options or PdfOptions()
    name = path.name
    check_stream_sizes(data, name)
    pdf = _open(data, name)
    try:
        # A few objects per glyph (clusters, then lines) that form no cycles: the collector,
        # triggered by their allocation, walked them again and again.
        with cyclic_gc_paused():
            pages, sizes, empty_pages = _text_pages(pdf, name, options)
        ocr_report: dict[str, Any] | None = None
        if empty_pages and options.ocr and len(empty_pages) * 2 >= len(pages):
            from policylens.core.loaders.pdf.ocr import recognise

            ocr_result = recognise(pdf, empty_pages, name, options)
            for number, lines in ocr_result.pages.items():
                pages[number] = lines
            ocr_report = ocr_result.report()
    finally:
        pdf.close()
    with cyclic_gc_paused():
        result = layout(pages, sizes)
    if not result.paragraphs:
        raise LoadError(
            f"{name} has no text layer and no text could be recognised in it "
            "(is it a blank or a picture-only PDF?)."
        )
    if result.dropped:
        log.info("%s: dropped running headers/footers/page numbers: %s", name, result.dropped)
    return _document(result, path, ocr_report, len(pages))


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise LoadError(
                f"{name} is encrypted (password-protected). Open it in a PDF reader, save or "
                "print an unprotected copy, and open that."
            ) from error
        raise LoadError(f"{name} is a damaged PDF and cannot be read ({error}).") from error


def _text_pages(
    pdf: Any, name: str, options: PdfOptions
) -> tuple[list[list[Line]], list[tuple[float, float]], list[int]]:
    """Every page's lines (text layer), page sizes (width, height) and the numbers of the
    pages without text."""
    import pypdfium2 as pdfium

    pages: list[list[Line]] = []
    sizes: list[tuple[float, float]] = []
    empty: list[int] = []
    count = len(pdf)
    for number in range(count):
        if options.cancelled is not None and options.cancelled():
            raise LoadCancelled(f"Opening {name} was cancelled.")
        try:
            page = pdf[number]
            textpage = page.get_textpage()
            glyphs = page_clusters(textpage)
            lines = page_lines(glyphs, number, _bold_check(textpage))
            sizes.append((page.get_width(), page.get_height()))
        except pdfium.PdfiumError as error:
            raise LoadError(
                f"{name} is a damaged PDF: page {number + 1} cannot be read."
            ) from error
        if sum(len(line.text) for line in lines) < MIN_TEXT_CHARS:
            empty.append(number)
        pages.append(lines)
        if options.progress is not None:
            options.progress(number + 1, count, "text")
    return pages, sizes, empty


def _bold_check(textpage: Any) -> Callable[[int], bool]:
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()

    def is_bold(index: int) -> bool:
        if pdfium_c.FPDFText_GetFontWeight(handle, index) >= 600:
            return True
        size = pdfium_c.FPDFText_GetFontInfo(
            handle, index, buffer, len(buffer), ctypes.byref(flags)
        )
        font = buffer.value[: max(size - 1, 0)].decode("latin-1", "replace").lower()
        return "bold" in font or "black" in font or "heavy" in font

    return is_bold


def _document(
    result: PageLayout, path: Path, ocr_report: dict[str, Any] | None, page_count: int
) -> Document:
    paragraphs = [
        p for p in (Paragraph(p.text.strip(), p.heading) for p in result.paragraphs) if p.text
    ]
    text = "\n".join(p.text for p in paragraphs)
    check_document_chars(len(text), path.name)
    headings: list[int] = []
    offset = 0
    for paragraph in paragraphs:
        if paragraph.heading:
            headings.append(offset)
        offset += len(paragraph.text) + 1
    first_heading = next((p.text for p in paragraphs if p.heading), None)
    title = (first_heading[:MAX_TITLE_CHARS] if first_heading else None) or first_short_line(text)
    extraction: dict[str, Any] = {
        "method": "ocr" if ocr_report else "text layer",
        "pages": page_count,
        "dropped": result.dropped,
    }
    if ocr_report:
        extraction["ocr"] = ocr_report
    return Document.from_text(
        text,
        title=title or path.stem,
        format="pdf",
        source_path=str(path),
        headings=headings,
        extraction=extraction,
    )
