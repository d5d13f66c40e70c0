"""DOCX: the body's paragraphs and table cells, one per line, in document order (python-docx)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from policylens.core.document import Document
from policylens.core.errors import LoadError
from policylens.core.limits import check_document_chars, check_docx_package
from policylens.core.loaders.text import MAX_TITLE_CHARS, first_short_line, normalize_newlines


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
        blocks = list(_blocks(word))
    except Exception as error:  # BadZipFile, KeyError, XMLSyntaxError, PackageNotFoundError…
        raise LoadError(f"{path.name} is a damaged Word document ({error}).") from error
    lines: list[str] = []
    title: str | None = None
    for text, is_heading in blocks:
        for line in normalize_newlines(text).split("\n"):
            if line.strip():
                lines.append(line)
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
    )


def _blocks(container: Any) -> Iterator[tuple[str, bool]]:
    """(text, is heading) of every paragraph, table cells included, in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            style = block.style.name if block.style is not None else ""
            yield block.text, style.startswith(("Heading", "Title"))
        elif isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell appears once per grid column it spans.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _blocks(cell)
