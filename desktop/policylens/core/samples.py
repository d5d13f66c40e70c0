"""The bundled sample policies and the titles they are shown under.

Their files carry no usable title (two open with a sentence), so the library would list them
by file name; `resources/samples/titles.json` names them instead.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from policylens.core.document import Document
from policylens.paths import resource


@cache
def sample_titles() -> dict[str, str]:
    path = resource("samples", "titles.json")
    if not path.is_file():
        return {}
    titles: dict[str, str] = json.loads(path.read_text("utf-8"))
    return titles


def with_sample_title(document: Document, path: str | Path) -> Document:
    """The document under its sample title, when `path` is one of the bundled samples."""
    path = Path(path)
    title = sample_titles().get(path.name)
    if title is None or path.resolve().parent != resource("samples").resolve():
        return document
    return replace(document, title=title)
