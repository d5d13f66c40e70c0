"""Paragraph direction from content: the first strong character decides (UAX #9 P2/P3)."""

from __future__ import annotations

from typing import Literal

from bidi import get_base_level


def paragraph_direction(text: str) -> Literal["rtl", "ltr"]:
    """'rtl' when the first strong character is R or AL; 'ltr' otherwise (also for no letters)."""
    if not text:
        return "ltr"
    return "rtl" if get_base_level(text) == 1 else "ltr"
