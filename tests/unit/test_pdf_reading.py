"""The models of poppler's and PDFium's reading passes (export/pdf_reading.py), and the
/ActualText that makes each of them read a line in its logical order."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.pdf_readers import in_order_share

from policylens.export.pdf_reading import (
    pdfium_actual_text,
    pdfium_reads,
    poppler_actual_text,
    poppler_balance,
    poppler_needs_actual_text,
    poppler_reads,
)

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
LINES = [
    line
    for path in (
        DATA / "mixed_direction.txt",
        DATA / "arabic_notice.txt",
        SAMPLES / "000_fdf60dbe90fb21c6.txt",
        SAMPLES / "001_ac4457cc92e3732f.txt",
    )
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
]
_PAIRS = str.maketrans(")]}>»›", "([{<«‹")


@pytest.mark.parametrize("object_rtl", [False, True])
@pytest.mark.parametrize("after_rtl_object", [False, True])
def test_pdfium_reads_every_line_back_in_order(object_rtl: bool, after_rtl_object: bool) -> None:
    for line in LINES:
        given = pdfium_actual_text(line, object_rtl, after_rtl_object)
        # The same characters, brackets mirrored where PDFium mirrors them back: no marks.
        assert sorted(given.translate(_PAIRS)) == sorted(line.translate(_PAIRS))
        if not line.lstrip(" ").startswith("-"):
            assert pdfium_reads(given, object_rtl, after_rtl_object) == line


def test_pdfium_moves_a_list_items_hyphen_away_from_the_line_end() -> None:
    """PDFium joins a line that ends with a hyphen to the next one."""
    line = "- در زمان ثبت نام، ایمیل از شما خواسته می‌شود."
    given = pdfium_actual_text(line, False, False)
    assert not given.rstrip(" ").endswith("-")
    assert in_order_share(line, pdfium_reads(given, False, False)) > 0.97


@pytest.mark.parametrize("rtl_page", [False, True])
def test_poppler_reads_lines_back_with_only_boundary_neutrals_moved(rtl_page: bool) -> None:
    for line in LINES:
        given = poppler_actual_text(line, rtl_page)
        assert sorted(given) == sorted(line)
        back = poppler_reads(given, rtl_page)
        # Only a bracket or dash between a number or Latin word and a Persian one may move.
        assert in_order_share(line, back) >= 0.9


def test_poppler_reads_a_persian_line_with_latin_and_digits_exactly() -> None:
    line = (
        "برای دیدن سیاست Google Analytics به نشانی https://example.com/privacy بروید: ۱۴۰۲ و 2024."
    )
    back = poppler_reads(poppler_actual_text(line, True), True)
    assert back.split() != line.split()  # spaces move (copied text: a space off)
    assert "".join(back.split()) == "".join(line.split())


def test_poppler_picks_the_page_direction_by_letters() -> None:
    assert poppler_balance("abc ابتث 123") < 0
    assert poppler_balance("abcde ابت ۱۲۳۴۵") > 0


def test_only_lines_mixing_directions_need_poppler_actual_text() -> None:
    assert not poppler_needs_actual_text("A plain English line, 2024.")
    assert not poppler_needs_actual_text("یک خط فارسی بی‌عدد")
    assert poppler_needs_actual_text("ما از Google استفاده می‌کنیم")
    assert poppler_needs_actual_text("۹۰ روز")
