"""Clause spans of a document for training and active learning (no classifier involved)."""

from __future__ import annotations

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.language import detect_language
from policylens.core.segment import segment


def clause_spans(document: Document) -> list[Clause]:
    """The document's clauses as the analysis segments them, without categories."""
    return [Clause(s.start, s.end, s.kind, s.language, s.direction) for s in segment(document)]


def language_at(document: Document, start: int, end: int) -> str:
    for paragraph in document.paragraphs:
        if paragraph.start <= start < paragraph.end:
            return paragraph.language
    return detect_language(document.text[start:end])
