"""An fpdf2 document we draw on with our own text engine: paragraphs flowing over pages,
rectangles, and the line geometry highlights need later."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import PDFResourceType
from fpdf.outline import OutlineDictionary, OutlineItemDictionary
from fpdf.output import OutputProducer
from fpdf.syntax import build_obj_dict

from policylens.export.pdf_fonts import Face, FontSet
from policylens.export.pdf_outlines import outline_line
from policylens.export.pdf_reading import poppler_actual_text, poppler_balance
from policylens.export.pdf_render import render_line
from policylens.export.pdf_strings import text_string, utf16_text
from policylens.export.pdf_text import (
    Line,
    ShapedParagraph,
    TextStyle,
    break_lines,
    layout_line,
    shape_paragraph,
)

_PLACEHOLDER = re.compile(rb"<@(\d+)\.(\d+)@>")
MARGIN = 56.0  # points (~2 cm)
LINE_SPACING = 1.55  # × font size: Vazirmatn's tall ascenders need room


@dataclass(slots=True)
class PlacedLine:
    """Where a line of a document paragraph went: for highlights and bookmarks."""

    page: int
    offset: int  # the paragraph's start in the document text
    line: Line
    left: float
    top: float  # PDF user space, y up
    bottom: float


# The attributes of an outline item that become PDF keys, in the order fpdf2 writes them.
_OUTLINE_FIELDS = (
    "count",
    "dest",
    "first",
    "last",
    "next",
    "parent",
    "prev",
    "struct_elem",
    "title",
)


class _QuickOutlineItem(OutlineItemDictionary):
    """fpdf2 serialises an object by reflecting over every name in `dir(self)`, methods
    included; a policy's outline has thousands of items (one per highlighted clause), so
    this one reads only its data fields. Same bytes but the title, a literal string where
    fpdf2 writes a hexadecimal one (`text_string`)."""

    __slots__ = ()

    def _build_obj_dict(self, security_handler: Any = None) -> dict[str, object]:
        if security_handler is not None or self.struct_elem is not None:
            fields = {name: getattr(self, name) for name in _OUTLINE_FIELDS}
            return build_obj_dict(fields, _security_handler=security_handler, _obj_id=self.id)
        # What build_obj_dict gives for these fields (an int, a destination, other items).
        built: dict[str, object] = {}
        if self.count is not None:
            built["/Count"] = self.count
        if self.dest is not None:
            built["/Dest"] = self.dest.serialize()
        for key, item in (
            ("/First", self.first),
            ("/Last", self.last),
            ("/Next", self.next),
            ("/Parent", self.parent),
            ("/Prev", self.prev),
        ):
            if item is not None:
                built[key] = item.ref
        built["/Title"] = text_string(str(self.title))
        return built


class _OutputProducer(OutputProducer):
    def _insert_resources(self, page_objs: list[Any]) -> None:
        super()._insert_resources(page_objs)
        # Marked-content property lists (render_line's /ActualText for PDFium).
        properties: dict[int, dict[str, str]] = getattr(self.fpdf, "policylens_properties", {})
        for number, page_obj in enumerate(page_objs, start=1):
            named = properties.get(number)
            if named:
                entries = " ".join(f"/{name} {value}" for name, value in named.items())
                page_obj.resources.properties = f"<<{entries}>>"

    def _add_document_outline(
        self,
    ) -> tuple[OutlineDictionary | None, Sequence[OutlineItemDictionary]]:
        outline, items = super()._add_document_outline()
        for item in items:
            if type(item) is OutlineItemDictionary:
                item.__class__ = _QuickOutlineItem
        return outline, items


class Canvas:
    def __init__(self, page_size: str) -> None:
        self.pdf = FPDF(unit="pt", format="letter" if page_size == "Letter" else "a4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.fonts = FontSet(self.pdf)
        # poppler's /ActualText depends on the direction it gives the whole page, known when
        # the page is complete (page numbers come last): placeholders, filled in by `write`.
        self.poppler_lines: dict[int, list[tuple[str, list[int]]]] = {}  # page → (line, sizes)
        self.poppler_balance: dict[int, int] = {}  # page → poppler's letter balance
        self.pdfium_rtl: dict[int, bool] = {}  # page → its last line's (`RenderedLine`)
        self.pypdf_rtl: dict[int, bool] = {}  # page → pypdf's direction after its last line
        self.properties: dict[int, dict[str, str]] = {}  # page → name → property list
        self._faces_listed: dict[int, set[Face]] = {}  # page → fonts in its /Resources
        self._shaped: dict[tuple[str, bool, float, bool], ShapedParagraph] = {}
        self.pdf.policylens_properties = self.properties  # type: ignore[attr-defined]
        self.width = float(self.pdf.w)
        self.height = float(self.pdf.h)
        self.y = MARGIN  # distance from the top of the page to the next line's top

    @property
    def page(self) -> int:
        return int(self.pdf.page)

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = MARGIN

    def _use_faces(self, faces: set[Face]) -> None:
        # fpdf2 lists a font in the page's /Resources only when asked; we write the text
        # operators ourselves, so we ask (private API, stable since fpdf2 2.7), once per
        # page and font: its catalogue is a set.
        page = self.pdf.page
        listed = self._faces_listed.setdefault(page, set())
        if faces <= listed:
            return
        for face in faces - listed:
            self.pdf._resource_catalog.add(PDFResourceType.FONT, face.fpdf_font.i, page)
        listed |= faces

    def paragraph(
        self,
        text: str,
        rtl: bool,
        style: TextStyle,
        *,
        left: float = MARGIN,
        right: float | None = None,
        offset: int = 0,
        space_after: float = 0.0,
        keep_with_next: float = 0.0,
        page_breaks: bool = True,
        align_right: bool | None = None,
        repeated: bool = False,
    ) -> list[PlacedLine]:
        """Draw `text` from the current y, breaking pages as needed; aligned right when
        `align_right` (by default: when `rtl`). Returns the placed lines (offsets relative to
        the document via `offset`). `repeated`: a text that comes back often (the notes
        appendix's "Status: question" rows), shaped once per export."""
        right = self.width - MARGIN if right is None else right
        key = (text, rtl, style.size, style.bold)
        shaped = self._shaped.get(key) if repeated else None
        if shaped is None:
            shaped = shape_paragraph(text, rtl, style, self.fonts)
            if repeated:
                self._shaped[key] = shaped
        line_height = style.size * LINE_SPACING
        bottom_limit = self.height - MARGIN
        placed: list[PlacedLine] = []
        spans = break_lines(shaped, right - left)
        breaks = (
            _page_breaks(len(spans), self.y, line_height, keep_with_next, bottom_limit)
            if page_breaks
            else set()
        )
        for index, (start, end) in enumerate(spans):
            if index in breaks:
                self.new_page()
            line = layout_line(shaped, start, end)
            x = right - line.width if (rtl if align_right is None else align_right) else left
            top = self.height - self.y
            baseline = top - (line_height - style.size) / 2 - style.size * 0.8
            page = self.page
            rendered = render_line(
                text,
                line,
                x,
                baseline,
                style.size,
                self._poppler_placeholders,
                self._property_name,
                self.pdfium_rtl.get(page, False),
                self.pypdf_rtl.get(page, False),
            )
            self.pdfium_rtl[page] = rendered.pdfium_rtl
            self.pypdf_rtl[page] = rendered.pypdf_rtl
            self.poppler_balance[page] = self.poppler_balance.get(page, 0) + poppler_balance(
                rendered.text
            )
            self._use_faces(rendered.faces)
            self.pdf._out(rendered.operators)
            placed.append(PlacedLine(self.page, offset, line, x, top, top - line_height))
            self.y += line_height
        self.y += space_after
        return placed

    def figure(
        self,
        text: str,
        style: TextStyle,
        left: float,
        top: float,
        gray: float = 0.0,
    ) -> float:
        """Draw `text` (a number, a short label) as outlines: seen and printed, but not part
        of the text layer, so it is never copied into the middle of a sentence. `top` from the
        top of the page; returns its width."""
        shaped = shape_paragraph(text, False, style, self.fonts)
        line = layout_line(shaped, 0, len(text))
        baseline = self.height - top - style.size * 0.8
        self.pdf._out(f"q {gray:.3f} g {outline_line(line, left, baseline, style.size)} Q")
        return line.width

    def text_height(self, style: TextStyle) -> float:
        return style.size * LINE_SPACING

    def _poppler_placeholders(self, line_text: str, sizes: list[int]) -> list[str]:
        lines = self.poppler_lines.setdefault(self.page, [])
        lines.append((line_text, sizes))
        return [f"<@{len(lines) - 1}.{piece}@>" for piece in range(len(sizes))]

    def _fill_poppler_placeholders(self) -> None:
        for page, lines in self.poppler_lines.items():
            rtl_page = self.poppler_balance.get(page, 0) < 0
            pieces: list[list[bytes]] = []
            for line_text, sizes in lines:
                given = poppler_actual_text(line_text, rtl_page)
                start = 0
                pieces.append([])
                for size in sizes:
                    pieces[-1].append(utf16_text(given[start : start + size]).encode("latin-1"))
                    start += size
            contents = self.pdf.pages[page].contents
            assert isinstance(contents, bytearray)  # (a stream only once written out)
            self.pdf.pages[page].contents = bytearray(
                _PLACEHOLDER.sub(partial(_piece, pieces), contents)
            )

    def _property_name(self, dictionary: str) -> str:
        named = self.properties.setdefault(self.page, {})
        name = f"PL{len(named) + 1}"
        named[name] = dictionary
        return name

    def rect(
        self, left: float, top: float, width: float, height: float, rgb: tuple[float, float, float]
    ) -> None:
        """A filled rectangle; `top` from the top of the page."""
        r, g, b = rgb
        y = self.height - top - height
        self.pdf._out(
            f"q {r:.3f} {g:.3f} {b:.3f} rg {left:.2f} {y:.2f} {width:.2f} {height:.2f} re f Q"
        )

    def write(self, path: str | Path) -> None:
        self._fill_poppler_placeholders()
        self.pdf.output(str(path), output_producer_class=_OutputProducer)

    def text_width(self, text: str, rtl: bool, style: TextStyle) -> float:
        shaped = shape_paragraph(text, rtl, style, self.fonts)
        return sum(shaped.advances)


def _piece(pieces: list[list[bytes]], found: re.Match[bytes]) -> bytes:
    return pieces[int(found[1])][int(found[2])]


def _page_breaks(
    count: int, y: float, line_height: float, keep_with_next: float, bottom: float
) -> set[int]:
    """Indexes of the lines of a paragraph that start a new page, such that no page holds a
    single line of it (no orphan: a first line alone at the foot of a page; no widow: a last
    line alone at the head of the next), and its last line has `keep_with_next` room below
    (a heading and the start of what follows stay together)."""
    breaks: set[int] = set()
    mid_page = y > MARGIN + 0.01
    segment = 0  # the first line on the current page
    index = 0
    while index < count:
        needed = line_height + (keep_with_next if index == count - 1 else 0.0)
        fits = y + needed <= bottom
        if not fits and (index > segment or (segment == 0 and mid_page)):
            cut = index
            if count - cut == 1 and cut - segment >= 3:
                cut -= 1  # take a second line over with the last one
            elif count - cut == 1 and segment == 0 and mid_page:
                cut = 0  # two or three lines: all to the next page
            if cut - segment == 1 and segment == 0 and mid_page:
                cut = 0  # the first line would stay alone
            breaks.add(cut)
            segment = index = cut
            y = MARGIN
            mid_page = False
            continue
        y += line_height
        index += 1
    return breaks
