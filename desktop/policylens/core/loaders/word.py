"""DOCX: the body's paragraphs and table cells, one per line, in document order (python-docx).
Heading styles mark heading paragraphs; list items get the bullet or number Word shows."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.core.limits import check_document_chars, check_docx_package
from policylens.core.loaders.text import MAX_TITLE_CHARS, first_short_line, normalize_newlines
from policylens.core.loaders.word_lists import ListMarkers


def load_docx(data: bytes, path: Path) -> Document:
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_docx_package(archive, path.name)
    except zipfile.BadZipFile as error:
        raise LoadError(f"{path.name} is a damaged Word document ({error}).") from error
    try:
        word = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(word, ListMarkers(word)))
    except Exception as error:  # BadZipFile, KeyError, XMLSyntaxError, PackageNotFoundError…
        raise LoadError(f"{path.name} is a damaged Word document ({error}).") from error
    lines: list[str] = []
    headings: list[int] = []
    offset = 0
    title: str | None = None
    for text, is_heading in blocks:
        for line in normalize_newlines(text).split("\n"):
            if line.strip():
                if is_heading:
                    headings.append(offset + len(line) - len(line.lstrip()))
                lines.append(line)
                offset += len(line) + 1
                if is_heading and title is None:
                    title = line.strip()[:MAX_TITLE_CHARS]
    if not lines:
        raise LoadError(f"{path.name} is a Word document without text.")
    text = "\n".join(lines)
    check_document_chars(len(text), path.name)
    core_title = (word.core_properties.title or "").strip()
    return Document.from_text(
        text,
        title=title or core_title or first_short_line(text) or path.stem,
        format="docx",
        source_path=str(path),
        headings=headings,
    )


def _blocks(container: Any, markers: ListMarkers) -> Iterator[tuple[str, bool]]:
    """(text, is heading) of every paragraph, table cells included, in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            style = block.style.name if block.style is not None else ""
            marker = markers.marker(block)
            text = (
                f"{marker} {block.text.lstrip()}" if marker and block.text.strip() else block.text
            )
            yield text, style.startswith(("Heading", "Title"))
        elif isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell appears once per grid column it spans.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _blocks(cell, markers)
