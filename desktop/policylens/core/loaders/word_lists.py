"""List numbers and bullets of a DOCX paragraph, as Word shows them: python-docx gives the
text without them (Word computes them from numbering.xml), and a clause "3. We keep…" or
"• your name" reads differently without its marker."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


class ListMarkers:
    """Counts list items through a document and gives each its marker ("1.", "a)", "•")."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: defaultdict[str, dict[int, int]] = defaultdict(dict)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, Any] = {
            a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")
        }
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            if definition is None:
                continue
            for level in definition.iter(f"{_W}lvl"):
                fmt = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                start = level.find(f"{_W}start")
                self._levels[(num.get(f"{_W}numId"), int(level.get(f"{_W}ilvl", "0")))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "%1.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )

    def marker(self, paragraph: Any) -> str | None:
        found = _numbering(paragraph)
        if found is None:
            return None
        num_id, level = found
        definition = self._levels.get((num_id, level))
        if definition is None:
            return None
        fmt, template, start = definition
        counters = self._counters[num_id]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]  # a new item restarts the levels under it
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return None
        text = template
        for lvl in range(level + 1):
            value = counters.get(lvl, self._levels.get((num_id, lvl), ("", "", 1))[2])
            lvl_fmt = self._levels.get((num_id, lvl), ("decimal", "", 1))[0]
            text = text.replace(f"%{lvl + 1}", _format(value, lvl_fmt))
        return text.strip() or None


def _numbering(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) from the paragraph's own properties or its style's."""
    for owner in (paragraph._p, getattr(paragraph.style, "element", None)):
        if owner is None:
            continue
        properties = owner.find(f"{_W}pPr")
        num = properties.find(f"{_W}numPr") if properties is not None else None
        if num is None:
            continue
        num_id = num.find(f"{_W}numId")
        level = num.find(f"{_W}ilvl")
        if num_id is not None and num_id.get(f"{_W}val") != "0":
            return num_id.get(f"{_W}val"), int(level.get(f"{_W}val")) if level is not None else 0
    return None


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, numeral in _ROMAN:
            while value >= amount:
                roman += numeral
                value -= amount
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)
