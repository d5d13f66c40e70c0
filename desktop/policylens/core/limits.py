"""How much PolicyLens reads, unpacks and writes: limits against hostile or runaway files.

Every limit is far above any real privacy policy (the largest we know is ~1 MB of text) and
far below what exhausts a laptop. Crossing one gives a `LoadError` whose message says which
limit and what to do, never a slow death by swapping. The README's "Reliability" section
lists them; `tests/hostile/` checks each one with a file that crosses it.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from policylens.core.errors import LoadError

MB = 1024 * 1024

# Any file read from disk (loaders/__init__.py).
MAX_FILE_BYTES = 50 * MB
# HTML: start tags (counted as "<" before parsing, an upper bound) and nesting depth. The depth
# is libxml2's own limit with XML_PARSE_HUGE: a deeper page is refused, never cut.
MAX_HTML_TAGS = 1_000_000
MAX_HTML_DEPTH = 2048
# DOCX: what the ZIP may unpack to, and the elements of word/document.xml (start tags counted
# while unpacking in chunks, so the limit holds before python-docx builds anything). python-docx
# is the slow part: 360 000 elements (120 000 short paragraphs) took 37 s and 160 MB here under
# load (the same text as .txt: 4 s); a heavily formatted 100-page policy has ~100 000.
MAX_DOCX_UNPACKED_BYTES = 200 * MB
MAX_DOCX_XML_BYTES = 64 * MB
MAX_DOCX_ELEMENTS = 300_000
# PDF: pypdf stops any one stream at this many decompressed bytes (its own LimitReachedError).
MAX_PDF_STREAM_BYTES = 64 * MB
# Text of one document, whatever the format (a 50 MB UTF-8 file is at most 50 M characters).
MAX_DOCUMENT_CHARS = 50_000_000
# Annotated PDF export: characters of the document, and of its longest paragraph. Measured
# here: 1 MB of text in 4.2 s and 220 MB; one 200 000-character line in 4.3 s and 145 MB; one
# line of 10 MB took 38 s and 3.3 GB before these limits.
MAX_EXPORT_CHARS = 2_000_000
MAX_EXPORT_PARAGRAPH_CHARS = 200_000
# JSONL import: one line (one document with its annotations) and its nesting depth.
MAX_JSONL_LINE_BYTES = 64 * MB
MAX_JSON_DEPTH = 64


def megabytes(size: int) -> str:
    return f"{size / MB:.0f} MB"


def check_html_size(markup: str, name: str) -> None:
    """Refuse a page with more tags than `MAX_HTML_TAGS` before lxml builds a tree of them."""
    tags = markup.count("<")
    if tags > MAX_HTML_TAGS:
        raise LoadError(
            f"{name} has about {tags:,} HTML tags; PolicyLens reads pages of up to "
            f"{MAX_HTML_TAGS:,}. Save the policy's text (or the part you need) and open that."
        )


def check_docx_package(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a DOCX whose parts unpack to more than the limits (a ZIP bomb, or millions of
    tiny paragraphs) — measured while unpacking, so a lying ZIP header does not help."""
    declared = sum(info.file_size for info in archive.infolist())
    if declared > MAX_DOCX_UNPACKED_BYTES:
        raise LoadError(
            f"{name} unpacks to {megabytes(declared)}; PolicyLens reads Word documents that "
            f"unpack to at most {megabytes(MAX_DOCX_UNPACKED_BYTES)}. Save it as plain text, "
            "or split it, and open that."
        )
    size = elements = 0
    try:
        with archive.open("word/document.xml") as part:
            while chunk := part.read(1 << 20):
                size += len(chunk)
                elements += chunk.count(b"<") - chunk.count(b"</")  # start tags
                if size > MAX_DOCX_XML_BYTES or elements > MAX_DOCX_ELEMENTS:
                    raise LoadError(
                        f"{name} is too large inside: its text part has more than "
                        f"{megabytes(MAX_DOCX_XML_BYTES)} or {MAX_DOCX_ELEMENTS:,} elements. "
                        "Save it as plain text, or split it, and open that."
                    )
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
        # zlib.error: a damaged compressed part (the fuzz test found one that escaped).
        raise LoadError(f"{name} is a damaged Word document ({error}).") from error


def check_document_chars(chars: int, name: str) -> None:
    if chars > MAX_DOCUMENT_CHARS:
        raise LoadError(
            f"{name} has {chars:,} characters of text; PolicyLens reads up to "
            f"{MAX_DOCUMENT_CHARS:,}. Split it and open the parts."
        )


def check_export_size(text: str, title: str) -> None:
    """Refuse an annotated PDF that would take minutes and gigabytes, and say what to do."""
    from policylens.core.errors import PolicyLensError

    longest = max((len(line) for line in text.split("\n")), default=0)
    if len(text) <= MAX_EXPORT_CHARS and longest <= MAX_EXPORT_PARAGRAPH_CHARS:
        return
    what = (
        f"has {len(text):,} characters (the annotated PDF is made for up to "
        f"{MAX_EXPORT_CHARS:,}, about 700 pages)"
        if len(text) > MAX_EXPORT_CHARS
        else f"has a paragraph of {longest:,} characters (up to "
        f"{MAX_EXPORT_PARAGRAPH_CHARS:,} in one paragraph)"
    )
    raise PolicyLensError(
        f"“{title[:80]}” {what}. Split the document and export the parts, or export its "
        "labels instead: policylens annotations export --format jsonl (or csv)."
    )


@contextmanager
def pdf_stream_limits(name: str) -> Iterator[None]:
    """Run pypdf with `MAX_PDF_STREAM_BYTES` per decompressed stream, and turn its
    LimitReachedError into a message. (pypdf < 7 has no configuration: its own 75 MB limit.)"""
    from pypdf.errors import LimitReachedError

    try:
        from pypdf import apply_configuration
    except ImportError:  # older pypdf: its built-in limits apply
        configured = None
    else:
        configured = apply_configuration(
            zlib_maximum_output_length=MAX_PDF_STREAM_BYTES,
            lzw_maximum_output_length=MAX_PDF_STREAM_BYTES,
            run_length_maximum_output_length=MAX_PDF_STREAM_BYTES,
            array_based_stream_maximum_output_length=MAX_PDF_STREAM_BYTES,
            maximum_declared_stream_length=MAX_PDF_STREAM_BYTES,
        )
    try:
        if configured is None:
            yield
        else:
            with configured:
                yield
    except (LimitReachedError, LoadError) as error:
        # The PDF loader turns any pypdf error into "damaged": say which limit it was instead.
        cause = error if isinstance(error, LimitReachedError) else error.__cause__
        if not isinstance(cause, LimitReachedError):
            raise
        raise LoadError(
            f"{name} has a part that unpacks to more than {megabytes(MAX_PDF_STREAM_BYTES)} "
            f"({cause}); PolicyLens does not read it. Print it to a new PDF, or save its text, "
            "and open that."
        ) from error
