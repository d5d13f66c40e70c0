"""The reader's paragraphs: each on its own side, ragged, one gap between paragraphs, headings
set apart — at full width and in a narrow pane."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from tests.ui.test_main_window import choose_in_library


def _lines(reader: Any, block: Any) -> list[Any]:
    reader.document().documentLayout().blockBoundingRect(block)  # make sure it is laid out
    layout = block.layout()
    return [layout.lineAt(i) for i in range(layout.lineCount())]


@pytest.mark.parametrize("width", [900, 320])
def test_every_line_sits_on_its_paragraphs_side_and_the_other_edge_is_ragged(
    qtbot: Any, main_window: Any, samples: dict[str, Path], width: int
) -> None:
    reader = main_window.reader
    for key in ("fa1", "en"):
        choose_in_library(qtbot, main_window, samples[key].name)
        reader.setFixedWidth(width)
        qtbot.wait(50)
        margin = reader.document().documentMargin()
        ragged = 0
        for paragraph in reader.document_model.paragraphs:
            block = reader.document().findBlock(paragraph.start)
            lines = _lines(reader, block)
            for line in lines:
                rect = line.naturalTextRect()
                assert rect.width() <= line.width() + 1, "a line wider than the pane"
                if paragraph.direction == "rtl":
                    assert abs(rect.right() - (margin + line.width())) <= 1
                else:
                    assert abs(rect.left() - margin) <= 1
            # Full lines (all but the last) are not stretched: their free edge varies.
            ragged += sum(1 for line in lines[:-1] if line.width() - line.naturalTextWidth() > 3)
        assert ragged > 3, f"{key}: lines look justified"
        reader.setMinimumWidth(0)
        reader.setMaximumWidth(16777215)


def test_paragraphs_are_spaced_alike_whatever_blank_lines_the_source_has(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    reader = main_window.reader
    gaps: set[float] = set()
    for key in ("fa1", "fa2", "en"):
        choose_in_library(qtbot, main_window, samples[key].name)
        layout = reader.document().documentLayout()
        for paragraph in reader.document_model.paragraphs[1:]:
            block = reader.document().findBlock(paragraph.start)
            if block.blockNumber() in layout.heading_blocks:
                continue
            gaps.add(round(_lines(reader, block)[0].y()))
        blank = reader.document().findBlock(reader.document_model.paragraphs[0].end + 1)
        while blank.isValid() and blank.text().strip():
            blank = blank.next()
        if blank.isValid():
            assert not blank.isVisible(), "a blank source line still takes room"
    assert len(gaps) == 1 and gaps.pop() > 0


def test_headings_are_bold_and_larger_than_the_text(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    choose_in_library(qtbot, main_window, samples["fa2"].name)
    reader = main_window.reader
    qtbot.waitUntil(lambda: bool(reader.paragraph_layout.heading_blocks), timeout=20000)
    number = min(reader.paragraph_layout.heading_blocks)
    block = reader.document().findBlockByNumber(number)
    formats = block.layout().formats()
    assert formats and all(f.format.fontWeight() >= 700 for f in formats)
    assert formats[0].format.fontPointSize() > reader.font().pointSizeF()


def test_a_web_address_is_not_split_across_lines_where_it_fits_on_one(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    import re

    address = re.compile(r"https?://\S+")
    reader = main_window.reader
    checked = 0
    for key in ("fa1", "en"):
        choose_in_library(qtbot, main_window, samples[key].name)
        for width in range(300, 760, 40):
            reader.setFixedWidth(width)
            qtbot.wait(20)
            for paragraph in reader.document_model.paragraphs:
                block = reader.document().findBlock(paragraph.start)
                lines = _lines(reader, block)
                ends = [line.textStart() + line.textLength() for line in lines[:-1]]
                for match in address.finditer(block.text()):
                    start, end = match.span()
                    if reader.fontMetrics().horizontalAdvance(match.group()) > lines[0].width():
                        continue  # longer than a line: it has to break somewhere
                    inside = [e for e in ends if start < e < end]
                    assert not inside, f"{match.group()!r} split at {width} px"
                    checked += 1
        reader.setMinimumWidth(0)
        reader.setMaximumWidth(16777215)
    assert checked > 20


def test_the_bracket_around_a_web_address_stays_on_its_line(
    qtbot: Any, main_window: Any, samples: dict[str, Path]
) -> None:
    """The Kazakh sample's "<https://tomu.kz>": Qt broke the line after "<"."""
    choose_in_library(qtbot, main_window, samples["kk"].name)
    reader = main_window.reader
    text = reader.document_model.text
    bracket = text.index("<https://tomu.kz>")
    block = reader.document().findBlock(bracket)
    at = bracket - block.position()
    broken_before = 0
    for width in range(300, 900, 7):
        reader.setFixedWidth(width)
        qtbot.wait(5)
        lines = _lines(reader, block)
        starts = [line.textStart() for line in lines]
        assert at + 1 not in starts, f"'<' left on the line above its address at {width} px"
        broken_before += at in starts
    assert broken_before, "the line never broke at the address: the test shows nothing"
    reader.setMinimumWidth(0)
    reader.setMaximumWidth(16777215)


def test_a_hard_wrapped_paragraph_reads_as_one_paragraph(qtbot: Any, main_window: Any) -> None:
    """A text copied from a PDF viewer, its paragraphs broken into lines of one width: the
    lines of a paragraph follow one another without the gap between paragraphs."""
    from policylens.core.document import Document

    sentence = (
        "We share your delivery address and telephone number with the courier company that "
        "brings your parcel, and we keep your order history for seven years because the "
        "bookkeeping law requires it. "
    )
    paragraphs = [textwrap.fill(sentence * 2, 64) for _ in range(4)]
    text = "Privacy Policy\n" + "\n".join(paragraphs) + "\n"
    reader = main_window.reader
    reader.set_document(Document.from_text(text, title="wrapped", format="txt"))
    document = reader.document()
    wrapped = [p for p in reader.document_model.paragraphs if "\n" in text[p.start : p.end]]
    assert len(wrapped) >= 4
    first_line = document.findBlock(wrapped[0].start)
    following = first_line.next()
    assert following.position() < wrapped[0].end  # the paragraph's second line
    assert _lines(reader, following)[0].y() == 0  # no gap above it
    assert _lines(reader, first_line)[0].y() > 0
