"""Carrying annotations over to a new version of a policy.

`carry_over` only plans: every annotation of the old version is either placed in the new
text (exact quote with context first, then fuzzy; see `core.anchoring`) or listed as
unplaced, never silently dropped. `apply_carry_over` then writes the placed ones on the new
document in one transaction (each gets a history row), keeping category, note, status, tags,
origin, state and annotator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policylens.core.anchoring import How, TextQuote, anchor
from policylens.core.document import Document
from policylens.store.annotations import Annotation, NewAnnotation
from policylens.store.database import Store


@dataclass(frozen=True, slots=True)
class PlacedAnnotation:
    old: Annotation
    start: int
    end: int
    how: How


@dataclass(frozen=True, slots=True)
class CarryOverResult:
    new_document: str
    placed: list[PlacedAnnotation] = field(default_factory=list)
    unplaced: list[Annotation] = field(default_factory=list)


def carry_over(store: Store, old_sha: str, new_document: Document) -> CarryOverResult:
    old = store.documents.get(old_sha)
    old_length = len(old.text) if old is not None and old.text else 1
    scale = len(new_document.text) / old_length
    result = CarryOverResult(new_document.sha256)
    for annotation in store.annotations.for_document(old_sha):
        selector = TextQuote(annotation.quote, annotation.prefix, annotation.suffix)
        placement = anchor(new_document.text, selector, hint=int(annotation.start * scale))
        if placement is None:
            result.unplaced.append(annotation)
        else:
            result.placed.append(
                PlacedAnnotation(annotation, placement.start, placement.end, placement.how)
            )
    return result


def apply_carry_over(
    store: Store, result: CarryOverResult, new_document: Document
) -> list[Annotation]:
    """Add the new document (when not in the library yet) and the placed annotations."""
    with store.transaction():
        store.documents.add(new_document)
        return store.annotations.add_many(
            NewAnnotation(
                document=result.new_document,
                start=p.start,
                end=p.end,
                category=p.old.category,
                annotator=p.old.annotator,
                note=p.old.note,
                status=p.old.status,
                tags=p.old.tags,
                origin=p.old.origin,
                state=p.old.state,
            )
            for p in result.placed
        )
