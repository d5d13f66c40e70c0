"""The text model everything agrees on (DESIGN.md): a document is its decoded text, never
modified after load, identified by the SHA-256 of that text; offsets are `str` indices."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["rtl", "ltr"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of the text (the lines of one paragraph in a hard-wrapped text):
    `text[start:end]`, laid out in its own direction."""

    start: int
    end: int
    language: str
    direction: Direction
    heading: bool = False  # marked by the source (a PDF's larger or bold type, a DOCX style)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: a non-blank line, leading/trailing white space
    excluded — or, in a hard-wrapped text, the lines of one paragraph (`hard_wrap`)."""
    from policylens.core.hard_wrap import paragraph_lines

    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return paragraph_lines(spans, text)


def paragraphs_cut_now(text: str, stored: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
    """A library's stored paragraphs of `text`, re-cut where `split_paragraphs` now cuts
    otherwise than the version that stored them did (before `hard_wrap`, a hard-wrapped text
    was stored a line a paragraph, and the reader, search and analysis read it so). Each
    paragraph keeps the language, direction and heading mark stored for the line it starts
    with; the text, and so every annotation's offsets, stay as they are."""
    spans = split_paragraphs(text)
    if not stored or [(p.start, p.end) for p in stored] == spans:
        return tuple(stored)
    by_start = {p.start: p for p in stored}
    paragraphs: list[Paragraph] = []
    for start, end in spans:
        first = by_start.get(start) or next(
            (p for p in stored if p.start < end and start < p.end), stored[0]
        )
        paragraphs.append(Paragraph(start, end, first.language, first.direction, first.heading))
    return tuple(paragraphs)


@dataclass(frozen=True)
class Document:
    text: str
    title: str
    format: str
    source_path: str | None = None
    encoding: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    language: str = "und"
    direction: Direction = "ltr"
    sha256: str = field(default="")
    # What went wrong while reading the file but did not stop it (bad bytes replaced…): shown
    # to the user, never stored (the library keeps the text, which says it all with U+FFFD).
    warnings: tuple[str, ...] = ()
    # How the text was obtained, when it is more than decoding: a PDF's text layer or OCR
    # (languages, confidence), and what was left out (running headers, footers, page numbers).
    extraction: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str,
        format: str,
        source_path: str | None = None,
        encoding: str | None = None,
        headings: Collection[int] = (),
        extraction: Mapping[str, Any] | None = None,
        warnings: tuple[str, ...] = (),
    ) -> Document:
        """Build a document from already-normalised text (newlines are `\\n`); `headings`
        holds the start offsets of paragraphs the source marks as headings."""
        from policylens.core.direction import paragraph_direction
        from policylens.core.language import detect_languages

        spans = split_paragraphs(text)
        # Together, so a short heading with no evidence takes its document's language.
        languages = detect_languages([text[s:e] for s, e in spans])
        heading_starts = set(headings)
        paragraphs = tuple(
            Paragraph(s, e, language, paragraph_direction(text[s:e]), s in heading_starts)
            for (s, e), language in zip(spans, languages, strict=True)
        )
        language, direction = dominant_language_direction(paragraphs)
        return cls(
            text=text,
            title=title,
            format=format,
            source_path=source_path,
            encoding=encoding,
            paragraphs=paragraphs,
            language=language,
            direction=direction,
            sha256=text_sha256(text),
            extraction=extraction,
            warnings=warnings,
        )

    def info(self) -> dict[str, Any]:
        """The `policylens info --json` / `analyze --json` "document" object ("warnings" only
        when there are some). A PDF adds how its text was read ("extraction": text layer or
        OCR with its confidence, what was dropped); a source that marks headings, how many."""
        info: dict[str, Any] = {
            "sha256": self.sha256,
            "title": self.title,
            "format": self.format,
            "language": self.language,
            "direction": self.direction,
            "paragraphs": len(self.paragraphs),
            "chars": len(self.text),
        }
        headings = sum(1 for p in self.paragraphs if p.heading)
        if headings:
            info["headings"] = headings
        if self.extraction:
            info["extraction"] = dict(self.extraction)
        if self.warnings:
            info["warnings"] = list(self.warnings)
        return info


def dominant_language_direction(paragraphs: tuple[Paragraph, ...]) -> tuple[str, Direction]:
    """Language and direction that cover the most characters (weighted by paragraph length)."""
    if not paragraphs:
        return "und", "ltr"
    languages: Counter[str] = Counter()
    directions: Counter[str] = Counter()
    for p in paragraphs:
        languages[p.language] += p.end - p.start
        directions[p.direction] += p.end - p.start
    known = [(n, lang) for lang, n in languages.items() if lang != "und"]
    language = max(known)[1] if known else "und"
    direction: Direction = "rtl" if directions["rtl"] > directions["ltr"] else "ltr"
    return language, direction
