"""A laid-out line → PDF operators whose text every common reader gets back in order.

Four readers, four ways of ordering text (measured; see DESIGN.md "PDF traps"):

- pypdf reads the content stream as it is: it appends a left-to-right character and prepends
  a right-to-left one (Arabic script); neutrals (spaces, punctuation, Persian digits) follow
  the direction it is in.
- PDFium (Chrome, Edge) takes each text-showing operator as one object, sorts a line's
  objects by x, reads each object's characters in stream order, then runs a bidi pass over
  the line as if it were in visual order.
- pdf.js (Firefox) keeps the stream's order of text items and runs a bidi pass over each
  item, again as if the item were in visual order.
- poppler (Evince, Okular, `pdftotext`) orders by position and runs its own bidi pass.

pypdf and pdf.js read the glyphs: every same-direction stretch of a line is one `TJ` of
its own, its glyphs in visual order (left to right), and the stretches come in logical
order. poppler and PDFium read /ActualText (the others ignore it), each with its own
simplified bidi pass that no glyph order satisfies on a line that mixes directions: a line
with right-to-left letters carries, for each of them, the text that its pass turns into the
line in logical order (`pdf_reading`): an inline /Span per stretch for poppler, a named
property list shared by the line's stretches for PDFium (which reads the innermost one).
Every glyph code reads as exactly one character, with a box of its own where that letter
is: a ligature (lam-alef, fi) is drawn by its glyph, which reads as its leftmost letter
with a box of its share of the width, and invisible blank glyphs carry its other letters
in the other shares; a multi-character ToUnicode entry would be split left to right and
then reversed by three of the readers ("لا" came back "ال"). Glyphs that are not the
carrier of a character (the second glyph of a decomposed letter, raised marks) are drawn
as outlines, so they add nothing to the text. Bidi control characters are not drawn.

A Persian or Arabic number inside right-to-left text is one glyph that reads as the whole
number (its other digits drawn as outlines): pypdf keeps a glyph's characters in order but
reversed a number's digits one by one.

Neutral characters where pypdf reads the other direction (a right-to-left stretch's last
punctuation after a left-to-right one) are written on their own after a font selection,
which makes pypdf hand out the run before them (`_pypdf_stream`): no invisible mark.

What this costs (measured by tests/unit/test_pdf_readers.py): poppler cannot place some
neutrals at direction boundaries (see `pdf_reading`); pdf.js drops the zero-width
non-joiner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice, pairwise, repeat
from operator import add, gt, itemgetter
from typing import Any, NamedTuple

from fontTools.pens.basePen import BasePen
from fpdf.syntax import PDFString

from policylens.export.pdf_fonts import Face
from policylens.export.pdf_reading import (
    pdfium_actual_text,
    pdfium_needs_actual_text,
    pdfium_object_rtl,
    poppler_needs_actual_text,
)
from policylens.export.pdf_text import Line, PlacedRun

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
# Bidi controls: they steer the layout and are not text of their own on paper.
_NOT_DRAWN = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# A glyph shown as text: face, x from the line's left edge (points), hex code, PDF width,
# the character it reads as, the start of its cluster, its stretch's direction (None: a
# digit, which stays in the stretch it is in).
_Shown = tuple[Face, float, str, int, str, int, "bool | None"]


@cache
def _pypdf_direction(char: str) -> bool | None:
    """True: right-to-left for pypdf; False: left-to-right; None: neutral."""
    if any(low <= char <= high for low, high in _NEUTRAL_RANGES):
        return None
    return any(low <= char <= high for low, high in _RTL_RANGES)


def render_line(
    text: str,
    line: Line,
    left: float,
    baseline: float,
    size: float,
    poppler_text: Callable[[str, list[int]], list[str]],
    property_name: Callable[[str], str],
    after_rtl_object: bool,
    pypdf_rtl: bool = False,
) -> RenderedLine:
    """PDF operators drawing the line of paragraph `text` with its left edge at `left` and
    its baseline at `baseline` (PDF user space, y up). `poppler_text(line, sizes)` gives the
    strings to write as poppler's /ActualText of the line's pieces of these sizes, left to
    right (known only when the page is complete: see `pdf_reading`); `property_name(dict)`
    names a marked-content property list in the page's resources; `after_rtl_object`:
    whether the line drawn before it on the page left PDFium with a right-to-left text
    object (`RenderedLine.pdfium_rtl`); `pypdf_rtl`: whether pypdf reads right to left after
    the line before it on the page (`RenderedLine.pypdf_rtl`)."""
    # This loop runs once per glyph of the document: kept flat on purpose (one tuple and
    # one dict lookup per usual glyph, no calls).
    shown: list[_Shown] = []  # logical order of clusters
    outlines: list[str] = []
    faces: set[Face] = set()
    for run in line.runs:  # logical order
        face = run.face
        faces.add(face)
        scale = size / face.units_per_em
        glyphs = run.glyphs  # visual order, as HarfBuzz gives them
        run_rtl = run.level % 2 == 1
        if run.level >= 2 and not run_rtl and _ARABIC_NUMBER.fullmatch(text, run.start, run.end):
            shown.append(_number(text[run.start : run.end], run, size, outlines, left, baseline))
            continue
        simple = face.simple_rtl if run_rtl else face.simple_ltr
        run_shown: list[_Shown] = []
        pen = run.x
        index = 0
        count = len(glyphs)
        while index < count:
            glyph = glyphs[index]
            cluster = glyph[1]
            end = index + 1
            while end < count and glyphs[end][1] == cluster:
                end += 1
            # Where the next cluster starts: clusters are monotone (HarfBuzz's
            # MONOTONE_CHARACTERS), ascending left to right, descending right to left.
            if run_rtl:
                following_start = glyphs[index - 1][1] if index else run.end
            else:
                following_start = glyphs[end][1] if end < count else run.end
            if end == index + 1 and following_start == cluster + 1 and not glyph[3] | glyph[4]:
                # The usual case: one glyph, one character.
                char = text[cluster]
                coded = simple.get((glyph[0], char))
                if coded is None:
                    coded = simple[glyph[0], char] = _simple_glyph(face, glyph[0], char, run_rtl)
                if coded:
                    run_shown.append((face, pen, coded[0], coded[1], char, cluster, coded[2]))
                pen += glyph[2] * scale
                index = end
                continue
            chars = text[cluster:following_start]
            group = glyphs[index:end]
            advance = sum(g[2] for g in group) * scale
            as_text, as_outlines = _complex_cluster(
                face, chars, group, pen, advance, scale, size, run_rtl
            )
            for glyph_id, x, rise in as_outlines:
                outlines.append(
                    _outline_operators(face, glyph_id, left + x, baseline + rise, scale)
                )
            direction = _stretch_rtl(chars, run_rtl)
            run_shown += [(*item, cluster, direction) for item in as_text]
            pen += advance
            index = end
        # Right to left, HarfBuzz's visual order is the logical order reversed.
        shown += run_shown[::-1] if run_rtl else run_shown
    if _ARABIC_DIGIT.search(text, line.start, line.end):
        _join_number_separators(shown)
    stretches: list[tuple[bool, list[_Shown]]] = []
    first = 0
    rtl: bool | None = None
    directions = set(map(_DIRECTION, shown))
    directions.discard(None)
    if len(directions) == 1:  # one direction (and digits): one stretch, as the loop finds
        rtl = directions.pop()
        shown_by_stretch: list[_Shown] = []
    else:
        shown_by_stretch = shown
    for position, item in enumerate(shown_by_stretch):
        direction = item[6]
        if direction is None or direction is rtl:
            continue
        if rtl is not None:  # (leading digits join the first stretch)
            stretches.append((rtl, shown[first:position]))
            first = position
        rtl = direction
    if shown:
        stretches.append((bool(rtl), shown[first:]))
    line_text = "".join(map(_CHARS, shown))
    drawn, flushes, pypdf_rtl = _pypdf_stream(
        [
            (rtl, part)
            for rtl, items in stretches
            for part in _pdfjs_parts(rtl, _visual(rtl, items))
        ],
        pypdf_rtl,
    )
    pieces = _pieces(drawn)
    opening: dict[tuple[int, int], str] = {}  # (stretch, first glyph) → operators
    closing: dict[tuple[int, int], str] = {}
    poppler_needs = poppler_needs_actual_text(line_text)
    if poppler_needs:
        # poppler takes the /ActualText of a /Span written inline, as one character per
        # span spread over its glyphs' box: one span per piece of a stretch that no other
        # stretch's glyph interrupts (boxes that overlap break the line apart), taking its
        # share of the line's text in the order of their boxes.
        sizes = [end - start for _, start, end in pieces]
        if len(line_text) != len(shown):  # a number glyph reads as several characters
            sizes = [len("".join([i[4] for i in drawn[k][start:end]])) for k, start, end in pieces]
        given = poppler_text(line_text, sizes)
        for rank, (k, start, _) in enumerate(pieces):
            opening[k, start] = f"/Span <</ActualText {given[rank]}>> BDC "
            closing[k, start] = " EMC"
    # The line's leftmost text object: PDFium gives it the line's /ActualText, and the
    # next line's reading depends on its direction.
    carrier = []
    if pieces:
        k, start, end = pieces[0]
        face = drawn[k][start][0]
        for item in drawn[k][start:end]:
            if item[0] is not face:
                break
            carrier.append(item[4])
    carrier_rtl = pdfium_object_rtl("".join(carrier))
    if pdfium_needs_actual_text(line_text, poppler_needs):
        # PDFium takes the innermost /ActualText, from a named property list too (poppler
        # does not), and gives a whole line's to its leftmost text object when every object
        # refers to the same one.
        actual = pdfium_actual_text(line_text, carrier_rtl, after_rtl_object)
        name = property_name(f"<</ActualText {utf16_text(actual)}>>")
        for k, start, _ in pieces:
            opening[k, start] = opening.get((k, start), "") + f"/Reading /{name} BDC "
            closing[k, start] = " EMC" + closing.get((k, start), "")
    firsts: list[list[int]] = [[] for _ in drawn]
    for k, start, _ in pieces:
        firsts[k].append(start)
    operators = _operators(
        drawn, [sorted(f) for f in firsts], opening, closing, flushes, left, baseline, size
    )
    return RenderedLine(" ".join([operators, *outlines]), faces, line_text, carrier_rtl, pypdf_rtl)


def _simple_glyph(face: Face, glyph_id: int, char: str, run_rtl: bool) -> tuple[Any, ...]:
    """What a glyph that is one character draws: (code, PDF width, stretch direction), or
    () for a bidi control (not drawn). Asked once per glyph and character, per face and
    direction (`Face.simple_rtl`, `Face.simple_ltr`)."""
    if char in _NOT_DRAWN:
        return ()
    code, width = face.glyph_code(glyph_id, char)
    return (code, width, _stretch_rtl(char, run_rtl))


def _number(
    number: str, run: PlacedRun, size: float, outlines: list[str], left: float, baseline: float
) -> _Shown:
    """A Persian or Arabic number inside right-to-left text (its own left-to-right run) as
    one glyph that reads as the whole number, with the number's width; its other digits
    are drawn as outlines. pypdf keeps a glyph's several characters in their order, where it
    reversed a number's digits one by one (۱۴۰۲ came back ۲۰۴۱); the others read the same."""
    face = run.face
    scale = size / face.units_per_em
    first = run.glyphs[0]
    pen = run.x + first[2] * scale
    for glyph_id, _, advance, x_offset, y_offset in run.glyphs[1:]:
        outlines.append(
            _outline_operators(
                face, glyph_id, left + pen + x_offset * scale, baseline + y_offset * scale, scale
            )
        )
        pen += advance * scale
    width = round((pen - run.x) * 1000 / size)
    code, width = face.glyph_code(first[0], number, width)
    return (face, run.x + first[3] * scale, code, width, number, run.start, None)


def _join_number_separators(shown: list[_Shown]) -> None:
    """A separator inside a Persian or Arabic number (۱۲۰٬۰۰۰, ۱۴۰۲/۰۵/۱۵, ۹:۳۰, ۱۵٪) stays in
    the stretch its digits are in: as a left-to-right stretch of its own it split the
    number into text items that pdf.js read in the wrong order (measured)."""
    for index in range(1, len(shown)):
        item = shown[index]
        if item[6] is False and item[4] in _NUMBER_SEPARATORS:
            before = shown[index - 1][4]
            after = shown[index + 1][4] if index + 1 < len(shown) else ""
            if _ARABIC_DIGIT.match(before) and (_ARABIC_DIGIT.match(after) or item[4] in _PERCENT):
                shown[index] = (*item[:6], None)


_ARABIC_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_ARABIC_NUMBER = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9](?:[\u066a-\u066c,.:/%-]?[\u0660-\u0669\u06f0-\u06f9])+[\u066a%]?"
)
_NUMBER_SEPARATORS = frozenset("\u066a\u066b\u066c,.:/-%")
_PERCENT = frozenset("\u066a%")


class RenderedLine(NamedTuple):
    operators: str
    faces: set[Face]
    text: str  # the characters it reads as, in logical order
    pdfium_rtl: bool  # whether PDFium read it with a right-to-left text object
    pypdf_rtl: bool  # whether pypdf reads right to left after it


def utf16_text(text: str) -> str:
    """A PDF text string in UTF-16 with its byte order mark, as a literal string (half the
    size of a hexadecimal one), its bytes as Latin-1 characters (how fpdf2 writes them)."""
    data = ("\ufeff" + text).encode("utf-16-be")
    # (bytes.replace: str.translate looks every character up in a dict)
    for special, escaped in _LITERAL_ESCAPES:
        if special in data:
            data = data.replace(special, escaped)
    return "(" + data.decode("latin-1") + ")"


def text_string(text: str) -> str:
    """A PDF text string as fpdf2 writes it where it is ASCII, and else as `utf16_text`:
    fpdf2 writes such strings in hexadecimal, twice the size (the clause excerpts of the
    outline and the highlights' pop-up text are most of a policy's file)."""
    if text.isascii():
        return PDFString(text).serialize()
    return utf16_text(text)


_LITERAL_ESCAPES = (
    (b"\\", b"\\\\"),  # first: the others add backslashes
    (b"(", b"\\("),
    (b")", b"\\)"),
    (b"\r", b"\\r"),
    (b"\n", b"\\n"),
)


_CHARS = itemgetter(4)  # what a shown glyph reads as
_DIRECTION = itemgetter(6)  # a shown glyph's stretch direction
_X = itemgetter(1)  # a shown glyph's x


def _visual(rtl: bool, items: list[_Shown]) -> list[_Shown]:
    """A stretch's glyphs left to right. Its clusters are in logical order, so a
    right-to-left stretch is usually right when reversed; where it is not (digits, marks
    sharing their base's x) sort: by x, then the later character first in a right-to-left
    stretch (a mark's blank goes after its base in reading order)."""
    ordered = items[::-1] if rtl else items
    xs = [-1e9, *map(_X, ordered)]
    # Each x beyond the one before it by more than 0.005 (pairwise, at C speed).
    if all(map(gt, islice(xs, 1, None), map(add, xs, repeat(0.005)))):
        return ordered
    sign = -1 if rtl else 1
    return sorted(items, key=lambda item: (round(item[1], 2), sign * item[5]))


def _stretch_rtl(chars: str, run_rtl: bool) -> bool | None:
    """Which stretch a cluster belongs to: its letters' direction for pypdf; digits of
    Arabic script (neutral for pypdf) stay in the stretch they are in (None); other
    neutrals (spaces, punctuation) go with their bidi level."""
    for char in chars:
        direction = _pypdf_direction(char)
        if direction is not None:
            return direction
    if chars[:1].isdigit():
        return None
    return run_rtl


def _complex_cluster(
    face: Face,
    chars: str,
    group: list[tuple[int, int, int, int, int]],
    pen: float,
    advance: float,
    scale: float,
    size: float,
    rtl: bool,
) -> tuple[list[tuple[Face, float, str, int, str]], list[tuple[int, float, float]]]:
    """A ligature, a decomposed letter or a raised mark: (glyphs shown as text, each
    reading as one character with its share of the cluster's width, in visual order;
    glyphs drawn as outlines: (glyph id, x, rise))."""
    letters = [c for c in chars if c not in _NOT_DRAWN]
    visual = letters[::-1] if rtl else letters
    share = advance / len(visual) if visual else 0.0
    share_width = round(share * 1000 / size)
    shown: list[tuple[Face, float, str, int, str]] = []
    outlines: list[tuple[int, float, float]] = []
    x = pen
    carrier_done = not visual
    for glyph_id, _, glyph_advance, x_offset, y_offset in group:
        if not carrier_done and glyph_advance and not x_offset and not y_offset:
            code, width = face.glyph_code(glyph_id, visual[0], share_width)
            shown.append((face, x + x_offset * scale, code, width, visual[0]))
            carrier_done = True
        elif visual:
            outlines.append((glyph_id, x + x_offset * scale, y_offset * scale))
        x += glyph_advance * scale
    first_blank = 1 if shown else 0
    for position in range(first_blank, len(visual)):
        code, width = face.glyph_code(face.blank_glyph, visual[position], share_width)
        shown.append((face, pen + share * position, code, width, visual[position]))
    shown.sort(key=lambda s: s[1])
    return shown, outlines


def _pypdf_neutral(chars: str) -> bool:
    """Whether pypdf keeps its direction for this glyph's text (a number glyph's several
    characters are neutral to it, like a single digit)."""
    return len(chars) != 1 or _pypdf_direction(chars) is None


def _pypdf_stream(
    stretches: list[tuple[bool, list[_Shown]]], rtl: bool
) -> tuple[list[list[_Shown]], set[int], bool]:
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
    groups: list[list[_Shown]] = []
    flushes: set[int] = set()
    previous: bool | None = None
    for stretch_rtl, glyphs in stretches:
        if stretch_rtl is previous:  # a stretch cut in parts (`_pdfjs_parts`)
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


def _pdfjs_parts(rtl: bool, glyphs: list[_Shown]) -> list[list[_Shown]]:
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
    for chars in set(map(_CHARS, glyphs)):
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
# What `_pdfjs_parts` asks of a glyph's characters (by their first one; the three classes
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


def _pieces(drawn: list[list[_Shown]]) -> list[tuple[int, int, int]]:
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


def _operators(
    drawn: list[list[_Shown]],
    starts: list[list[int]],
    opening: dict[tuple[int, int], str],
    closing: dict[tuple[int, int], str],
    flushes: set[int],
    left: float,
    baseline: float,
    size: float,
) -> str:
    """The text operators of a line: each stretch's glyphs left to right; each piece of a
    stretch (`starts`: its first glyphs) between its marked-content operators; the
    stretches in `flushes` start with a font selection (for pypdf: `_pypdf_stream`)."""
    parts = ["BT"]
    face: Face | None = None
    per_point = 1000 / size
    per_thousandth = size / 1000
    for k, glyphs in enumerate(drawn):
        piece_starts = starts[k]
        piece = 0
        if k in flushes:
            face = None
        following = piece_starts[1] if len(piece_starts) > 1 else -1
        if opening.get((k, 0)):
            parts.append(opening[k, 0])
        tokens: list[str] = []
        written = 0.0
        for index, (drawn_face, x, code, width, _, _, _) in enumerate(glyphs):
            if index == following:
                # A new piece: the same text position, a new marked-content sequence.
                if tokens:
                    parts.append("[<" + "".join(tokens) + ">] TJ")
                    tokens = []
                parts.append(closing.get((k, piece_starts[piece]), ""))
                piece += 1
                parts.append(opening.get((k, index), ""))
                following = piece_starts[piece + 1] if piece + 1 < len(piece_starts) else -1
            if drawn_face is not face or index == 0:
                if tokens:
                    parts.append("[<" + "".join(tokens) + ">] TJ")
                    tokens = []
                if drawn_face is not face:
                    face = drawn_face
                    parts.append(f"{face.resource_name} {size:.2f} Tf")
                parts.append(f"1 0 0 1 {left + x:.2f} {baseline:.2f} Tm")
                written = x
            shift = (written - x) * per_point
            if shift > 0.05 or shift < -0.05:
                tokens.append(f"> {shift:.1f} <{code}")
            else:
                tokens.append(code)
            written = x + width * per_thousandth
        if tokens:
            parts.append("[<" + "".join(tokens) + ">] TJ")
        if closing.get((k, piece_starts[piece])):
            parts.append(closing[k, piece_starts[piece]])
    parts.append("ET")
    return " ".join(parts)


def outline_line(line: Line, left: float, baseline: float, size: float) -> str:
    """Every glyph of a laid-out line as a filled outline (no text)."""
    parts = []
    for run in line.runs:
        scale = size / run.face.units_per_em
        pen = run.x
        for glyph_id, _, advance, x_offset, y_offset in run.glyphs:
            parts.append(
                _outline_operators(
                    run.face,
                    glyph_id,
                    left + pen + x_offset * scale,
                    baseline + y_offset * scale,
                    scale,
                )
            )
            pen += advance * scale
    return " ".join(p for p in parts if p)


class _PathPen(BasePen):  # type: ignore[misc]
    """A glyph outline as PDF path operators, in font units."""

    def __init__(self, glyph_set: Any) -> None:
        super().__init__(glyph_set)
        self.parts: list[str] = []
        self._last = (0.0, 0.0)

    def _moveTo(self, point: tuple[float, float]) -> None:
        self.parts.append(f"{point[0]:g} {point[1]:g} m")
        self._last = point

    def _lineTo(self, point: tuple[float, float]) -> None:
        self.parts.append(f"{point[0]:g} {point[1]:g} l")
        self._last = point

    def _curveToOne(
        self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
    ) -> None:
        self.parts.append(f"{p1[0]:g} {p1[1]:g} {p2[0]:g} {p2[1]:g} {p3[0]:g} {p3[1]:g} c")
        self._last = p3

    def _qCurveToOne(self, p1: tuple[float, float], p2: tuple[float, float]) -> None:
        (x0, y0), (x1, y1), (x2, y2) = self._last, p1, p2
        self._curveToOne(
            (x0 + 2 / 3 * (x1 - x0), y0 + 2 / 3 * (y1 - y0)),
            (x2 + 2 / 3 * (x1 - x2), y2 + 2 / 3 * (y1 - y2)),
            p2,
        )

    def _closePath(self) -> None:
        self.parts.append("h")


_OUTLINES: dict[tuple[str, str, int], str] = {}


def _outline_operators(face: Face, glyph_id: int, x: float, y: float, scale: float) -> str:
    key = (face.family, face.style, glyph_id)
    path = _OUTLINES.get(key)
    if path is None:
        ttfont = face.fpdf_font.ttfont
        glyph_set = ttfont.getGlyphSet()
        pen = _PathPen(glyph_set)
        glyph_set[ttfont.getGlyphName(glyph_id)].draw(pen)
        path = _OUTLINES[key] = " ".join(pen.parts)
    if not path:
        return ""
    return f"q {scale:.5f} 0 0 {scale:.5f} {x:.2f} {y:.2f} cm {path} f Q"
