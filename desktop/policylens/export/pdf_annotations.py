"""Store annotations → what the PDF export draws (shared by `policylens export` and the GUI)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from policylens.export.pdf_model import PdfAnnotation


def pdf_annotations(stored: Iterable[Any]) -> list[PdfAnnotation]:
    """The reviewer's labels to draw; rejected suggestions are a decision, not a highlight."""
    return [
        PdfAnnotation(
            a.start,
            a.end,
            a.category,
            note=a.note,
            annotator=a.annotator,
            status=a.status,
            confirmed=a.state == "confirmed",
        )
        for a in stored
        if a.state != "rejected"
    ]
