"""Text for a terminal, which has no bidi engine: right-to-left letters shaped and in visual
order when a person reads them, logical order when the output is piped."""

from __future__ import annotations

import sys


def terminal_text(text: str, visual: bool | None = None) -> str:
    """Text with right-to-left letters shaped and in visual order, for a terminal (which has no
    bidi engine). `visual` None: only when stdout is a terminal — piped output stays in logical
    order, searchable and copyable."""
    if visual is None:
        visual = sys.stdout.isatty()
    if not visual or not any("\u0590" <= ch <= "\u08ff" for ch in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))
