"""How a PDF is read: OCR languages, progress, cancel; and the error a cancel raises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from policylens.core.errors import LoadError

Progress = Callable[[int, int, str], None]  # (pages done, pages in all, what is happening)

# A page with fewer characters than this in its text layer is taken for a scan.
MIN_TEXT_CHARS = 8


class LoadCancelled(LoadError):
    """The user stopped a long load (OCR of a scan)."""


@dataclass(frozen=True)
class PdfOptions:
    """How to read a PDF: OCR languages (Tesseract codes joined by '+', e.g. "fas" or
    "eng+deu"; None: found by a first pass), whether to run OCR on pages without text,
    progress reports, a cancel check, and who to tell the OCR languages once they are known
    (a progress display names them)."""

    ocr_languages: str | None = None
    ocr: bool = True
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None
    languages_found: Callable[[str], None] | None = None
