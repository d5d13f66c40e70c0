"""PDF text strings: UTF-16 literal strings half the size of fpdf2's hexadecimal ones."""

from __future__ import annotations

from fpdf.syntax import PDFString


def utf16_text(text: str) -> str:
    """A PDF text string in UTF-16 with its byte order mark, as a literal string (half the
    size of a hexadecimal one), its bytes as Latin-1 characters (how fpdf2 writes them)."""
    data = ("\ufeff" + text).encode("utf-16-be")
    # (bytes.replace: str.translate looks every character up in a dict)
    for special, escaped in _LITERAL_ESCAPES:
        if special in data:
            data = data.replace(special, escaped)
    return "(" + data.decode("latin-1") + ")"


def text_string(text: str) -> str:
    """A PDF text string as fpdf2 writes it where it is ASCII, and else as `utf16_text`:
    fpdf2 writes such strings in hexadecimal, twice the size (the clause excerpts of the
    outline and the highlights' pop-up text are most of a policy's file)."""
    if text.isascii():
        return PDFString(text).serialize()
    return utf16_text(text)


_LITERAL_ESCAPES = (
    (b"\\", b"\\\\"),  # first: the others add backslashes
    (b"(", b"\\("),
    (b")", b"\\)"),
    (b"\r", b"\\r"),
    (b"\n", b"\\n"),
)
