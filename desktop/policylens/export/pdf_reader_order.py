"""The order in which the glyphs of a line are written so that pypdf and pdf.js read its text
back in logical order (see `pdf_render` for the four readers and how each orders text): where
pypdf hands out a run of neutrals, where pdf.js would turn a number after a dash around, and
which pieces of a line no other stretch interrupts (the units of poppler's /ActualText)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from operator import itemgetter

from policylens.export.pdf_fonts import Face

# What pypdf takes for right-to-left characters, and for neutral ones.
_RTL_RANGES = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))
_NEUTRAL_RANGES = (
    ("\x00", "\x2f"),
    ("\x3a", "\x40"),
    ("\u0660", "\u066d"),
    ("\u06f0", "\u06f9"),
    ("\u2000", "\u206f"),
    ("\u20a0", "\u21ff"),
)

# A glyph shown as text: face, x from the line's left edge (points), hex code, PDF width,
# the character it reads as, the start of its cluster, its stretch's direction (None: a
# digit, which stays in the stretch it is in).
Shown = tuple[Face, float, str, int, str, int, "bool | None"]


@cache
def pypdf_direction(char: str) -> bool | None:
    """True: right-to-left for pypdf; False: left-to-right; None: neutral."""
    if any(low <= char <= high for low, high in _NEUTRAL_RANGES):
        return None
    return any(low <= char <= high for low, high in _RTL_RANGES)


CHARS = itemgetter(4)  # what a shown glyph reads as


def _pypdf_neutral(chars: str) -> bool:
    """Whether pypdf keeps its direction for this glyph's text (a number glyph's several
    characters are neutral to it, like a single digit)."""
    return len(chars) != 1 or pypdf_direction(chars) is None


def pypdf_stream(
    stretches: list[tuple[bool, list[Shown]]], rtl: bool
) -> tuple[list[list[Shown]], set[int], bool]:
    """The line's stretches (direction, glyphs left to right; logical order) as the groups
    of glyphs to write in this order, the groups to start with a font selection, and
    pypdf's direction after them, given `rtl`, its direction before.

    pypdf reads the stream as it comes: a neutral glyph (punctuation, a space, a number)
    joins the run of the direction it is reading in, and the run in progress is handed out
    at a font selection (Tf), which leaves the direction as it was. A stretch that starts
    (in the stream) with neutrals while pypdf reads the other direction would give them to
    the run before it. So they are written after a Tf each, one by one in logical order,
    where they come out as they are: a left-to-right stretch's (its logical start) before
    its letters, a right-to-left stretch's (its logical end) after them. A mark just after
    them (its base's blank is to its right) goes with them: pdf.js reads a text item that
    starts with a mark as two. No invisible mark is needed."""
    groups: list[list[Shown]] = []
    flushes: set[int] = set()
    previous: bool | None = None
    for stretch_rtl, glyphs in stretches:
        if stretch_rtl is previous:  # a stretch cut in parts (`pdfjs_parts`)
            flushes.add(len(groups))
        previous = stretch_rtl
        lead = 0
        while lead < len(glyphs) and _pypdf_neutral(glyphs[lead][4]):
            lead += 1
        spaces = 0
        while spaces < len(glyphs) - 1 and glyphs[spaces][4] == " ":
            spaces += 1
        if stretch_rtl and lead <= spaces and _PDFJS_MARK.match(glyphs[spaces][4]):
            lead = spaces  # a mark first: it goes after the letters too (pdf.js)
        elif not lead or stretch_rtl == rtl:
            groups.append(glyphs)
            if lead < len(glyphs):
                rtl = stretch_rtl
            continue
        if stretch_rtl:
            while lead < len(glyphs) - 1 and _PDFJS_MARK.match(glyphs[lead][4]):
                lead += 1
            if lead < len(glyphs):
                groups.append(glyphs[lead:])
                rtl = True
            alone = glyphs[lead - 1 :: -1]
        else:
            alone = glyphs[:lead]
        for glyph in alone:
            flushes.add(len(groups))
            groups.append([glyph])
        if not stretch_rtl and lead < len(glyphs):
            groups.append(glyphs[lead:])
            rtl = False
    return groups, flushes, rtl


def pdfjs_parts(rtl: bool, glyphs: list[Shown]) -> list[list[Shown]]:
    """A stretch's glyphs (left to right) as the parts to write one after the other, in
    logical order. pdf.js runs its bidi pass over each text item, and takes every character
    above U+00FF outside the Hebrew and Arabic blocks for a left-to-right letter (— … •): a
    number after one, with no Arabic letter between them, becomes left-to-right and takes
    the brackets beside it along ("(داخلی ۱۲۳) —" came back "(داخلی — )۱۲۳"). In a
    right-to-left stretch such a character ends a part of its own, which pdf.js reads as
    an item of its own (the next part starts further right)."""
    if not rtl:
        return [glyphs]
    kinds = _PDFJS_KINDS
    for chars in set(map(CHARS, glyphs)):
        kind = kinds.get(chars)
        if kind is None:
            kind = kinds[chars] = _pdfjs_kind(chars)
        if kind is _LTR_CHAR:
            break
    else:
        return [glyphs]  # no such character: nothing to cut
    cuts = []
    pending = -1  # the last such character with no Arabic letter after it yet
    for index, item in enumerate(glyphs):
        chars = item[4]
        kind = kinds.get(chars)
        if kind is None:
            kind = kinds[chars] = _pdfjs_kind(chars)
        if kind is _LTR_CHAR:
            pending = index
        elif kind is _DIGIT_CHAR:
            if pending >= 0:
                cuts.append(pending + 1)
                pending = -1
        elif kind is _ARABIC_LETTER:
            pending = -1
    if not cuts:
        return [glyphs]
    bounds = [0, *cuts, len(glyphs)]
    return [glyphs[a:b] for a, b in pairwise(bounds)][::-1]


_PDFJS_LTR = re.compile("[\u0100-\u058f\u05f5-\u05ff\u08ad-\ufb4f\ufe00-\ufe6f\uff00-\uffff]")
_PDFJS_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_DIGIT = re.compile("[0-9\u06f0-\u06f9]")
# What `pdfjs_parts` asks of a glyph's characters (by their first one; the three classes
# share no character), asked once per text: three regular expressions a glyph were ~5 % of
# a Persian export.
_LTR_CHAR, _DIGIT_CHAR, _ARABIC_LETTER, _OTHER_CHAR = object(), object(), object(), object()
_PDFJS_KINDS: dict[str, object] = {}


def _pdfjs_kind(chars: str) -> object:
    if _PDFJS_LTR.match(chars):
        return _LTR_CHAR
    if _DIGIT.match(chars):
        return _DIGIT_CHAR
    if _PDFJS_ARABIC_LETTER.match(chars):
        return _ARABIC_LETTER
    return _OTHER_CHAR


_PDFJS_MARK = re.compile(r"[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def uninterrupted_pieces(drawn: list[list[Shown]]) -> list[tuple[int, int, int]]:
    """(stretch, first glyph, end) of the pieces of the stretches that no other stretch's
    glyph interrupts, left to right: usually the stretches themselves; a Persian number with
    a percent sign or a thousands separator (a stretch of their own) splits the stretch it
    is drawn in."""
    spans = sorted((glyphs[0][1], glyphs[-1][1], k) for k, glyphs in enumerate(drawn))
    if all(b[0] >= a[1] - 0.01 for a, b in pairwise(spans)):
        return [(k, 0, len(drawn[k])) for _, _, k in spans]
    order = sorted(
        (item[1], k, i) for k, glyphs in enumerate(drawn) for i, item in enumerate(glyphs)
    )
    pieces: list[list[int]] = []
    for _, k, i in order:
        if pieces and pieces[-1][0] == k and pieces[-1][2] == i:
            pieces[-1][2] += 1
        else:
            pieces.append([k, i, i + 1])
    return [(k, start, end) for k, start, end in pieces]
