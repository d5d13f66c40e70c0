"""Plain text and Markdown: the decoded text as it is, only line ends made `\\n`."""

from __future__ import annotations

import re
from pathlib import Path

MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 12
# A line ending like a sentence is the policy's first sentence, not its title.
_SENTENCE_END = tuple(".!?;,،؛؟…")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_short_line(text: str) -> str | None:
    """The first non-blank line, when it reads as a title: short, not ending like a sentence."""
    for line in text.split("\n", 200)[:200]:
        stripped = line.strip()
        if stripped:
            looks_like_title = (
                len(stripped) <= MAX_TITLE_CHARS
                and len(stripped.split()) <= MAX_TITLE_WORDS
                and not stripped.endswith(_SENTENCE_END)
            )
            return stripped if looks_like_title else None
    return None


def markdown_heading_starts(text: str) -> list[int]:
    """Where Markdown's `#` headings start: they are shown as headings (the text itself is kept
    as written, marks included, so offsets and hashes stay those of the file)."""
    return [
        m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in _ATX_HEADING.finditer(text)
    ]


def markdown_heading_text(line: str) -> str | None:
    """The text of a line Markdown marks as a `#` heading ("## 2. Data we collect ##" →
    "2. Data we collect"), None for another line."""
    match = _ATX_HEADING.match(line)
    return None if match is None else match.group(1)


def text_title(text: str, path: Path, *, markdown: bool = False) -> str:
    """Markdown: its first `#` heading; text: its first line if short; else the file name."""
    if markdown:
        heading = _ATX_HEADING.search(text)
        if heading:
            return heading.group(1).strip()[:MAX_TITLE_CHARS]
    return first_short_line(text) or path.stem
