"""Test-only: the four PDF readers people use, reading the text of a PDF back.

- pypdf (what Python tools use), poppler's `pdftotext` (Evince, Okular), PDFium via pypdfium2
  (Chrome, Edge) and pdf.js via Node + `pdfjs-dist` (Firefox; `tests/pdfjs/`).

Each reader is a function `path -> list of page texts`; `available()` says which are installed
and, for the others, why not. `in_order_share` is the figure of the issue: the share of the
source's characters (every one but spaces; `letters_only`: letters, marks and digits) that a
reader gives back in order.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

PDFJS_DIR = Path(__file__).resolve().parent / "pdfjs"
PDFJS_MODULE = PDFJS_DIR / "node_modules" / "pdfjs-dist" / "package.json"
Reader = Callable[[Path], list[str]]


def read_pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def read_poppler(path: Path) -> list[str]:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    pages = result.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def read_pdfium(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def read_pdfjs(path: Path) -> list[str]:
    result = subprocess.run(
        ["node", str(PDFJS_DIR / "extract.mjs"), str(path)],
        capture_output=True,
        check=True,
        timeout=300,
    )
    pages: list[str] = json.loads(result.stdout)
    return pages


def _node_major() -> int | None:
    node = shutil.which("node")
    if node is None:
        return None
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    found = re.match(r"v(\d+)\.(\d+)", version.stdout.strip())
    return int(found.group(1)) * 100 + int(found.group(2)) if found else None


def missing_reason(name: str) -> str | None:
    """Why reader `name` cannot run here (None: it can)."""
    if name == "pypdf":
        return None
    if name == "poppler":
        return None if shutil.which("pdftotext") else "pdftotext not installed (poppler-utils)"
    if name == "pdfium":
        try:
            import pypdfium2  # noqa: F401
        except ImportError:
            return "pypdfium2 not installed (pip install -e '.[dev]')"
        return None
    if name == "pdfjs":
        version = _node_major()
        if version is None:
            return "node not installed (Debian nodejs): no pdf.js reader"
        if version < 2019:
            return f"node {version // 100}.{version % 100} is older than pdfjs-dist needs (20.19)"
        if not PDFJS_MODULE.exists():
            return "pdfjs-dist not installed: run `npm ci --prefix tests/pdfjs` (make system-deps)"
        return None
    raise ValueError(name)


READERS: dict[str, Reader] = {
    "pypdf": read_pypdf,
    "poppler": read_poppler,
    "pdfium": read_pdfium,
    "pdfjs": read_pdfjs,
}


def available() -> dict[str, Reader]:
    return {name: read for name, read in READERS.items() if missing_reason(name) is None}


def letters(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


def letters_only(text: str) -> list[str]:
    """Letters, their marks and digits: no punctuation, symbols or format characters (the
    zero-width non-joiner)."""
    return [c for c in text if unicodedata.category(c)[0] in "LMN"]


def in_order_share(
    source: str, extracted: str, kept: Callable[[str], list[str]] = letters
) -> float:
    """Share of the source's non-space characters (or those `kept` keeps) found again in
    order (difflib)."""
    a = kept(source)
    b = kept(extracted)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(a))


def occurrences(text: str, word: str) -> int:
    """How often a find bar finds `word`: line ends count as spaces."""
    return " ".join(text.split()).count(word)
