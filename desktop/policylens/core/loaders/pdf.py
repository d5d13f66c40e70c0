"""PDF: the text layer, page by page in page order (pypdf)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.core.loaders.text import first_short_line, normalize_newlines


def load_pdf(data: bytes, path: Path) -> Document:
    from pypdf import PdfReader

    name = path.name
    # pypdf logs every repaired cross-reference table; the user gets our message instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise LoadError(f"{name} is a damaged PDF and cannot be read ({error}).") from error
    if encrypted:
        _decrypt(reader, name)
    pages: list[str] = []
    try:
        for page in reader.pages:
            pages.append(normalize_newlines(page.extract_text() or "").strip("\n"))
    except Exception as error:  # as above: a damaged page stream
        raise LoadError(f"{name} is a damaged PDF: a page cannot be read ({error}).") from error
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(
            f"{name} has no text layer; is it a scan? Run OCR on it (e.g. ocrmypdf) and open "
            "the result."
        )
    return Document.from_text(
        text,
        title=first_short_line(text) or path.stem,
        format="pdf",
        source_path=str(path),
    )


def _decrypt(reader: object, name: str) -> None:
    """Open a PDF encrypted with an empty user password (only copying/printing restricted)."""
    from pypdf import PdfReader

    assert isinstance(reader, PdfReader)
    try:
        opened = bool(reader.decrypt(""))
    except Exception:  # missing AES support (pypdf's DependencyError), unknown algorithm
        opened = False
    if not opened:
        raise LoadError(
            f"{name} is encrypted (password-protected). Open it in a PDF reader, save or print "
            "an unprotected copy, and open that."
        )
