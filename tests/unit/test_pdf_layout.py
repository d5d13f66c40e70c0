"""The PDF loader's layout rules on PDFs laid out by hand (fpdf2): columns in reading order,
running headers, footers and page numbers dropped and reported, lines joined into
paragraphs (a hyphenated word made whole), headings marked, bullets normalised."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from policylens.core.loaders import load_document
from policylens.core.loaders.pdf.paragraphs import Paragraph, _paragraph
from policylens.core.segment import segment
from policylens.store import open_store

LEFT = [
    "We collect the e-mail address you give",
    "us when you sign up, and the pages you",
    "read on our site.",
    "We keep it for two years.",
]
RIGHT = [
    "We never sell your data to anyone, and",
    "we share it only with our hosting provi\u00ad",
    "der, under a written contract.",
    "Write to privacy@example.com.",
]


def _two_column_pdf(path: Path, pages: int = 3) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(60, 40, "Example Ltd - Privacy Policy")  # running header
        pdf.text(290, 810, f"Page {number} of {pages}")  # footer
        pdf.set_font("Helvetica", style="B", size=16)
        pdf.text(60, 100, f"Part {number}: what we do")
        pdf.set_font("Helvetica", size=11)
        for column, lines in ((60, LEFT), (320, RIGHT)):
            y = 140.0
            for index, line in enumerate(lines):
                pdf.text(column, y, line)
                y += 14 if index != 2 else 28  # a paragraph gap after the third line
    pdf.output(str(path))


def test_columns_headers_footers_paragraphs_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    _two_column_pdf(path)
    document = load_document(path)
    first_page = document.text.split("\n")[:5]
    assert first_page == [
        "Part 1: what we do",
        "We collect the e-mail address you give us when you sign up, and the pages you read "
        "on our site.",
        "We keep it for two years.",
        "We never sell your data to anyone, and we share it only with our hosting provider, "
        "under a written contract.",
        "Write to privacy@example.com.",
    ]
    assert len(document.paragraphs) == 15
    headings = [document.text[p.start : p.end] for p in document.paragraphs if p.heading]
    assert headings == ["Part 1: what we do", "Part 2: what we do", "Part 3: what we do"]
    assert document.title == "Part 1: what we do"
    dropped = document.info()["extraction"]["dropped"]
    assert dropped.count("Example Ltd - Privacy Policy") == 3
    assert "Page 2 of 3" in dropped
    assert "Page" not in document.text and "Example Ltd" not in document.text
    kinds = [s.kind for s in segment(document) if s.start == document.paragraphs[0].start]
    assert kinds == ["heading"]


def test_a_single_page_loses_its_page_number(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    _two_column_pdf(path, pages=1)
    document = load_document(path)
    assert document.info()["extraction"]["dropped"] == ["Page 1 of 1"]
    # With one page nothing recurs: the header stays (it may be the policy's own line).
    assert document.text.startswith("Example Ltd - Privacy Policy\n")


def test_symbol_font_bullets_become_bullets() -> None:
    assert _paragraph_text("\uf0b7 We collect your name.") == "• We collect your name."
    assert _paragraph_text("\uf0a7We collect your name.") == "• We collect your name."


def _paragraph_text(line: str) -> str:
    from policylens.core.loaders.pdf.lines import Line

    made = Line(line, 0, 100, 0, 10, 10, False, False, 10, 0, [line], ["L"])
    result: Paragraph = _paragraph([made], False)
    return result.text


def test_headings_survive_the_library(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    _two_column_pdf(path)
    document = load_document(path)
    store = open_store(memory=True)
    store.documents.add(document)
    again = store.documents.get(document.sha256)
    assert again is not None
    assert [p.heading for p in again.paragraphs] == [p.heading for p in document.paragraphs]
