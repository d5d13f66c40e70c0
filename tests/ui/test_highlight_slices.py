"""A long document is highlighted everywhere, the visible part at once and the rest in slices
that leave the window free between them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from policylens.core.clause import CategoryScore, Clause
from policylens.core.document import Document
from policylens.ui.reader.highlighter import FIRST_BLOCKS
from policylens.ui.reader.reader import Reader

COLOR = "#a6dcf5"


def background(reader: Reader, block_number: int) -> QColor | None:
    block = reader.document().findBlockByNumber(block_number)
    for fmt_range in block.layout().formats():
        return fmt_range.format.background().color()
    return None


def test_every_block_of_a_long_document_is_highlighted(qtbot: Any) -> None:
    paragraphs = [f"Paragraph {n} says that we collect your data." for n in range(FIRST_BLOCKS * 3)]
    text = "\n".join(paragraphs)
    document = Document.from_text(text, title="long", format="txt")
    clauses = [
        Clause(
            p.start,
            p.end,
            "sentence",
            "en",
            "ltr",
            (CategoryScore("first_party_collection_use", 0.9, ()),),
        )
        for p in document.paragraphs
    ]
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    reader.set_document(document)
    reader.set_clauses(clauses, {"first_party_collection_use": COLOR}, set())
    assert background(reader, 0) == QColor(COLOR)  # what is on screen: at once
    last = len(paragraphs) - 1
    if reader.highlighter.busy():
        with qtbot.waitSignal(reader.highlighter.finished, timeout=10000):
            pass
    assert not reader.highlighter.busy()
    assert background(reader, last) == QColor(COLOR)
    # A new text starts with no highlights, and nothing of the old one is written into it.
    reader.set_document(document)
    assert not reader.highlighter.busy()
    assert background(reader, last) is None
