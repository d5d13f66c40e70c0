"""Scans: a page of a Persian sample as a picture only, opened by OCR (Tesseract)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.eval import pdf_import

from policylens.core.errors import LoadError
from policylens.core.loaders import load_document
from policylens.core.loaders.pdf import LoadCancelled, PdfOptions
from policylens.core.loaders.pdf.ocr import installed_languages

TESSERACT = shutil.which("tesseract")
needs_tesseract = pytest.mark.skipif(
    TESSERACT is None or "fas" not in installed_languages(TESSERACT),
    reason="Tesseract with Persian is not installed: apt-get install tesseract-ocr "
    "tesseract-ocr-fas (make system-deps)",
)


def _scan_of_page(pdf: Path, page: int, out: Path, dpi: int = 300) -> Path:
    """The page rendered to a grey picture (as a scanner would) and wrapped as a PDF that
    has no text layer at all."""
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(pdf)[page].render(scale=dpi / 72, grayscale=True).to_pil()
    image.save(out, resolution=dpi)
    return out


def _page_text(pdf: Path, page: int, out: Path) -> str:
    import pypdfium2 as pdfium

    single = pdfium.PdfDocument.new()
    single.import_pages(pdfium.PdfDocument(pdf), [page])
    single.save(out)
    return load_document(out).text


@pytest.fixture(scope="module")
def persian_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Sample 000 printed by PolicyLens (no highlights: a policy as it was published), its
    first page as a scan, and that page's text (from the text layer)."""
    folder = tmp_path_factory.mktemp("scan")
    source = pdf_import.SAMPLES / "000_fdf60dbe90fb21c6.txt"
    pdf = pdf_import.policylens_pdfs([source], folder, highlights=False)[source.name]
    return _scan_of_page(pdf, 0, folder / "scan.pdf"), _page_text(pdf, 0, folder / "page.pdf")


@needs_tesseract
def test_persian_scan_opens_with_its_words(persian_scan: tuple[Path, str]) -> None:
    scan, expected = persian_scan
    reported: list[tuple[int, int, str]] = []
    document = load_document(scan, PdfOptions(progress=lambda *p: reported.append(p)))
    assert pdf_import.words_intact(expected, document.text) >= 0.90
    assert document.language == "fa" and document.direction == "rtl"
    extraction = document.info()["extraction"]
    assert extraction["method"] == "ocr"
    assert extraction["ocr"]["languages"] == "fas"  # found by the first pass
    assert 0.5 < extraction["ocr"]["confidence"] <= 1.0
    assert reported[-1] == (1, 1, "ocr")


@needs_tesseract
def test_ocr_can_be_cancelled(persian_scan: tuple[Path, str]) -> None:
    scan, _ = persian_scan
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # while Tesseract is at work

    with pytest.raises(LoadCancelled):
        load_document(scan, PdfOptions(ocr_languages="fas", cancelled=cancelled))


@needs_tesseract
def test_unknown_ocr_language_says_what_to_install(persian_scan: tuple[Path, str]) -> None:
    scan, _ = persian_scan
    with pytest.raises(LoadError, match="apt-get install tesseract-ocr-xyz"):
        load_document(scan, PdfOptions(ocr_languages="xyz"))
