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
which makes pypdf hand out the run before them (`pypdf_stream`): no invisible mark.

What this costs (measured by tests/unit/test_pdf_readers.py): poppler cannot place some
neutrals at direction boundaries (see `pdf_reading`); pdf.js drops the zero-width
non-joiner.

The order of the glyphs for pypdf and pdf.js is worked out in `pdf_reader_order`; glyphs drawn
as outlines come from `pdf_outlines`; PDF text strings from `pdf_strings`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice, repeat
from operator import add, gt, itemgetter
from typing import Any, NamedTuple

from policylens.export.pdf_fonts import Face
from policylens.export.pdf_outlines import outline_operators
from policylens.export.pdf_reader_order import (
    CHARS,
    Shown,
    pdfjs_parts,
    pypdf_direction,
    pypdf_stream,
    uninterrupted_pieces,
)
from policylens.export.pdf_reading import (
    pdfium_actual_text,
    pdfium_needs_actual_text,
    pdfium_object_rtl,
    poppler_needs_actual_text,
)
from policylens.export.pdf_strings import utf16_text
from policylens.export.pdf_text import Line, PlacedRun

# Bidi controls: they steer the layout and are not text of their own on paper.
_NOT_DRAWN = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


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
    shown: list[Shown] = []  # logical order of clusters
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
        run_shown: list[Shown] = []
        pen = run.x
        # Each glyph's cluster, where the character after its cluster starts (clusters are
        # monotone, HarfBuzz's MONOTONE_CHARACTERS: ascending left to right, descending
        # right to left), and the next glyph's cluster, at C speed.
        clusters = list(map(_CLUSTER, glyphs))
        nexts = clusters[1:]
        nexts.append(-1)
        if run_rtl:
            followings = [run.end, *clusters[:-1]]
        else:
            followings = nexts[:-1]
            followings.append(run.end)
        group: list[tuple[int, int, int, int, int]] = []  # a cluster of several glyphs
        group_following = 0
        for glyph, cluster, following_start, next_cluster in zip(
            glyphs,
            clusters,
            followings,
            nexts,
            strict=False,  # (no glyphs: one following)
        ):
            if group:
                group.append(glyph)
                if not run_rtl:
                    group_following = following_start
                if next_cluster == cluster:
                    continue
                cluster_glyphs, cluster_following = group, group_following
                group = []
            elif (
                following_start == cluster + 1
                and next_cluster != cluster
                and not glyph[3] | glyph[4]
            ):
                # The usual case: one glyph, one character.
                char = text[cluster]
                coded = simple.get((glyph[0], char))
                if coded is None:
                    coded = simple[glyph[0], char] = _simple_glyph(face, glyph[0], char, run_rtl)
                if coded:
                    run_shown.append((face, pen, coded[0], coded[1], char, cluster, coded[2]))
                pen += glyph[2] * scale
                continue
            elif next_cluster == cluster:  # more glyphs of this cluster follow
                group.append(glyph)
                group_following = following_start
                continue
            else:
                cluster_glyphs, cluster_following = [glyph], following_start
            # A cluster that is not one glyph for one character: its last glyph, or its
            # only one.
            pen = _complex_glyphs(
                text,
                face,
                cluster_glyphs,
                cluster,
                cluster_following,
                pen,
                scale,
                size,
                run_rtl,
                left,
                baseline,
                run_shown,
                outlines,
            )
        # Right to left, HarfBuzz's visual order is the logical order reversed.
        shown += run_shown[::-1] if run_rtl else run_shown
    if _ARABIC_DIGIT.search(text, line.start, line.end):
        _join_number_separators(shown)
    stretches: list[tuple[bool, list[Shown]]] = []
    first = 0
    rtl: bool | None = None
    directions = set(map(_DIRECTION, shown))
    directions.discard(None)
    if len(directions) == 1:  # one direction (and digits): one stretch, as the loop finds
        rtl = directions.pop()
        shown_by_stretch: list[Shown] = []
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
    line_text = "".join(map(CHARS, shown))
    drawn, flushes, pypdf_rtl = pypdf_stream(
        [(rtl, part) for rtl, items in stretches for part in pdfjs_parts(rtl, _visual(rtl, items))],
        pypdf_rtl,
    )
    pieces = uninterrupted_pieces(drawn)
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
    carrier: list[Shown] = []
    if pieces:
        k, start, end = pieces[0]
        carrier = drawn[k][start:end]
        faces_drawn = list(map(_FACE, carrier))
        face = faces_drawn[0]
        if faces_drawn.count(face) != len(faces_drawn):  # (most lines: one font)
            carrier = carrier[: next(i for i, f in enumerate(faces_drawn) if f is not face)]
    carrier_rtl = pdfium_object_rtl("".join(map(CHARS, carrier)))
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


def _complex_glyphs(
    text: str,
    face: Face,
    group: list[tuple[int, int, int, int, int]],
    cluster: int,
    following_start: int,
    pen: float,
    scale: float,
    size: float,
    run_rtl: bool,
    left: float,
    baseline: float,
    run_shown: list[Shown],
    outlines: list[str],
) -> float:
    """A cluster that is not one glyph for one character (a ligature, a decomposed letter,
    a raised mark): its shown glyphs added to `run_shown`, its outlines to `outlines`;
    returns the pen after it."""
    chars = text[cluster:following_start]
    advance = sum(g[2] for g in group) * scale
    as_text, as_outlines = _complex_cluster(face, chars, group, pen, advance, scale, size, run_rtl)
    for glyph_id, x, rise in as_outlines:
        outlines.append(outline_operators(face, glyph_id, left + x, baseline + rise, scale))
    direction = _stretch_rtl(chars, run_rtl)
    run_shown += [(*item, cluster, direction) for item in as_text]
    return pen + advance


def _number(
    number: str, run: PlacedRun, size: float, outlines: list[str], left: float, baseline: float
) -> Shown:
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
            outline_operators(
                face, glyph_id, left + pen + x_offset * scale, baseline + y_offset * scale, scale
            )
        )
        pen += advance * scale
    width = round((pen - run.x) * 1000 / size)
    code, width = face.glyph_code(first[0], number, width)
    return (face, run.x + first[3] * scale, code, width, number, run.start, None)


def _join_number_separators(shown: list[Shown]) -> None:
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


_DIRECTION = itemgetter(6)  # a shown glyph's stretch direction
_X = itemgetter(1)  # a shown glyph's x
_FACE = itemgetter(0)  # a shown glyph's face
_CLUSTER = itemgetter(1)  # a HarfBuzz glyph tuple's cluster


def _visual(rtl: bool, items: list[Shown]) -> list[Shown]:
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
        direction = pypdf_direction(char)
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


def _operators(
    drawn: list[list[Shown]],
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
    stretches in `flushes` start with a font selection (for pypdf: `pypdf_stream`)."""
    parts = ["BT"]
    face: Face | None = None
    per_point = 1000 / size
    per_thousandth = size / 1000
    kerns = _KERNS
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
            kern = kerns.get(shift)
            if kern is None:
                kern = _kern(shift)
            tokens.append(kern + code)
            written = x + width * per_thousandth
        if tokens:
            parts.append("[<" + "".join(tokens) + ">] TJ")
        if closing.get((k, piece_starts[piece])):
            parts.append(closing[k, piece_starts[piece]])
    parts.append("ET")
    return " ".join(parts)


# A glyph's shift in a TJ array (thousandths of the font size) as written before its code,
# by the exact float: formatting one per glyph was ~5 % of a Persian export, and a document
# has a few hundred distinct values (its glyphs' rounded PDF widths against HarfBuzz's
# advances).
_KERNS: dict[float, str] = {}


def _kern(shift: float) -> str:
    """What goes before a glyph's code for `shift` (none within 0.05), remembered."""
    kern = f"> {shift:.1f} <" if shift > 0.05 or shift < -0.05 else ""
    if len(_KERNS) >= 4096:  # (a bound: the values repeat within a document)
        _KERNS.clear()
    _KERNS[shift] = kern
    return kern
