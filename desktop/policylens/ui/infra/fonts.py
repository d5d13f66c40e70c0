"""The bundled fonts, registered at start-up, and the family list every text view uses.

Vazirmatn covers Persian/Arabic and Latin but has no Cyrillic; Noto Sans covers Latin and
Cyrillic including the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І). Giving Qt both as a family list
makes it fall back per character instead of hoping the system has a font (DESIGN.md).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from policylens.paths import font_files

log = logging.getLogger(__name__)

TEXT_FAMILIES = ["Vazirmatn", "Noto Sans"]
DEFAULT_POINT_SIZE = 12
MIN_POINT_SIZE = 6
MAX_POINT_SIZE = 48

_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add the shipped TTFs to Qt's font database (once); the families that loaded."""
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return families


def text_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The font for document text: bundled families first, then whatever the system has."""
    font = QFont()
    font.setFamilies(TEXT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def ui_font(base: QFont) -> QFont:
    """The application font: the platform's size, our families (Persian UI strings join)."""
    font = QFont(base)
    font.setFamilies([*TEXT_FAMILIES, *base.families()])
    return font
