"""What the reviewer wrote, on paper; the cover; typesetting a reader would not notice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from policylens.core.clause import CategoryScore, Clause
from policylens.core.document import Document
from policylens.core.loaders import load_document
from policylens.export.pdf import PdfAnnotation, PdfOptions, export_pdf
from policylens.export.pdf_canvas import MARGIN, Canvas, _page_breaks
from policylens.export.pdf_model import CategoryTable
from policylens.export.pdf_text import TextStyle
from policylens.view.counts import clause_counts

TABLE = CategoryTable.from_mapping(
    {
        "data_security": ("Data security", "#88ccee"),
        "data_retention": ("Data retention", "#ddcc77"),
        "third_party_sharing_collection": ("Sharing", "#cc6677"),
    }
)


def _annotations(document: Document) -> list[PdfAnnotation]:
    second, fourth, sixth = (document.paragraphs[i] for i in (1, 3, 5))
    return [
        PdfAnnotation(
            second.start,
            second.end,
            "data_security",
            note="Which controls? No encryption is named.",
            annotator="maryam",
            status="concern",
            confirmed=True,
        ),
        PdfAnnotation(
            fourth.start,
            fourth.end,
            "data_retention",
            note="How long exactly?",
            annotator="ali",
            status="question",
        ),
        PdfAnnotation(
            sixth.start,
            sixth.end,
            "third_party_sharing_collection",
            note="Not sharing: a processor.",
            annotator="ali",
            rejected=True,
        ),
    ]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _subtypes(path: Path) -> list[str]:
    return [
        str(a.get_object()["/Subtype"])
        for page in PdfReader(path).pages
        for a in page.get("/Annots", [])
    ]


def test_notes_appendix_lists_every_marker_with_what_the_reviewer_wrote(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["en"])
    out = export_pdf(document, [], _annotations(document), tmp_path / "n.pdf", categories=TABLE)
    appendix = _pages(out)[-1]
    assert appendix.startswith("Reviewer notes")
    for number, fragment in (
        (1, "Which controls? No encryption is named."),
        (2, "How long exactly?"),
        (3, "Not sharing: a processor."),
    ):
        assert f"Note {number} · page 2" in appendix
        assert fragment in appendix
    assert "Data security" in appendix and "maryam" in appendix and "concern" in appendix
    assert "Data retention (not confirmed)" in appendix and "question" in appendix
    assert "Sharing (suggestion rejected)" in appendix
    excerpt = " ".join(document.text[document.paragraphs[1].start :].split())[:40]
    assert excerpt in " ".join(appendix.split())
    # Each marker links to the appendix.
    assert _subtypes(out).count("/Link") == 3


def test_markers_leave_the_text_layer_alone_and_notes_can_be_left_out(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["en"])
    annotations = _annotations(document)
    with_notes = export_pdf(document, [], annotations, tmp_path / "a.pdf", categories=TABLE)
    without = export_pdf(
        document,
        [],
        annotations,
        tmp_path / "b.pdf",
        PdfOptions(notes=False),
        categories=TABLE,
    )

    def body(pages: list[str]) -> list[str]:  # without the page numbers ("2 / 6")
        return [page.rsplit("\n", 1)[0] for page in pages]

    assert body(_pages(with_notes)[1:-1]) == body(_pages(without)[1:])  # the body reads the same
    assert "Reviewer notes" not in "".join(_pages(without))
    assert "/Link" not in _subtypes(without)
    contents = [
        str(a.get_object().get("/Contents"))
        for page in PdfReader(without).pages
        for a in page.get("/Annots", [])
    ]
    assert not any("How long exactly?" in c for c in contents)


def test_a_rejected_suggestion_is_not_highlighted(samples: dict[str, Path], tmp_path: Path) -> None:
    document = load_document(samples["en"])
    paragraph = document.paragraphs[5]
    clause = Clause(
        paragraph.start,
        paragraph.end,
        "sentence",
        "en",
        "ltr",
        (CategoryScore("third_party_sharing_collection", 0.9),),
    )
    rejected = _annotations(document)[2]

    def highlights(annotations: list[PdfAnnotation]) -> int:
        out = export_pdf(document, [clause], annotations, tmp_path / "r.pdf", categories=TABLE)
        return _subtypes(out).count("/Highlight")

    assert highlights([]) == 1
    assert highlights([rejected]) == 0


def test_cover_counts_come_from_the_apps_count_and_name_only_the_file(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = replace(
        load_document(samples["en"]), source_path=r"C:\Users\maryam\Client X\policy-2024.txt"
    )
    p = document.paragraphs
    clauses = [
        Clause(p[1].start, p[1].end, "sentence", "en", "ltr", (CategoryScore("data_security", 1),)),
        Clause(
            p[2].start,
            p[2].end,
            "sentence",
            "en",
            "ltr",
            (CategoryScore("data_security", 1), CategoryScore("data_retention", 0.5)),
        ),
        Clause(p[3].start, p[3].end, "sentence", "en", "ltr"),
    ]
    counts = clause_counts(clauses)
    assert (counts.clauses, counts.categorised) == (3, 2)
    assert counts.per_category == {"data_security": 2, "data_retention": 1}
    out = export_pdf(document, clauses, [], tmp_path / "c.pdf", categories=TABLE)
    cover = _pages(out)[0]
    assert "3 clauses, 2 with categories" in cover
    assert "Data security 2" in cover and "Data retention 1" in cover
    assert "policy-2024.txt" in cover
    assert "maryam" not in cover and "Client X" not in cover


def test_persian_cover_gets_persian_page_numbers(samples: dict[str, Path], tmp_path: Path) -> None:
    document = load_document(samples["fa1"])
    out = export_pdf(
        document, [], [], tmp_path / "fa.pdf", PdfOptions(ui_language="fa"), categories=TABLE
    )
    footers = [page.strip().splitlines()[-1] for page in _pages(out)]
    assert all(
        "از" in footer and not any(c.isascii() and c.isdigit() for c in footer)
        for footer in footers
    ), footers
    document_language = export_pdf(
        load_document(samples["en"]),
        [],
        [],
        tmp_path / "en.pdf",
        PdfOptions(ui_language="fa", document_language_cover=True),
        categories=TABLE,
    )
    assert _pages(document_language)[0].startswith("Privacy policy review")


@pytest.mark.parametrize(
    ("count", "fits", "expected"),
    [
        (5, 4, {3}),  # the last line would be alone on the next page: two go over
        (2, 1, {0}),  # the first line would be alone at the foot: the paragraph goes over
        (3, 2, {0}),  # taking a line over would leave the first alone: all go over
        (3, 1, {0}),
        (6, 3, {3}),  # three and three: nothing alone
        (4, 9, set()),
    ],
)
def test_no_page_holds_a_single_line_of_a_paragraph(
    count: int, fits: int, expected: set[int]
) -> None:
    line = 10.0
    bottom = 800.0
    y = bottom - fits * line  # room for `fits` lines, mid-page
    assert _page_breaks(count, y, line, 0.0, bottom) == expected


def test_a_heading_keeps_two_lines_of_what_follows() -> None:
    canvas = Canvas("A4")
    canvas.new_page()
    body = TextStyle(10.5)
    line = canvas.text_height(body)
    canvas.y = canvas.height - MARGIN - line * 2.5  # room for the heading and one line
    placed = canvas.paragraph(
        "A heading", False, TextStyle(13, bold=True), keep_with_next=line * 2 + 6
    )
    assert placed[0].page == 2


def test_odd_notes_are_printed_without_fuss(tmp_path: Path) -> None:
    text = "First paragraph about security.\n\n\n\nSecond: we keep data.\n"
    document = Document.from_text(text, title="t", format="txt")
    long_note = "\n".join(f"Line {n} of a long note, " * 8 for n in range(120))
    annotations = [
        # Only blank lines: nothing on paper to put a marker beside.
        PdfAnnotation(32, 34, "data_security", note="on the blank lines", annotator="a"),
        PdfAnnotation(0, 5, "data_security", note="   ", annotator="b", confirmed=True),
        PdfAnnotation(35, 55, "data_retention", note=long_note, annotator="c", status="ok"),
        PdfAnnotation(35, 55, "data_retention", note="نگهداری؟ see §3\nسطر دوم", annotator="d"),
    ]
    out = export_pdf(document, [], annotations, tmp_path / "odd.pdf", categories=TABLE)
    pages = _pages(out)
    appendix = "\n".join(page for page in pages if "Reviewer notes" in page or "Line 119" in page)
    assert "Line 0 of a long note" in "".join(pages) and "Line 119 of a long note" in appendix
    assert "on the blank lines" in "".join(pages)
    assert _subtypes(out).count("/Link") == 2  # the blank-line passage has no marker


def test_cover_counts_the_reviewed_clauses_as_the_window_does(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    from policylens.view.reviewed import reviewed_clauses

    document = load_document(samples["en"])
    p = document.paragraphs
    security = (CategoryScore("data_security", 1),)
    clauses = [
        Clause(p[1].start, p[1].end, "sentence", "en", "ltr", security),
        Clause(p[2].start, p[2].end, "sentence", "en", "ltr", security),
        Clause(p[3].start, p[3].end, "sentence", "en", "ltr"),
    ]
    annotations = [
        PdfAnnotation(p[1].start, p[1].end, "data_security", annotator="a", rejected=True),
        PdfAnnotation(p[3].start, p[3].end, "data_retention", annotator="a", confirmed=True),
    ]
    counts = clause_counts(reviewed_clauses(clauses, annotations))  # the window's LiveCounts
    assert (counts.categorised, counts.per_category) == (
        2,
        {"data_security": 1, "data_retention": 1},
    )
    out = export_pdf(document, clauses, annotations, tmp_path / "r.pdf", categories=TABLE)
    cover = _pages(out)[0]
    assert "3 clauses, 2 with categories" in cover
    assert "Data security 1" in cover and "Data retention 1" in cover


@pytest.mark.parametrize("language", ["fa", "en"])
def test_notes_are_aligned_as_their_page_and_read_in_their_own_direction(
    samples: dict[str, Path], tmp_path: Path, language: str
) -> None:
    pypdfium2 = pytest.importorskip("pypdfium2")
    document = load_document(samples["en"])
    out = export_pdf(
        document,
        [],
        _annotations(document)[:1],
        tmp_path / "notes.pdf",
        PdfOptions(ui_language=language),
        categories=TABLE,
    )
    note = "maryam: Which controls? No encryption is named."
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        page = pdf[len(pdf) - 1]
        textpage = page.get_textpage()
        hit = textpage.search(note).get_next()
        assert hit is not None  # one line, read left to right
        boxes = [textpage.get_charbox(i) for i in range(hit[0], hit[0] + hit[1])]
        left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
        width = page.get_width()
    finally:
        pdf.close()
    if language == "fa":  # flush right, as every line of a Persian page
        assert right > width - MARGIN - 3 and left > MARGIN + 50
    else:
        assert left < MARGIN + 3 and right < width - MARGIN - 50
