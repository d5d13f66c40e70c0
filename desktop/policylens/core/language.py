"""Language of a paragraph (placeholder: script only; replaced by the real detector)."""

from __future__ import annotations


def detect_language(text: str) -> str:
    for char in text:
        if "\u0600" <= char <= "\u06ff":
            return "fa"
        if "\u0400" <= char <= "\u04ff":
            return "ru"
    return "en" if any(c.isalpha() for c in text) else "und"
