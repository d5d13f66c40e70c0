"""How poppler and PDFium put a line's characters back into reading order, and the /ActualText
that makes each of them read a line in its logical order.

Both readers take /ActualText (pypdf and pdf.js ignore it), and both run their own simplified
bidi pass over it as if it were the line's characters in visual order. Measured with
`pdftotext` 22.12 and pypdfium2 5.15 (PDFium); tests/unit/test_pdf_reading.py holds the models:

- poppler (Evince, Okular) reads only the /ActualText of a /Span written inline, as one
  character per span spread over the span's glyphs (a span must be drawn left to right, or
  the line falls apart). It picks one direction per page, from its letters (left-to-right
  letters minus right-to-left ones ≥ 0: left to right), and treats digits, `# $ % + , - . /
  :` and the Arabic comma as number characters, which read left to right. On a right-to-left
  page it reads each line from the right end: a right-to-left section (anything but
  left-to-right letters and numbers) then a left-to-right one (anything but right-to-left
  letters), and so on; on a left-to-right page the same from the left end, roles swapped.
- PDFium (Chrome, Edge) reads the innermost /ActualText, from a named property list too, and
  gives the whole of it to the leftmost text object of those that share it. It reads it
  backwards when that object is a right-to-left one, or when the line is a right-to-left one
  and the object that carried the line before it on the page was. Then it splits it into
  segments of left-to-right letters, right-to-left letters, digits/separators/marks (weak:
  they never make a line left-to-right) and the rest; a line with more right-to-left
  segments than left-to-right ones gets its segments in reverse order; characters keep their
  order within a segment, and brackets are mirrored in a right-to-left segment and in a
  neutral one after it. A line that ends with a hyphen is joined to the next.

For each reader the functions below give the text that its pass turns into the line in
logical order. PDFium's always can be had (a list item's leading hyphen moves to the line's
end). poppler's cannot where neutral characters other than spaces sit between a number or a
left-to-right letter and a following right-to-left letter on a right-to-left page (or between
a right-to-left letter and a following number or left-to-right letter on a left-to-right
page): its sections cannot end (start) with them. Such characters move to just before the
section they follow (one character out of place instead of a reversed line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

_POPPLER_NUMBER = frozenset("#$%+,-./:\u060c") | frozenset(
    chr(c) for r in ((0x30, 0x3A), (0x660, 0x66D), (0x6F0, 0x6FA)) for c in range(*r)
)
_POPPLER_ARABIC_NEUTRAL = frozenset(chr(c) for c in (*range(0x64B, 0x659), 0x670))
_PDFIUM_WEAK = frozenset(("EN", "AN", "NSM", "CS", "ES", "ET", "BN"))
_HYPHENS = frozenset("-\u00ad")
_MIRROR_PAIRS = "()[]{}<>«»‹›"
_MIRROR = str.maketrans(_MIRROR_PAIRS, ")(][}{><»«›‹")
_MIRRORED = re.compile("[" + re.escape(_MIRROR_PAIRS) + "]")


@cache
def poppler_kind(char: str) -> str:
    """ "#": a number character, "R": a right-to-left letter, "L": a left-to-right one,
    "N": the rest (spaces, brackets, quotes, combining marks), as poppler classes them."""
    if char in _POPPLER_NUMBER:
        return "#"
    if char in _POPPLER_ARABIC_NEUTRAL:
        return "N"
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "R"
    return "L" if kind == "L" else "N"


@cache
def pdfium_kind(char: str) -> str:
    """ "L", "R", "W" (digits, separators, combining marks: left to right, but they never make
    a line left-to-right) or "N", as PDFium's bidi pass classes a character."""
    kind = unicodedata.bidirectional(char)
    if kind == "L" or (not kind and char > "\uffff"):
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return "W" if kind in _PDFIUM_WEAK else "N"


def _char_class(codes: Iterable[int]) -> str:
    """A regular-expression character class body (no brackets) of these code points."""
    parts: list[str] = []
    start = previous = -2
    for code in [*codes, -2]:
        if code == previous + 1:
            previous = code
            continue
        if start >= 0:
            parts.append(
                f"\\u{start:04x}" if start == previous else f"\\u{start:04x}-\\u{previous:04x}"
            )
        start = previous = code
    return "".join(parts)


def _classes(kind: Callable[[str], str], kinds: str) -> dict[str, str]:
    """Character class bodies of the basic multilingual plane by `kind`; the first of
    `kinds` is left out (it is the complement of the others: astral letters fall in it)."""
    found: dict[str, list[int]] = {k: [] for k in kinds[1:]}
    for code in range(0x10000):
        listed = found.get(kind(chr(code)))
        if listed is not None:
            listed.append(code)
    return {k: _char_class(codes) for k, codes in found.items()}


# One pass of the regular-expression engine over a line instead of a Python loop over its
# characters: the export reads every character of a document through these.
_P = _classes(poppler_kind, "LR#N")
_P_R_RUNS = re.compile(f"[{_P['R']}]+")
_P_L_RUNS = re.compile(f"[^{_P['R']}{_P['#']}{_P['N']}]+")
_P_NEEDS = re.compile(
    f"[^{_P['R']}{_P['N']}{_P['#']}]|[0-9\u0660-\u0669\u06f0-\u06f9]|^ *[{_P['#']}]"
    f"|[{_P['#']}] *$|[^ {_P['R']}{_P['#']}][{_P['#']}]|[{_P['#']}][^ {_P['R']}{_P['#']}]"
)
# A stretch with no right-to-left letter holding a left-to-right letter or a number (and the
# other way round): (its leading neutrals, the stretch between its first and last letters,
# its trailing neutrals) — what poppler reads as a section of the page's other direction.
_P_LTR_STRETCH = re.compile(
    f"([{_P['N']}]*)([^{_P['R']}{_P['N']}](?:[^{_P['R']}]*[^{_P['R']}{_P['N']}])?)([{_P['N']}]*)"
)
_P_RTL_STRETCH = re.compile(
    f"([{_P['N']}]*)([{_P['R']}](?:[{_P['R']}{_P['N']}]*[{_P['R']}])?)([{_P['N']}]*)"
)
_D = _classes(pdfium_kind, "LRWN")
_D_R_RUNS = re.compile(f"[{_D['R']}]+")
_D_L_RUNS = re.compile(f"[^{_D['R']}{_D['W']}{_D['N']}]+")
_D_NEEDS = re.compile(
    f"[^{_D['R']}{_D['W']}{_D['N']}]|[0-9\u0660-\u0669\u06f0-\u06f9\u064b-\u065f\u0670]|"
    + _MIRRORED.pattern
)
_D_SEGMENTS = re.compile(f"[{_D['R']}]+|[{_D['W']}]+|[{_D['N']}]+|{_D_L_RUNS.pattern}")


def poppler_balance(text: str) -> int:
    """Left-to-right letters minus right-to-left ones: poppler reads a page left to right
    when the sum over the page is ≥ 0."""
    return sum(map(len, _P_L_RUNS.findall(text))) - sum(map(len, _P_R_RUNS.findall(text)))


def poppler_needs_actual_text(text: str) -> bool:
    """Lines with right-to-left letters and digits or left-to-right letters, or with a
    number character at an end or next to a bracket (a list item's "- ", "…)."): poppler's
    reading of the glyphs themselves loses characters there (measured); the others
    (punctuation between right-to-left words) it reads right, and they keep the file small."""
    return _P_R_RUNS.search(text) is not None and _P_NEEDS.search(text) is not None


def poppler_actual_text(text: str, rtl_page: bool) -> str:
    """What to give poppler for the line `text` (logical order) on a page it reads right to
    left (`rtl_page`) or left to right."""
    # poppler's sections alternate: "outer" ones, which may hold anything but letters of the
    # other direction, and "core" ones, which must begin and end with one of their letters.
    sections: list[str] = [""]  # outer, core, outer, core, …
    done = 0
    for found in (_P_LTR_STRETCH if rtl_page else _P_RTL_STRETCH).finditer(text):
        leading, core, trailing = found.groups()
        # Leading neutrals stay in the section before; trailing ones must join them.
        sections[-1] += text[done : found.start()] + leading + trailing
        sections += [core, ""]
        done = found.end()
    sections[-1] += text[done:]
    given = "".join(s[::-1] if i % 2 else s for i, s in enumerate(sections))
    # A right-to-left page is read from the right end.
    return given[::-1] if rtl_page else given


def poppler_reads(visual: str, rtl_page: bool) -> str:
    """poppler's pass over a line given in visual order (the model the above inverts)."""
    kinds = "".join(map(poppler_kind, visual))
    out: list[str] = []
    if not rtl_page:
        i, n = 0, len(visual)
        while i < n:
            j = i
            while j < n and kinds[j] != "R":
                j += 1
            out.append(visual[i:j])
            i = j
            while j < n and kinds[j] not in "L#":
                j += 1
            out.append(visual[i:j][::-1])
            i = j
        return "".join(out)
    i = len(visual) - 1
    while i >= 0:
        j = i
        while j >= 0 and kinds[j] not in "L#":
            j -= 1
        out.append(visual[j + 1 : i + 1][::-1])
        i = j
        while j >= 0 and kinds[j] != "R":
            j -= 1
        out.append(visual[j + 1 : i + 1])
        i = j
    return "".join(out)


def pdfium_needs_actual_text(text: str, poppler_needs: bool | None = None) -> bool:
    """Lines with right-to-left letters and left-to-right ones, digits, brackets or
    combining marks, and the lines poppler's /ActualText is on (PDFium would read that):
    PDFium's reading of the glyphs loses characters there (measured); the others it reads
    right. `poppler_needs`: `poppler_needs_actual_text(text)`, where already known."""
    return _D_R_RUNS.search(text) is not None and (
        _D_NEEDS.search(text) is not None
        or (poppler_needs_actual_text(text) if poppler_needs is None else poppler_needs)
    )


def _pdfium_rtl(text: str) -> bool:
    """A right-to-left line or text object for PDFium: more right-to-left segments than
    left-to-right ones."""
    if _D_L_RUNS.search(text) is None:  # (most lines: no list of words to count)
        return _D_R_RUNS.search(text) is not None
    return len(_D_R_RUNS.findall(text)) > len(_D_L_RUNS.findall(text))


def pdfium_object_rtl(text: str) -> bool:
    """Whether PDFium takes a text object with these characters for a right-to-left one."""
    return _pdfium_rtl(text)


def _pdfium_mirror(segments: list[str], text: str, rtl: bool, lefts: int) -> list[str]:
    """`segments` (of `text`) in PDFium's output order, brackets mirrored where its pass
    mirrors them: in a right-to-left segment, and in a neutral one after a right-to-left
    segment (or at the start of a right-to-left line)."""
    if _MIRRORED.search(text) is None:
        return segments
    if rtl and not lefts:
        # (Persian lines.) Every neutral segment comes after a right-to-left one or the
        # line's start: all mirrored, and only neutral ones have brackets.
        return [part.translate(_MIRROR) for part in segments]
    current = "R" if rtl else "L"
    mirrored = []
    for part in segments:
        kind = pdfium_kind(part[0])
        if kind == "N" and current == "R":
            part = part.translate(_MIRROR)
        elif kind == "R" or kind == "L":
            current = kind
        mirrored.append(part)
    return mirrored


def pdfium_actual_text(text: str, object_rtl: bool, after_rtl_object: bool) -> str:
    """What to give PDFium for the line `text` (logical order). `object_rtl`: the line's
    leftmost text object is a right-to-left one; `after_rtl_object`: the object that carried
    the line drawn before it on the page was."""
    # PDFium's pass (measured): the segments in order (reversed in a right-to-left line),
    # each with its characters in the order given, some mirrored.
    lefts = len(_D_L_RUNS.findall(text))
    rtl = len(_D_R_RUNS.findall(text)) > lefts
    given = _pdfium_mirror(_D_SEGMENTS.findall(text), text, rtl, lefts)
    ordered = "".join(given[::-1] if rtl else given)
    # A line that ends with a hyphen, as PDFium holds it, is joined with the next one as a
    # hyphenated word, in one bidi pass (a Persian list item "- …" came back in pieces):
    # its hyphen (a list item's "- ") goes to the other end, one character out of place.
    body = ordered.rstrip(" ")
    if body[-1:] in _HYPHENS and body.strip(" ") not in _HYPHENS:
        rest = body[:-1].rstrip(" ")
        ordered = body[-1] + body[len(rest) : -1] + rest + ordered[len(body) :]
    backwards = object_rtl or (after_rtl_object and rtl)
    return ordered[::-1] if backwards else ordered


def pdfium_reads(actual_text: str, object_rtl: bool, after_rtl_object: bool) -> str:
    """PDFium's text for a line given `actual_text` (the model the above inverts)."""
    lefts = len(_D_L_RUNS.findall(actual_text))
    rtl = len(_D_R_RUNS.findall(actual_text)) > lefts
    held = actual_text[::-1] if object_rtl or (after_rtl_object and rtl) else actual_text
    segments = _D_SEGMENTS.findall(held)
    return "".join(_pdfium_mirror(segments[::-1] if rtl else segments, held, rtl, lefts))
