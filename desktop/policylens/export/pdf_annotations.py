"""Store annotations → what the PDF export draws (shared by `policylens export` and the GUI)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from policylens.export.pdf_model import PdfAnnotation


def pdf_annotations(stored: Iterable[Any]) -> list[PdfAnnotation]:
    """Everything the reviewers wrote on the document. A rejected suggestion is a decision,
    not a highlight: the export draws none for it (and takes the automatic highlight of
    that category off the clause), but prints its note."""
    return [
        PdfAnnotation(
            a.start,
            a.end,
            a.category,
            note=a.note,
            annotator=a.annotator,
            status=a.status,
            confirmed=a.state == "confirmed",
            rejected=a.state == "rejected",
        )
        for a in stored
    ]
