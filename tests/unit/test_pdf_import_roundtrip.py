"""Round trip: every sample and notice made into a PDF by LibreOffice and by PolicyLens's own
export, and read back by the PDF loader — letters in order ≥ 0.99 and words intact ≥ 0.98 for
every script, paragraph counts within 10 % of the source (tests/eval/pdf_import.py measures
the same and prints the table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.eval import pdf_import

from policylens.core.loaders import load_document

SOURCES = pdf_import.source_paths()
IDS = [
    f"{p.stem[:3] if p.stem[0].isdigit() else p.stem}-{pdf_import.SOURCES[p.name]}" for p in SOURCES
]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """PDFs by generator and source name (one LibreOffice run for all of them)."""
    pdfs: dict[str, dict[str, Path]] = {}
    out = tmp_path_factory.mktemp("policylens-export")
    pdfs["PolicyLens"] = pdf_import.policylens_pdfs(SOURCES, out)
    if pdf_import.soffice():
        out = tmp_path_factory.mktemp("libreoffice")
        pdfs["LibreOffice"] = pdf_import.libreoffice_pdfs(SOURCES, out)
    return pdfs


def _check(source: Path, pdf: Path) -> None:
    expected = load_document(source).text
    document = load_document(pdf)
    assert document.format == "pdf"
    assert pdf_import.letters_in_order(expected, document.text) >= 0.99
    assert pdf_import.words_intact(expected, document.text) >= 0.98
    wanted = pdf_import.paragraph_count(expected)
    assert abs(len(document.paragraphs) - wanted) <= 0.1 * wanted


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_policylens_export_reads_back(source: Path, made: dict[str, dict[str, Path]]) -> None:
    _check(source, made["PolicyLens"][source.name])


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_libreoffice_pdf_reads_back(source: Path, made: dict[str, dict[str, Path]]) -> None:
    if "LibreOffice" not in made:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    if source.name not in made["LibreOffice"]:
        # soffice without Writer (only libreoffice-calc-nogui) converts no text file.
        pytest.skip("LibreOffice made no PDF of it: apt-get install libreoffice-writer-nogui")
    _check(source, made["LibreOffice"][source.name])


def test_persian_lines_with_english_and_brackets_read_in_order(tmp_path: Path) -> None:
    """A Persian line with more English letters than Persian ones is still a Persian line;
    brackets come back the right way round (the PDF draws them mirrored)."""
    source = tmp_path / "mixed.txt"
    lines = [
        "در این متن (Google Analytics) هم هست.",
        "این یک (آزمایش) است [۱] برای بررسی.",
    ]
    source.write_text("\n".join(lines) + "\n", "utf-8")
    pdf = pdf_import.policylens_pdfs([source], tmp_path)[source.name]
    assert load_document(pdf).text.split("\n") == lines


def test_brackets_of_a_libreoffice_pdf_come_back_the_right_way_round(tmp_path: Path) -> None:
    """Another generator's PDF of bracketed text in both directions: every bracket is the
    character it was, with the spaces around it (LibreOffice's stream puts the space before
    "(Google" on the far side of the bracket and draws it elsewhere: it read back as
    "متن(Google", and "یک ( آزمایش")."""
    if not pdf_import.soffice():
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    source = tmp_path / "brackets.txt"
    lines = [
        "در این متن (Google Analytics) هم هست.",
        "این یک (آزمایش) است [۱] برای بررسی.",
        "Persian (فارسی) in [English] text.",
        "متن ( آزمایش) با فاصله.",  # a space inside a bracket is kept, too
        "سرویس (Google) و (Facebook Pixel) را به کار می‌بریم.",
        # Both brackets of a pair at one level (read "(استفاده می‌کنیم )تحلیل." before).
        "ما از Google Analytics (تحلیل) استفاده می‌کنیم.",
    ]
    source.write_text("\n".join(lines) + "\n", "utf-8")
    made = pdf_import.libreoffice_pdfs([source], tmp_path / "libreoffice")
    if source.name not in made:
        pytest.skip("LibreOffice made no PDF of it: apt-get install libreoffice-writer-nogui")
    pdf = made[source.name]
    assert load_document(pdf).text.split("\n") == lines


def test_zero_width_non_joiners_of_a_libreoffice_pdf_are_kept() -> None:
    """LibreOffice (Writer 7.4, DejaVu Sans Mono) draws each ZWNJ as a space glyph of no
    advance marked /ActualText <FEFF200C>, which PDFium's text page drops: "می‌کنیم" read
    back as "میکنیم", a different spelling to search and to the lexicon. (The PDF is one
    LibreOffice made of the .txt beside it, so this runs without LibreOffice.)"""
    pdf = Path(__file__).resolve().parent.parent / "data" / "pdf" / "zwnj_libreoffice.pdf"
    expected = pdf.with_suffix(".txt").read_text("utf-8").strip()
    assert load_document(pdf).text == expected
    assert expected.count("\u200c") == 5
