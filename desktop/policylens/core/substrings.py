"""A substring test before a case-insensitive regex that rarely matches: a line holding none of
the parts every match contains (in lower case) is not searched.

`str.lower` and the regex engine's IGNORECASE agree on every character but a few: the regex
also takes the dotless "ı", the long "ſ", the dotted capital "İ" (whose lower case is two
characters) and the old Cyrillic letter forms U+1C80-U+1C88 for "i", "s", "в", "о", "т"…. A
line with one of them is searched whatever its parts, so the test never changes an answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def may_contain(line: str, parts: Sequence[str]) -> bool:
    """Whether `line` may hold a match of a regex each of whose matches (lower-cased) contains
    one of `parts` (lower-case strings)."""
    lowered = line.lower()
    if any(part in lowered for part in parts):
        return True
    return not line.isascii() and _CASE_ODDITIES.search(line) is not None
