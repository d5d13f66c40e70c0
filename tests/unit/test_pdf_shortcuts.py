"""The export's shortcuts give what the general code gives: the highlight of a range on a line
of one run in one piece, and the check that a paragraph's bidi levels need no brackets or
number rules of fpdf2's full algorithm."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from fpdf import FPDF

from policylens.export.pdf_fonts import FontSet
from policylens.export.pdf_text import (
    _BN_SENSITIVE,
    _EXPLICIT,
    _UNPAIRED,
    Line,
    TextStyle,
    _implicit_rules_suffice,
    _one_piece,
    break_lines,
    layout_line,
    merged_spans,
    shape_paragraph,
)
from policylens.paths import resource

SAMPLES = sorted(resource("samples").glob("*.txt"))
# Ligatures (lam-alef, fi), marks, a ZWNJ, digits and a Latin name in a Persian line.
MIXED = [
    ("اطلاعات بالا را لطفاً می‌خوانیم؛ شمارهٔ ۱۲۳ و Gravatar هم هست.", True),
    ("The office files a final fiscal report (fig. 12) — عربی inside.", False),
]


def _lines(text: str, rtl: bool, fonts: FontSet) -> list[Line]:
    shaped = shape_paragraph(text, rtl, TextStyle(10.5), fonts)
    return [layout_line(shaped, start, end) for start, end in break_lines(shaped, 300.0)]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: Path(p).stem[:3])
def test_one_piece_highlight_matches_the_merged_spans(path: Path) -> None:
    fonts = FontSet(FPDF(unit="pt"))
    paragraphs = [p for p in path.read_text("utf-8").split("\n") if p.strip()][:12]
    rtl = path.stem.startswith(("000", "002"))
    cases = [(p, rtl) for p in paragraphs] + MIXED
    generator = random.Random(8)
    shortcuts = 0
    for text, paragraph_rtl in cases:
        for line in _lines(text, paragraph_rtl, fonts):
            bounds = range(max(0, line.start - 2), line.end + 3)
            for _ in range(40):
                start, end = sorted(generator.sample(bounds, 2))
                one = _one_piece(line, start, end)
                if one is not None:
                    shortcuts += 1
                    assert [one] == merged_spans(line, start, end), (text, start, end)
    assert shortcuts > 100


def _old_rules_suffice(text: str, kinds: list[str]) -> bool:
    """The check as it was: a loop over every character."""
    if _EXPLICIT.intersection(kinds):
        return False
    for index, kind in enumerate(kinds):
        if kind == "ON" and unicodedata.mirrored(text[index]) and text[index] not in _UNPAIRED:
            return False
        if kind == "BN" and (
            (index and kinds[index - 1] in _BN_SENSITIVE)
            or (index + 1 < len(kinds) and kinds[index + 1] in _BN_SENSITIVE)
        ):
            return False
    return True


def test_implicit_rules_check_is_the_loop_over_every_character() -> None:
    alphabet = list("ab<> سلام۱۲0123 .,:/-+%$#()«»[]\u200c\u200d\u064e\u0661é!?\u05d0\u202b")
    generator = random.Random(9)
    answers = set()
    for _ in range(5000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 16)))
        kinds = [unicodedata.bidirectional(c) for c in text]
        answer = _implicit_rules_suffice(text, kinds)
        assert answer == _old_rules_suffice(text, kinds), text
        answers.add(answer)
    assert answers == {True, False}


def test_line_breaking_words_end_where_their_spaces_start() -> None:
    """The word pattern's group gives the word's end that stripping its spaces gave."""
    import re

    from policylens.export.pdf_text import _WORD

    alphabet = list("ab سل۱2.-/\u200c\u00a0\u2009\u3000\t\n ")
    generator = random.Random(10)
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 20)))
        old = [
            (m.start(), m.start() + len(m.group().rstrip()), m.end())
            for m in re.finditer(r"\S+\s*|\s+", text)
        ]
        new = [(m.start(), max(m.end(1), m.start()), m.end()) for m in _WORD.finditer(text)]
        assert new == old, text
