"""The bundled fonts inside an fpdf2 document, and per-character fallback between them.

fpdf2 embeds and subsets the fonts and writes their ToUnicode maps; we shape with the same
HarfBuzz face it holds and register every glyph we draw in its subset, so the glyph → text
mapping (ligatures included, in logical order) lands in the file.
"""

from __future__ import annotations

import unicodedata
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policylens.paths import resource

if TYPE_CHECKING:
    from fpdf import FPDF

# Family name in the PDF → file stem, per style.
_FAMILIES = {
    "Vazirmatn": {"": "Vazirmatn-Regular", "B": "Vazirmatn-Bold"},
    "NotoSans": {"": "NotoSans-Regular", "B": "NotoSans-Bold"},
}

# The family whose .notdef glyph is a visible box: characters in no bundled font are drawn
# with it, so a reader sees that something is there.
NOTDEF_FAMILY = "NotoSans"


@cache
def font_path(stem: str) -> Path:
    return resource("fonts", f"{stem}.ttf")


@cache
def font_cmap(stem: str) -> frozenset[int]:
    """Code points the font maps to a glyph."""
    from fontTools.ttLib import TTFont

    with TTFont(font_path(stem), lazy=True) as font:
        return frozenset(font.getBestCmap())


def _sticks_to_neighbour(char: str) -> bool:
    """Marks, joiners and spaces stay in the font of the text around them."""
    return (
        char.isspace()
        or unicodedata.category(char) in ("Mn", "Me", "Cf")
        or unicodedata.combining(char) != 0
    )


class Face:
    """One bundled font: its coverage, and — loaded into the document on first use, so a
    font the export never draws with costs nothing — its fpdf2 object and HarfBuzz font;
    with the renderer's glyph caches. Compared by identity."""

    def __init__(self, pdf: FPDF, family: str, style: str, stem: str) -> None:
        self.family = family
        self.style = style
        self.cmap = font_cmap(stem)
        self._pdf = pdf
        self._stem = stem
        # (glyph id, text, width) → (code, width); read directly by the renderer's hot loop.
        self.glyph_codes: dict[tuple[int, str, int | None], tuple[str, int]] = {}
        # (glyph id, character) → (code, width, stretch direction), or () where not drawn,
        # in right-to-left and left-to-right runs: the renderer's one look-up per usual glyph.
        self.simple_rtl: dict[tuple[int, str], tuple[Any, ...]] = {}
        self.simple_ltr: dict[tuple[int, str], tuple[Any, ...]] = {}

    @cached_property
    def fpdf_font(self) -> Any:  # fpdf.fonts.TTFFont
        self._pdf.add_font(self.family, self.style, str(font_path(self._stem)))
        return self._pdf.fonts[f"{self.family.lower()}{self.style}"]

    @cached_property
    def units_per_em(self) -> int:
        return int(self.fpdf_font.ttfont["head"].unitsPerEm)

    @cached_property
    def blank_glyph(self) -> int:
        """The glyph of the space: draws nothing."""
        return int(self.fpdf_font.ttfont.getGlyphID(self.fpdf_font.ttfont.getBestCmap()[0x20]))

    @property
    def resource_name(self) -> str:
        return f"/F{self.fpdf_font.i}"

    @property
    def hb_font(self) -> Any:
        return self.fpdf_font.hbfont

    def glyph_code(self, glyph_id: int, reads_as: str, width: int | None = None) -> tuple[str, int]:
        """Hex code of the glyph in the subset (registered on first use) and its PDF width
        (thousandths of the em). `reads_as` is its text (ToUnicode). `width` overrides the
        font's advance: a text extractor takes a character's box from it, so the renderer
        can give each letter of a ligature a box of its own."""
        key = (glyph_id, reads_as, width)
        known = self.glyph_codes.get(key)
        if known is not None:
            return known
        font = self.fpdf_font
        name = font.ttfont.getGlyphName(glyph_id)
        if width is None:
            width = round(font.scale * font.ttfont["hmtx"].metrics[name][0])
        unicode = tuple(ord(c) for c in reads_as)
        if glyph_id == 0:
            # A character no bundled font has (emoji, CJK…): HarfBuzz gives the .notdef glyph,
            # which fpdf2's get_glyph refuses (glyph id 0 is falsy). Draw it, a visible box,
            # and keep the character in the text layer so copy and search still find it.
            from fpdf.fonts import Glyph

            glyph = Glyph(glyph_id, unicode, name, width)
        else:
            glyph = font.subset.get_glyph(
                glyph=glyph_id, unicode=unicode, glyph_name=name, glyph_width=width
            )
        code = f"{font.subset.pick_glyph(glyph):04X}"
        result = (code, width)
        self.glyph_codes[key] = result
        return result


class FontSet:
    """Vazirmatn and Noto Sans, regular and bold, added to one FPDF document."""

    def __init__(self, pdf: FPDF) -> None:
        self._faces: dict[tuple[str, str], Face] = {
            (family, style): Face(pdf, family, style, stem)
            for family, styles in _FAMILIES.items()
            for style, stem in styles.items()
        }

    def chain(self, rtl: bool, bold: bool = False) -> tuple[Face, ...]:
        """Fonts to try in order: Vazirmatn first for right-to-left text, Noto Sans else."""
        style = "B" if bold else ""
        order = ("Vazirmatn", "NotoSans") if rtl else ("NotoSans", "Vazirmatn")
        return tuple(self._faces[(family, style)] for family in order)

    def faces(self) -> list[Face]:
        return list(self._faces.values())


def split_by_font(text: str, chain: tuple[Face, ...]) -> list[tuple[int, int, Face]]:
    """(start, end, face) runs: each character in the first face of `chain` that has it,
    marks/joiners/spaces kept with their neighbours so shaping is not cut apart."""
    runs: list[tuple[int, int, Face]] = []
    primary = chain[0]
    if text and primary.cmap.issuperset(map(ord, set(text))):
        return [(0, len(text), primary)]  # (most paragraphs: what the loop below gives)
    current: Face | None = None
    start = 0
    for index, char in enumerate(text):
        code = ord(char)
        if current is not None and (code in current.cmap or _sticks_to_neighbour(char)):
            continue
        face = next((f for f in chain if code in f.cmap), None)
        if face is None:
            # In no font: drawn as the .notdef box of Noto Sans (Vazirmatn's is blank).
            face = next((f for f in chain if f.family == NOTDEF_FAMILY), current or primary)
        if face is not current:
            if current is not None and index > start:
                runs.append((start, index, current))
            current = face
            start = index
    if current is not None and len(text) > start:
        runs.append((start, len(text), current))
    return runs
