"""Bundled fonts: every letter of every sample has a glyph in the reader's own font families
(checked per font file with QRawFont: QFontMetrics.inFont would count system fallbacks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QRawFont

from policylens.paths import font_files
from policylens.ui.infra.fonts import TEXT_FAMILIES, register_bundled_fonts, text_font


def raw_fonts() -> dict[str, QRawFont]:
    fonts = {}
    for path in font_files():
        if "Regular" in path.name:
            raw = QRawFont(str(path), 12)
            assert raw.isValid(), path
            fonts[raw.familyName()] = raw
    return fonts


@pytest.mark.parametrize("key", ["kk", "fa1", "fa2", "sv", "en"])
def test_every_character_of_the_sample_is_covered(
    qapp: Any, samples: dict[str, Path], key: str
) -> None:
    families = register_bundled_fonts()
    assert set(TEXT_FAMILIES) <= set(families)
    assert text_font().families()[: len(TEXT_FAMILIES)] == TEXT_FAMILIES
    fonts = raw_fonts()
    in_use = [fonts[family] for family in TEXT_FAMILIES]
    text = samples[key].read_text(encoding="utf-8")
    missing = sorted(
        {
            c
            for c in text
            if not c.isspace()
            and c not in "\u200c\u200d\ufeff"  # joiners/BOM are not drawn
            and not any(f.supportsCharacter(ord(c)) for f in in_use)
        }
    )
    assert missing == []


def test_kazakh_letters_come_from_the_fallback_family(qapp: Any) -> None:
    fonts = raw_fonts()
    letters = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
    assert all(fonts["Noto Sans"].supportsCharacter(ord(c)) for c in letters)
    assert not all(fonts["Vazirmatn"].supportsCharacter(ord(c)) for c in letters)
