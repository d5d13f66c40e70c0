"""Glyphs drawn as filled outlines: they show on paper and add nothing to a PDF's text (the
second glyph of a decomposed letter, raised marks, a number's other digits, text drawn as
pictures)."""

from __future__ import annotations

from typing import Any

from fontTools.pens.basePen import BasePen

from policylens.export.pdf_fonts import Face
from policylens.export.pdf_text import Line


def outline_line(line: Line, left: float, baseline: float, size: float) -> str:
    """Every glyph of a laid-out line as a filled outline (no text)."""
    parts = []
    for run in line.runs:
        scale = size / run.face.units_per_em
        pen = run.x
        for glyph_id, _, advance, x_offset, y_offset in run.glyphs:
            parts.append(
                outline_operators(
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


def outline_operators(face: Face, glyph_id: int, x: float, y: float, scale: float) -> str:
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
