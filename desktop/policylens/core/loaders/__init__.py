"""Files to documents: the format is recognised from the content (the extension is a hint),
text files are decoded whatever their encoding, and anything that cannot become a document
raises one `LoadError` whose message a person can act on."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING

from policylens.core.document import Document
from policylens.core.encoding import UndecodableError, decode, looks_binary
from policylens.core.errors import LoadError
from policylens.core.limits import MAX_FILE_BYTES, check_document_chars
from policylens.core.loaders.sniff import SUPPORTED, sniff_format
from policylens.core.loaders.text import markdown_heading_starts, normalize_newlines, text_title

if TYPE_CHECKING:
    from policylens.core.loaders.pdf import PdfOptions

__all__ = ["MAX_BYTES", "SUPPORTED", "load_document"]

MAX_BYTES = MAX_FILE_BYTES


def load_document(path: str | Path, pdf: PdfOptions | None = None) -> Document:
    """Read `path` into a `Document`; `LoadError` (with a readable message) when it can't.
    `pdf`: OCR languages, progress and cancel for PDFs (scans take a while)."""
    path = Path(path)
    data = _read_bytes(path)
    name = path.name
    kind = sniff_format(data, path.suffix.lower(), name)
    if kind == "pdf":
        from policylens.core.loaders.pdf import load_pdf

        return load_pdf(data, path, pdf)
    if kind == "docx":
        from policylens.core.loaders.word import load_docx

        return load_docx(data, path)
    if looks_binary(data):
        raise LoadError(f"{name} is a binary file, not text. PolicyLens opens {SUPPORTED} files.")
    try:
        decoded = decode(data)
    except UndecodableError as error:
        raise LoadError(f"{name} cannot be read as text: {error}.") from error
    if kind == "html":
        from policylens.core.loaders.html import load_html

        return load_html(data, decoded, path)
    text = normalize_newlines(decoded.text)
    check_document_chars(len(text), name)
    if not text.strip():
        raise LoadError(f"{name} contains only white space: there is no text to read.")
    return Document.from_text(
        text,
        title=text_title(text, path, markdown=kind == "md"),
        format=kind,
        source_path=str(path),
        encoding=decoded.encoding,
        headings=markdown_heading_starts(text) if kind == "md" else (),
        warnings=decoded.warnings(),
    )


def _read_bytes(path: Path) -> bytes:
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise LoadError(f"{name} was not found (looked for {path}).") from error
    except PermissionError as error:
        raise LoadError(f"{name} cannot be opened: permission denied.") from error
    except OSError as error:
        raise LoadError(f"{name} cannot be opened: {error.strerror or error}.") from error
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{name} is a folder, not a file. Choose a policy file inside it.")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{name} is not a regular file.")
    if info.st_size > MAX_BYTES:
        size = info.st_size / (1024 * 1024)
        raise LoadError(
            f"{name} is {size:.0f} MB; PolicyLens opens files up to {MAX_BYTES // 2**20} MB."
        )
    if info.st_size == 0:
        raise LoadError(f"{name} is empty.")
    try:
        # Read at most one byte more than allowed: the file may have grown since stat().
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except PermissionError as error:
        raise LoadError(f"{name} cannot be opened: permission denied.") from error
    except OSError as error:
        raise LoadError(f"{name} cannot be read: {error.strerror or error}.") from error
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name} is larger than {MAX_BYTES // 2**20} MB.")
    if not data:
        raise LoadError(f"{name} is empty.")
    return data
