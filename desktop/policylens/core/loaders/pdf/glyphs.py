"""A PDF page's text layer as positioned glyph clusters (PDFium through pypdfium2).

Positions are the ground truth of a PDF's reading order: generators write the content stream
in every order (LibreOffice logical, Chromium per shaping run, our own export logical runs at
visual places), but a glyph is always drawn where it is read. So this layer keeps each glyph's
box and leaves ordering to `lines`. Spaces and line breaks that PDFium *generates* are dropped:
`lines` recovers word gaps from the boxes itself (the PDF may have no space glyphs at all).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

# Format characters (ZWNJ, ZWJ, soft hyphen) have no box of their own: they belong to the glyph
# before them in the stream. Combining marks (Arabic harakat) are drawn over their letter but
# may come anywhere in the stream (LibreOffice writes them after the line): placed by position.
_FORMAT_CATEGORIES = frozenset({"Cf"})
_MARK_CATEGORIES = frozenset({"Mn", "Me"})
# LibreOffice maps a lam-alef ligature glyph to alef + lam (visual order): turned back.
_ALEF_LAM = frozenset(alef + "\u0644" for alef in "\u0627\u0623\u0625\u0622\u0671")
_BOX_EPSILON = 0.05
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


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


def page_clusters(textpage: Any) -> tuple[list[Cluster], bool]:
    """Every non-space glyph of a page, ligature parts merged, in stream order; and whether
    the page has space characters of its own. `textpage` is a `pypdfium2.PdfTextPage`."""
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
    rect = pdfium_c.FS_RECTF()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_size = pdfium_c.FPDFText_GetFontSize
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    is_generated = pdfium_c.FPDFText_IsGenerated
    sizes: dict[float, float] = {}  # box height → font size: one call per face and size
    clusters: list[Cluster] = []
    previous: Cluster | None = None
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
        if char.isspace() or code in (0, 0xFFFF):
            previous = None
            if char == " " and not is_generated(handle, index):
                word += 1  # two glyphs with a space between them in the stream: two words
                spaces += 1
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
        if not get_box(handle, index, rect):
            continue
        left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
        category = unicodedata.category(char)
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
        height = round(top - bottom, 2)
        size = sizes.get(height)
        if size is None:
            size = sizes[height] = get_size(handle, index) or (top - bottom)
        get_origin(handle, index, origin_x, origin_y)
        previous = Cluster(
            char,
            left,
            right,
            bottom,
            top,
            size,
            index,
            origin_y.value,
            word,
            category in _MARK_CATEGORIES,
        )
        clusters.append(previous)
    return clusters, spaces * 20 >= len(clusters)
