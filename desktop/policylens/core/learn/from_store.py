"""Training examples from the store's annotations.

Positives: confirmed annotations (manual, or suggestions a person confirmed). Negatives:
suggestions a person rejected. Implicit negatives (down-weighted): clauses of an annotated
document that carry no annotation of a category — only for categories someone has used, and
only in documents someone has annotated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.learn.clauses import clause_spans, language_at
from policylens.core.learn.examples import IMPLICIT_NEGATIVE_WEIGHT, TrainingExample


@dataclass(frozen=True, slots=True)
class StoredLabel:
    """One annotation as training sees it."""

    document: str
    start: int
    end: int
    quote: str
    category: str
    confirmed: bool


def _labels(annotations: Iterable[Any]) -> list[StoredLabel]:
    return [
        StoredLabel(a.document, a.start, a.end, a.quote, a.category, a.state != "rejected")
        for a in annotations
    ]


def stored_labels(store: Any) -> list[StoredLabel]:
    """Every annotation in the store (all annotators), via `store.annotations`.

    Read document by document: an `Annotation` carries its context, note and history fields,
    and 200 000 of them at once took 350 MB where their labels need 60."""
    labels: list[StoredLabel] = []
    # In the order `all()` gives (by document id): the examples' order decides the CV folds.
    for sha256 in sorted(document.sha256 for document in store.documents.all()):
        labels += _labels(store.annotations.all(document=sha256))
    if len(labels) != store.annotations.count():  # some annotate a document no longer here
        labels = _labels(store.annotations.all())
    return labels


def examples_from_labels(
    labels: Iterable[StoredLabel],
    documents: Callable[[str], Document | None],
    segment: Callable[[Document], list[Clause]] = clause_spans,
) -> list[TrainingExample]:
    by_document: dict[str, list[StoredLabel]] = defaultdict(list)
    for label in labels:
        by_document[label.document].append(label)
    categories = sorted({label.category for labels in by_document.values() for label in labels})
    examples: list[TrainingExample] = []
    for sha256, document_labels in by_document.items():
        document = documents(sha256)
        # One string per span, however many labels and categories share it.
        span_text: dict[tuple[int, int], str] = {}
        for label in document_labels:
            if document is not None and 0 <= label.start < label.end <= len(document.text):
                span = (label.start, label.end)
                text = span_text.get(span) or span_text.setdefault(
                    span, document.text[label.start : label.end]
                )
                language = language_at(document, label.start, label.end)
            else:  # the text is gone from the library: the stored quote still teaches
                text, language = label.quote, "und"
                if document is None and text:
                    from policylens.core.language import detect_language

                    language = detect_language(text)
            examples.append(
                TrainingExample(text, language, label.category, label.confirmed, 1.0, sha256)
            )
        if document is None:
            continue
        for clause in segment(document):
            labelled = {
                label.category
                for label in document_labels
                if label.start < clause.end and clause.start < label.end
            }
            span = (clause.start, clause.end)
            text = span_text.get(span) or span_text.setdefault(
                span, document.text[clause.start : clause.end]
            )
            for category in categories:
                if category not in labelled:
                    examples.append(
                        TrainingExample(
                            text,
                            clause.language,
                            category,
                            False,
                            IMPLICIT_NEGATIVE_WEIGHT,
                            sha256,
                        )
                    )
    return examples


def examples_from_store(store: Any) -> list[TrainingExample]:
    return examples_from_labels(stored_labels(store), store.documents.get)
