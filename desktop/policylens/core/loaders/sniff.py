"""What a file is, from its first bytes; the extension only breaks ties between text kinds."""

from __future__ import annotations

import io
import re
import zipfile

from policylens.core.errors import LoadError

SUPPORTED = ".txt, .md, .html, .pdf and .docx"

# Formats we recognise but do not read, with what to do about them.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (97–2003) file; save it as .docx"),
    (b"{\\rtf", "a Rich Text (RTF) file; save it as .docx or plain text"),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG); PolicyLens reads text, so run OCR on it first"),
    (b"\xff\xd8\xff", "an image (JPEG); PolicyLens reads text, so run OCR on it first"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF); PolicyLens reads text, so run OCR on it first"),
    (b"MM\x00*", "an image (TIFF); PolicyLens reads text, so run OCR on it first"),
    (b"\x1f\x8b", "a compressed (gzip) file; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a compressed (7-Zip) file; unpack it first"),
    (b"Rar!", "a compressed (RAR) file; unpack it first"),
    (b"\x7fELF", "a program, not a document"),
    (b"SQLite format 3\x00", "a database, not a document"),
)
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/", "an Excel workbook; save the policy as .docx or text"),
    ("ppt/", "a PowerPoint presentation; save the policy as .docx or text"),
    ("content.xml", "an OpenDocument file; save it as .docx"),
    ("META-INF/container.xml", "an e-book (EPUB)"),
)
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(html|head|body|p|div|h1|h2|table|ul)[\s>]", re.I)
_BOM = re.compile(rb"^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)")


def sniff_format(data: bytes, suffix: str, name: str) -> str:
    """ "pdf", "docx", "html", "md" or "txt"; `LoadError` for formats we do not read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data, suffix, name)
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise LoadError(f"{name} is {what}. PolicyLens opens {SUPPORTED} files.")
    if suffix == ".pdf":
        raise LoadError(f"{name} is damaged or not a PDF (it has no PDF header).")
    if suffix == ".docx":
        raise LoadError(f"{name} is damaged or not a Word document (.docx is a ZIP package).")
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(data):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


def _looks_like_html(data: bytes) -> bool:
    head = _BOM.sub(b"", data[:4096])
    if b"\x00" in head:  # UTF-16: decode the start to look at it
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                head = data[:4096].decode(encoding, errors="ignore").encode("utf-8")
                break
            except UnicodeError:
                continue
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def _sniff_zip(data: bytes, suffix: str, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        what = "Word document" if suffix == ".docx" else "ZIP archive"
        raise LoadError(f"{name} is a damaged {what}: {error}.") from error
    if "word/document.xml" in names:
        return "docx"
    for marker, what in _ZIP_KINDS:
        if any(n.startswith(marker) for n in names):
            raise LoadError(f"{name} is {what}. PolicyLens opens {SUPPORTED} files.")
    if suffix == ".docx":
        raise LoadError(f"{name} is damaged: it is a ZIP file without a Word document inside.")
    raise LoadError(f"{name} is a ZIP archive; unpack it and open the policy inside.")
