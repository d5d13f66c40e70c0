"""The annotated PDF: searchable text in logical order, real highlights, outline, fonts."""

from __future__ import annotations

import difflib
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from policylens.core.clause import CategoryScore, Clause, Cue
from policylens.core.document import Document
from policylens.core.loaders import load_document
from policylens.export.pdf import ExportCancelled, PdfAnnotation, PdfOptions, export_pdf
from policylens.export.pdf_model import CategoryTable
from policylens.paths import font_files

TABLE = CategoryTable.from_mapping(
    {
        "data_security": ("Data security", "#88ccee"),
        "data_retention": ("Data retention", "#ddcc77"),
    }
)


def _in_order_share(source: str, extracted: str) -> float:
    """Share of the source's non-space characters found again in order (difflib)."""
    a = [c for c in source if not c.isspace()]
    b = [c for c in extracted if not c.isspace()]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(a)


def _clauses(document: Document) -> list[Clause]:
    """A heading, and two categorised sentences with a cue each."""
    first, second, third = document.paragraphs[:3]
    text = document.text
    return [
        Clause(first.start, first.end, "heading", document.language, first.direction),
        Clause(
            second.start,
            second.end,
            "sentence",
            document.language,
            second.direction,
            (
                CategoryScore(
                    "data_security",
                    0.9,
                    (Cue(second.start, second.start + 4, text[second.start : second.start + 4]),),
                ),
            ),
        ),
        Clause(
            third.start,
            third.end,
            "sentence",
            document.language,
            third.direction,
            (CategoryScore("data_retention", 0.7),),
        ),
    ]


@pytest.mark.parametrize("name", ["fa1", "fa2", "en", "sv", "kk"])
def test_every_sample_reads_back_in_logical_order(
    name: str, samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples[name])
    out = export_pdf(document, _clauses(document), [], tmp_path / "out.pdf", categories=TABLE)
    extracted = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert _in_order_share(document.text, extracted) >= 0.995


def test_mixed_direction_line_keeps_reading_order(tmp_path: Path) -> None:
    # (pypdf misplaces punctuation that ends right-to-left text right after left-to-right
    # text, and reverses Persian digits: see pdf_render; test_pdf_readers measures it.)
    text = "برای دیدن سیاست Google Analytics به نشانی https://example.com/privacy بروید و 2024 را"
    document = Document.from_text(text, title="t", format="txt")
    out = export_pdf(document, [], [], tmp_path / "m.pdf", categories=TABLE)
    extracted = "".join(page.extract_text() for page in PdfReader(out).pages[1:])
    assert "".join(text.split()) in "".join(extracted.split())
    assert not set(extracted) & set("\u061c\u200e\u200f\u2066\u2067\u2068\u2069")


def test_highlights_are_real_annotations_with_colour_and_reasons(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["fa1"])
    paragraph = document.paragraphs[5]
    review = PdfAnnotation(
        paragraph.start,
        paragraph.start + 20,
        "data_retention",
        note="Retention period is vague",
        annotator="maryam",
        status="accepted",
        confirmed=True,
    )
    out = export_pdf(document, _clauses(document), [review], tmp_path / "h.pdf", categories=TABLE)
    annots = [a.get_object() for page in PdfReader(out).pages for a in page.get("/Annots", [])]
    highlights = [a for a in annots if a["/Subtype"] == "/Highlight"]
    assert len(highlights) == 3
    by_contents = {str(a["/Contents"]).split("\n")[0]: a for a in highlights}
    security = by_contents["Data security"]
    assert [round(float(v), 3) for v in security["/C"]] == [0.533, 0.8, 0.933]
    assert len(security["/QuadPoints"]) % 8 == 0 and len(security["/QuadPoints"]) >= 8
    cue = document.text[document.paragraphs[1].start : document.paragraphs[1].start + 4]
    assert cue in str(security["/Contents"])
    note = next(a for a in highlights if "Retention period is vague" in str(a["/Contents"]))
    assert "maryam" in str(note["/Contents"]) and "accepted" in str(note["/Contents"])
    assert str(note["/T"]) == "maryam"


def test_a_heading_that_names_a_practice_is_highlighted_as_in_the_reader(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["fa1"])
    heading, *rest = _clauses(document)
    named = replace(heading, categories=(CategoryScore("data_retention", 0.9),))
    out = export_pdf(document, [named, *rest], [], tmp_path / "h.pdf", categories=TABLE)
    annots = [a.get_object() for page in PdfReader(out).pages for a in page.get("/Annots", [])]
    contents = [str(a["/Contents"]) for a in annots if a["/Subtype"] == "/Highlight"]
    assert len(contents) == 3
    assert sum(c.startswith("Data retention") for c in contents) == 2


def test_options_filter_highlights(samples: dict[str, Path], tmp_path: Path) -> None:
    document = load_document(samples["en"])
    unconfirmed = PdfAnnotation(10, 30, "data_security", note="maybe", confirmed=False)

    def count(options: PdfOptions) -> int:
        out = export_pdf(
            document,
            _clauses(document),
            [unconfirmed],
            tmp_path / "o.pdf",
            options,
            categories=TABLE,
        )
        return sum(
            1
            for page in PdfReader(out).pages
            for annotation in page.get("/Annots", [])
            if annotation.get_object()["/Subtype"] == "/Highlight"
        )

    assert count(PdfOptions()) == 3
    assert count(PdfOptions(auto_highlights=False)) == 1
    assert count(PdfOptions(auto_highlights=False, confirmed_only=True)) == 0
    assert count(PdfOptions(categories=frozenset({"data_retention"}))) == 1


def test_outline_metadata_page_size_and_embedded_fonts(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["fa1"])
    out = export_pdf(
        document,
        _clauses(document),
        [],
        tmp_path / "x.pdf",
        PdfOptions(page_size="Letter", ui_language="fa"),
        categories=TABLE,
    )
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(titles) == 2  # headings, categories
    assert reader.metadata is not None and reader.metadata.title == document.title
    assert reader.trailer["/Root"]["/Lang"] == "fa"
    assert round(float(reader.pages[0].mediabox.width)) == 612
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Vazirmatn" in f for f in fonts)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font["/DescendantFonts"][0]["/FontDescriptor"]
            assert "/FontFile2" in descriptor


@pytest.mark.parametrize(
    "text",
    [
        "حریم خصوصی شما برای ما مهم است؛ ۱۴۰۲",  # fa
        "سياسة الخصوصية الخاصة بنا تحمي بياناتك",  # ar
        "Your privacy matters to us.",  # en
        "Vi värnar om din integritet: åäö ÅÄÖ",  # sv
        "Құпиялылық саясаты Ә Ғ Қ Ң Ө Ұ Ү Һ І",  # kk
        "Политика конфиденциальности ёЁ",  # ru
        "Datenschutzerklärung: ä ö ü ß Ä Ö Ü",  # de
        "Politique de confidentialité : é è ê à ç œ",  # fr
    ],
)
def test_no_missing_glyph(text: str) -> None:
    cmaps = [set(TTFont(path).getBestCmap()) for path in font_files()]
    missing = [c for c in text if not c.isspace() and not any(ord(c) in m for m in cmaps)]
    assert missing == []


def test_cancel_writes_nothing(samples: dict[str, Path], tmp_path: Path) -> None:
    document = load_document(samples["kk"])
    out = tmp_path / "c.pdf"
    out.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        export_pdf(document, [], [], out, cancelled=lambda: True, categories=TABLE)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_progress_reaches_the_end(samples: dict[str, Path], tmp_path: Path) -> None:
    document = load_document(samples["sv"])
    seen: list[tuple[int, int]] = []
    export_pdf(
        document,
        [],
        [],
        tmp_path / "p.pdf",
        progress=lambda d, t: seen.append((d, t)),
        categories=TABLE,
    )
    assert seen[-1][0] == seen[-1][1] == len(document.paragraphs)


def test_every_sample_character_has_a_glyph(samples: dict[str, Path]) -> None:
    cmaps = [set(TTFont(path).getBestCmap()) for path in font_files()]
    for path in samples.values():
        text = path.read_text("utf-8")
        missing = {c for c in text if not c.isspace() and not any(ord(c) in m for m in cmaps)}
        assert missing == set(), path.name


def test_quick_bidi_levels_agree_with_the_full_algorithm() -> None:
    """The shortcut for paragraphs without embeddings or brackets gives fpdf2's levels."""
    import random
    import unicodedata

    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    from policylens.export.pdf_text import _implicit_levels, _implicit_rules_suffice

    alphabet = list("ab<> سلام۱۲0123 .,:/-+%$#()«»\u200c\u064e\u0661\u0662é!?\u05d0")
    generator = random.Random(5)
    checked = 0
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 14)))
        rtl = generator.random() < 0.6
        kinds = [unicodedata.bidirectional(c) for c in text]
        if not _implicit_rules_suffice(text, kinds):
            continue
        expected = [1 if rtl else 0] * len(text)
        direction = TextDirection.RTL if rtl else TextDirection.LTR
        paragraph = BidiParagraph(text, direction, preserve_bn_chars=True)
        for char in paragraph.get_characters_with_embedding_level():
            if isinstance(char.embedding_level, int):
                expected[char.character_index] = char.embedding_level
        assert _implicit_levels(text, rtl, kinds) == expected, (text, rtl)
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("title", [None, "Reza"])
def test_highlights_are_written_as_fpdf2_would_write_them(title: str | None) -> None:
    from datetime import datetime

    from fpdf.annotations import AnnotationDict
    from fpdf.syntax import PDFString

    from policylens.export.pdf import _HighlightDict
    from policylens.export.pdf_strings import utf16_text

    quads = [56.0, 700.5, 300.25, 700.5, 56.0, 684.2, 300.25, 684.2, 80.0, 684.2, 200.0, 684.2]
    quads += [80.0, 668.0, 200.0, 668.0]
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    contents = "امنیت داده\n“password”"
    colour = (0.533, 0.8, 0.933)
    xs, ys = quads[0::2], quads[1::2]
    expected = AnnotationDict(
        "Highlight",
        x=min(xs),
        y=max(ys),
        width=max(xs) - min(xs),
        height=max(ys) - min(ys),
        contents=contents,
        color=colour,
        title=title,
        quad_points=quads,
        modification_time=when,
    ).serialize()
    # Except the pop-up text: a literal string, where fpdf2 writes a hexadecimal one (twice
    # the size); pypdf reads it back the same.
    expected = expected.replace(PDFString(contents).serialize(), utf16_text(contents))
    written = _HighlightDict(quads, colour, contents, title, when).serialize()
    assert written == expected
    assert "/Contents (" in written
