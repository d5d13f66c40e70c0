"""A PDF page's text layer as positioned glyph clusters (PDFium through pypdfium2).

Positions are the ground truth of a PDF's reading order: generators write the content stream
in every order (LibreOffice logical, Chromium per shaping run, our own export logical runs at
visual places), but a glyph is always drawn where it is read. So this layer keeps each glyph's
box and leaves ordering to `lines`. Spaces and line breaks that PDFium *generates* are dropped:
`lines` recovers word gaps from the boxes itself (the PDF may have no space glyphs at all).

Two things PDFium's text page does are undone here: its bidi pass mirrors the brackets it puts
in a right-to-left segment (each bracket gets back the character the PDF maps it to, the
logical one), and it spreads an /ActualText evenly over its object's box (such an object is
one cluster, in the text page's order).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Format characters (ZWNJ, ZWJ, soft hyphen) have no box of their own: they belong to the glyph
# before them in the stream. Combining marks (Arabic harakat) are drawn over their letter but
# may come anywhere in the stream (LibreOffice writes them after the line): placed by position.
_FORMAT_CATEGORIES = frozenset({"Cf"})
_MARK_CATEGORIES = frozenset({"Mn", "Me"})
# What an /ActualText of joiners alone looks like through PDFium's string value.
_UNSEEN = frozenset({"Cc", "Cf", "Zs"})
# LibreOffice maps a lam-alef ligature glyph to alef + lam (visual order): turned back.
_ALEF_LAM = frozenset(alef + "\u0644" for alef in "\u0627\u0623\u0625\u0622\u0671")
_BOX_EPSILON = 0.05
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Every code `page_clusters` treats apart from a drawn letter: spaces (none above U+3000),
# PDFium's 0, 2, U+FFFE and U+FFFF, bidi controls, Arabic presentation forms.
_SPECIAL_CODES = frozenset(
    [code for code in range(0x3001) if chr(code).isspace()]
    + [0, 2, 0xFFFE, 0xFFFF]
    + [ord(char) for char in _BIDI_CONTROLS]
    + list(range(0xFB50, 0xFE00))
    + list(range(0xFE70, 0xFF00))
)
# PDFium's bidi pass (CFX_BidiChar): the kinds of character that make a right-to-left or a
# left-to-right segment; the others are neutral (weak ones never change its direction).
_PDFIUM_RIGHT = frozenset(("R", "AL"))
_PDFIUM_LEFT = frozenset(("L",))
_PDFIUM_WEAK = frozenset(("EN", "AN", "NSM", "CS", "ES", "ET", "BN"))


@dataclass(slots=True)
class Cluster:
    """One drawn glyph and the characters it stands for, in their stream (logical) order.

    A ligature such as lam-alef is one glyph mapped to two characters: they stay together and
    in order however the line is later reordered."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    index: int  # the first character's index in PDFium's text page: stream order
    baseline: float
    word: int  # counts the space characters before it in the stream
    mark: bool = False  # a combining mark, placed on the letter under it by `lines`


@dataclass(slots=True)
class PageGlyphs:
    clusters: list[Cluster]
    has_spaces: bool  # whether the page has space characters of its own
    # Where its space characters are drawn: (centre x, baseline, box height). PDFium's text
    # page order is not the stream's (its bidi pass reorders each line), so a space between
    # two glyphs *on the line* is the sure sign of a word break.
    spaces: list[tuple[float, float, float]]
    space_width: float = 0.0  # the median width of its drawn spaces (0: none drawn)


def page_clusters(textpage: Any) -> PageGlyphs:
    """Every non-space glyph of a page, ligature parts merged, in stream order; and the
    page's spaces. `textpage` is a `pypdfium2.PdfTextPage`."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    # All the text in one call: one UTF-16 unit per character index (about 3× faster than a
    # call per character; the per-character calls left are the box and the baseline).
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(
        handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    units = memoryview(buffer.raw[: count * 2]).cast("H")
    # The per-character functions called without pypdfium2's argument types (see `_bare`):
    # the text page as a pointer, the index as an int, the outputs by reference.
    page = ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)
    # FS_RECTF's fields (left, top, right, bottom) as a float array: read in one slice, not
    # four field look-ups a glyph.
    rect = (ctypes.c_float * 4)()
    rect_out = ctypes.byref(rect)
    bare_box = _bare(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
    bare_origin = _bare(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
    bare_generated = _bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
    bare_size = _bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
    bare_object = _bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
    origin = (ctypes.c_double * 2)()  # (x, y)
    origin_out = (ctypes.byref(origin), ctypes.byref(origin, 8))

    sizes: dict[float, float] = {}  # box height → font size: one call per face and size
    sizes_exact: dict[float, float] = {}  # the same by the unrounded height (no round())
    categories: dict[str, str] = {}  # a character's Unicode category, asked once a page
    mirrored = _mirrored_by_pdfium(units, lambda index: bool(bare_generated(page, index)))
    joiners: list[tuple[float, float, str]] = []  # (x, baseline, ZWNJ…) drawn as nothing
    spoken = _actual_text_objects(textpage, joiners)
    clusters: list[Cluster] = []
    previous: Cluster | None = None
    spoken_clusters: dict[int, int] = {}  # /ActualText object's address → its cluster
    spoken_objects: list[Any] = []
    space_boxes: list[tuple[float, float, float]] = []  # (centre, baseline, size)
    space_widths: list[float] = []
    high_surrogate = 0
    word = 0
    spaces = 0
    for index in range(count):
        code = units[index]
        if 0xD800 <= code < 0xDC00:
            high_surrogate = code
            continue
        if 0xDC00 <= code < 0xE000 and high_surrogate:
            code = 0x10000 + ((high_surrogate - 0xD800) << 10) + (code - 0xDC00)
        high_surrogate = 0
        char = chr(code)
        address = bare_object(page, index) if spoken else 0
        if index in mirrored and spoken.get(address) is None:
            char = _MIRROR[char]  # (our own lines are in reading order, brackets included)
        if spoken:
            if address in spoken:
                position = spoken_clusters.get(address)
                if position is not None:
                    # (PDFium generates spaces and line breaks only)
                    if not (char.isspace() and bare_generated(page, index)):
                        clusters[position].text += char
                    continue
                if not char.isspace() and bare_box(page, index, rect_out):
                    spoken_clusters[address] = len(clusters)
                    spoken_objects.append(pdfium_c.FPDFText_GetTextObject(handle, index))
                    previous = None  # not merged into the glyph before it
        if code in _SPECIAL_CODES:  # (one look-up for the usual letter)
            if char.isspace() or code in (0, 0xFFFF):
                previous = None
                if char == " " and not bare_generated(page, index):
                    word += 1  # two glyphs with a space between them in the stream: two words
                    spaces += 1
                    if bare_box(page, index, rect_out):
                        left, top, right, bottom = rect[:]
                        if right > left:
                            bare_origin(page, index, *origin_out)
                            space_boxes.append(((left + right) / 2, origin[1], top - bottom))
                            space_widths.append(right - left)
                continue
            if code in (2, 0xFFFE):  # PDFium's mark (FPDFText_GetText's) for a hyphen that
                # breaks a word at a line end
                char = "\u00ad"
            elif char in _BIDI_CONTROLS:
                continue  # the order they asked for is in the positions; `lines` restores it
            elif 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
                # Arabic presentation forms (positional shapes, lam-alef): the base letters, in
                # logical order, as one cluster so that reordering the line cannot split them.
                char = unicodedata.normalize("NFKC", char)
        if not bare_box(page, index, rect_out):
            continue
        left, top, right, bottom = rect[:]
        category = categories.get(char)
        if category is None:
            category = categories[char] = unicodedata.category(char)
        if previous is not None and (
            category in _FORMAT_CATEGORIES
            or (
                abs(left - previous.left) < _BOX_EPSILON
                and abs(right - previous.right) < _BOX_EPSILON
                and abs(bottom - previous.bottom) < _BOX_EPSILON
            )
        ):
            previous.text += char
            if previous.text in _ALEF_LAM:
                previous.text = previous.text[::-1]
            continue
        tall = top - bottom
        size = sizes_exact.get(tall)
        if size is None:
            height = round(tall, 2)
            size = sizes.get(height)
            if size is None:
                size = sizes[height] = bare_size(page, index) or tall
            sizes_exact[tall] = size
        bare_origin(page, index, *origin_out)
        previous = Cluster(
            char,
            left,
            right,
            bottom,
            top,
            size,
            index,
            origin[1],
            word,
            category in _MARK_CATEGORIES,
        )
        clusters.append(previous)
    # A spoken object's cluster covers the object: from its origin (the glyph boxes PDFium
    # makes up for its characters start at the ink) to the end of its ink.
    bounds = [ctypes.c_float() for _ in range(4)]
    matrix = pdfium_c.FS_MATRIX()
    for (address, position), text_object in zip(
        spoken_clusters.items(), spoken_objects, strict=True
    ):
        cluster = clusters[position]
        cluster.text = cluster.text.strip()
        line = spoken[address]
        if line is not None:  # the whole line of our own export
            cluster.left, cluster.right = line
            continue
        if pdfium_c.FPDFPageObj_GetBounds(text_object, *(ctypes.byref(b) for b in bounds)):
            cluster.left, cluster.right = bounds[0].value, bounds[2].value
        if pdfium_c.FPDFPageObj_GetMatrix(text_object, ctypes.byref(matrix)):
            cluster.left = min(cluster.left, matrix.e)
    for x, baseline, text in joiners:
        _place_joiner(clusters, x, baseline, text)
    width = sorted(space_widths)[len(space_widths) // 2] if space_widths else 0.0
    return PageGlyphs(clusters, spaces * 20 >= len(clusters), space_boxes, width)


def _bare(function: Any, restype: Any) -> Any:
    """A pypdfium2 function as a bare C function of the same address: no argument types, so
    ctypes passes an int as a C int and a pointer or `byref` as it is, without pypdfium2's
    conversions (a third of the time of a call, which runs several times per character)."""
    import ctypes

    address = ctypes.cast(function, ctypes.c_void_p).value or 0
    # PYFUNCTYPE: called with the GIL held. These functions return at once, and handing the
    # GIL over and taking it back around each call cost as much as the call's own work.
    return ctypes.PYFUNCTYPE(restype)(address)


def _text_string(raw: bytes) -> str:
    """A PDF text string's bytes: UTF-16 after a byte order mark, else PDFDocEncoding (its
    Latin-1 part)."""
    if raw[:2] == b"\xfe\xff":
        return raw[2:].decode("utf-16-be", "replace")
    if raw[:2] == b"\xff\xfe":
        return raw[2:].decode("utf-16-le", "replace")
    return raw.decode("latin-1")


def _place_joiner(clusters: list[Cluster], x: float, baseline: float, text: str) -> None:
    """A joiner drawn at `x` stands between the glyph that starts there and the one that ends
    there: in right-to-left text the glyph that starts there is the letter before it (the
    line is drawn from the left), in left-to-right text the letter after it."""
    best: Cluster | None = None
    for cluster in clusters:
        if cluster.mark or abs(cluster.baseline - baseline) > _BOX_EPSILON * 10:
            continue
        if best is None or abs(cluster.left - x) < abs(best.left - x):
            best = cluster
    if best is None or abs(best.left - x) > best.size * 0.25:
        return
    if unicodedata.bidirectional(best.text[-1]) in _PDFIUM_RIGHT:
        best.text += text
    else:
        best.text = text + best.text


_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_MIRROR_CHAR = re.compile("[" + re.escape("".join(_MIRROR)) + "]")
_LINE_BREAK = re.compile("[\r\n]")


def _mirrored_by_pdfium(units: Any, generated: Callable[[int], bool]) -> set[int]:
    """Indexes of the brackets PDFium's text page gives mirrored: its bidi pass reads every
    line as if it were in visual order and mirrors what it puts in a right-to-left segment —
    a right-to-left one, or a neutral one after it (in its output order, which is the text
    page's). The PDF's own /ToUnicode character (the logical one) is the mirror of that.
    A line with no strong letter before a bracket takes the line's direction: right to left
    when it has at least as many right-to-left segments as left-to-right ones."""
    found: set[int] = set()
    text = "".join(map(chr, units))  # one character per unit, as the indexes count
    if not _MIRROR_CHAR.search(text):
        return found
    count = len(units)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text) if generated(m.start())]
    for start, end in zip([0, *(b + 1 for b in breaks)], [*breaks, count], strict=True):
        if start >= count:
            break
        if not _MIRROR_CHAR.search(text, start, end):
            continue  # nothing to mirror on this line
        right = left = 0
        kind = ""
        for index in range(start, end):
            bidi = unicodedata.bidirectional(chr(units[index]))
            segment = "R" if bidi in _PDFIUM_RIGHT else "L" if bidi in _PDFIUM_LEFT else ""
            if segment and segment != kind:
                right += segment == "R"
                left += segment == "L"
                kind = segment
        current = "R" if right and right >= left else "L"
        for index in range(start, end):
            char = chr(units[index])
            bidi = unicodedata.bidirectional(char)
            if bidi in _PDFIUM_RIGHT:
                current = "R"
            elif bidi in _PDFIUM_LEFT:
                current = "L"
            elif current == "R" and char in _MIRROR and bidi not in _PDFIUM_WEAK:
                found.add(index)
    return found


def _actual_text_objects(
    textpage: Any, joiners: list[tuple[float, float, str]]
) -> dict[int, tuple[float, float] | None]:
    """The page's text objects marked with /ActualText, by address. PDFium reads such an
    object as its /ActualText, spread evenly over the object's box: the boxes then say
    nothing about where each character is drawn, but the text page's order is the one the
    PDF asked for; the object is kept as one cluster in that order.

    - PolicyLens's own export marks every object of a line with one /Reading property list
      (the leftmost object carries the whole line, in reading order): the value is the span
      of the line's objects, the cluster's width.
    - Other generators: only left-to-right text (value None). Chromium marks its
      Arabic-script clusters with UTF-16 text and no byte order mark that PDFium reads as
      control characters (measured: merging them cost its Persian and Arabic PDFs up to 1 %
      of their words)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    page = textpage.page.raw
    found: dict[int, tuple[float, float] | None] = {}
    lines: dict[str, list[int]] = {}  # a /Reading list's text → its objects
    spans: dict[int, tuple[float, float]] = {}
    value = (ctypes.c_ushort * 4096)()
    name = (ctypes.c_ushort * 32)()
    length = ctypes.c_ulong()
    bounds = [ctypes.c_float() for _ in range(4)]
    matrix = pdfium_c.FS_MATRIX()
    for number in range(pdfium_c.FPDFPage_CountObjects(page)):
        page_object = pdfium_c.FPDFPage_GetObject(page, number)
        if pdfium_c.FPDFPageObj_GetType(page_object) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        address = ctypes.cast(page_object, ctypes.c_void_p).value or 0
        first: str | None = None
        for mark_number in range(pdfium_c.FPDFPageObj_CountMarks(page_object)):
            mark = pdfium_c.FPDFPageObj_GetMark(page_object, mark_number)
            if not pdfium_c.FPDFPageObjMark_GetParamStringValue(
                mark, b"ActualText", value, ctypes.sizeof(value), ctypes.byref(length)
            ):
                continue
            # (its first bytes only: a copy of the whole 8 KB buffer per object cost more)
            size = min(max(0, length.value - 2), ctypes.sizeof(value))
            spoken = ctypes.string_at(value, size).decode("utf-16-le", "replace")
            pdfium_c.FPDFPageObjMark_GetName(mark, name, ctypes.sizeof(name), ctypes.byref(length))
            if bytes(name)[: max(0, length.value - 2)].decode("utf-16-le") == "Reading":
                lines.setdefault(spoken, []).append(address)
                if pdfium_c.FPDFPageObj_GetBounds(page_object, *(ctypes.byref(b) for b in bounds)):
                    spans[address] = (bounds[0].value, bounds[2].value)
                first = None
                break
            if spoken and all(unicodedata.category(char) in _UNSEEN for char in spoken):
                # LibreOffice draws a ZWNJ as a space glyph of no advance marked /ActualText
                # <FEFF200C>, which PDFium's text page drops (and its string value reads as
                # " \x0c", a unit per byte): the raw bytes, kept by their place on the line.
                raw = (ctypes.c_ubyte * 64)()
                if pdfium_c.FPDFPageObjMark_GetParamBlobValue(
                    mark, b"ActualText", raw, ctypes.sizeof(raw), ctypes.byref(length)
                ):
                    text = _text_string(bytes(raw)[: length.value])
                    if text and all(unicodedata.category(c) in _FORMAT_CATEGORIES for c in text):
                        if pdfium_c.FPDFPageObj_GetMatrix(page_object, ctypes.byref(matrix)):
                            joiners.append((matrix.e, matrix.f, text))
                        break
            if first is None:
                first = spoken
        if first is not None:
            kinds = {unicodedata.bidirectional(char) for char in first}
            controls = any(unicodedata.category(char) == "Cc" for char in first)
            if "L" in kinds and not kinds & _PDFIUM_RIGHT and not controls:
                found[address] = None
    for addresses in lines.values():
        known = [spans[a] for a in addresses if a in spans]
        span = (min(s[0] for s in known), max(s[1] for s in known)) if known else None
        for address in addresses:
            found[address] = span
    return found
