"""Files to documents (placeholder: UTF-8 text only; replaced by the real loaders)."""

from __future__ import annotations

from pathlib import Path

from policylens.core.document import Document
from policylens.core.errors import LoadError


def load_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(f"Cannot read {path.name}: {error}") from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document.from_text(text, title=path.stem, format="txt", source_path=str(path))
