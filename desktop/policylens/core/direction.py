"""Paragraph direction from content: the first strong character decides (UAX #9 P2/P3)."""

from __future__ import annotations

import re
from typing import Literal

from bidi import get_base_level

# python-bidi reads the whole paragraph (~30 µs for 500 characters, 60 ms a 1 MB policy);
# the answer is nearly always in its first characters, so it is asked about a head first.
_HEAD = 48
_HEBREW_ALEF = "\u05d0"  # a strong R character
_ISOLATES = re.compile("[\u2066-\u2069]")  # LRI RLI FSI PDI: what is inside them is skipped


def paragraph_direction(text: str) -> Literal["rtl", "ltr"]:
    """'rtl' when the first strong character is R or AL; 'ltr' otherwise (also for no letters)."""
    while len(text) > _HEAD and not _ISOLATES.search(text, 0, _HEAD):
        head = text[:_HEAD]
        if get_base_level(head + _HEBREW_ALEF) == 0:
            return "ltr"  # the head has a strong character first, and it is L
        if get_base_level(head) == 1:
            return "rtl"  # …and it is R or AL
        text = text[_HEAD:]  # no strong character in the head: on with the rest
    if not text:
        return "ltr"
    return "rtl" if get_base_level(text) == 1 else "ltr"
