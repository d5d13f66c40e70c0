"""Agreement between annotators on one document, per category, over its clauses.

A clause (unit) counts as labelled with category c by annotator X when X has a confirmed
annotation of c covering at least half of the clause. Per category that gives each annotator
a yes/no per clause: Cohen's κ when exactly two annotators labelled the document, and
Krippendorff's α (nominal) for two or more. The units are a parameter (clauses from the
analysis; the CLI passes them) so this stays independent of the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from policylens.core.agreement import (
    Span,
    cohen_kappa,
    krippendorff_alpha_nominal,
    labelled_units,
)
from policylens.store.database import Store


@dataclass(frozen=True, slots=True)
class CategoryAgreement:
    category: str
    units: int
    positives: dict[str, int]
    kappa: float | None = None
    alpha: float | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"units": self.units, "positives": self.positives}
        if len(self.positives) == 2:
            data["kappa"] = _round(self.kappa)
        data["alpha"] = _round(self.alpha)
        return data


@dataclass(frozen=True, slots=True)
class AgreementReport:
    document: str
    annotators: list[str]
    categories: dict[str, CategoryAgreement] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "annotators": self.annotators,
            "categories": {c: a.to_json() for c, a in self.categories.items()},
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def agreement(store: Store, sha256: str, units: Sequence[Span]) -> AgreementReport:
    """Per-category agreement of everyone who labelled `sha256`, over `units`."""
    annotations = [a for a in store.annotations.for_document(sha256) if a.state == "confirmed"]
    annotators = sorted({a.annotator for a in annotations})
    categories = sorted({a.category for a in annotations})
    units = [(s, e) for s, e in units if e > s]
    report = AgreementReport(sha256, annotators)
    for category in categories:
        ratings: list[list[bool]] = []
        for annotator in annotators:
            spans = [
                (a.start, a.end)
                for a in annotations
                if a.annotator == annotator and a.category == category
            ]
            ratings.append(labelled_units(units, spans))
        positives = {name: sum(r) for name, r in zip(annotators, ratings, strict=True)}
        kappa = cohen_kappa(ratings[0], ratings[1]) if len(ratings) == 2 else None
        alpha = krippendorff_alpha_nominal(ratings) if len(ratings) >= 2 else None
        report.categories[category] = CategoryAgreement(
            category, len(units), positives, kappa, alpha
        )
    return report
