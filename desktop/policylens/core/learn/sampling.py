"""Bounding a category's training set so `train` stays within seconds and a few hundred MB.

A library with 200 000 annotations gives a category tens of thousands of positives and, with
the implicit negatives, even more negatives; fitting on all of them took more than 600 s and
2.4 GB (issue 17). Past `MAX_POSITIVES` positives or `MAX_NEGATIVES` negatives, a category's
examples are first merged where they repeat (the same text on the same side, as when several
annotators label one clause: one example carrying the summed weight), then each side over its
cap is sampled uniformly with a fixed seed, so the same library trains the same model. Below the
caps nothing changes: the examples are used as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from policylens.core.learn.examples import TrainingExample

MAX_POSITIVES = 2000
MAX_NEGATIVES = 4000
SAMPLE_SEED = 0


@dataclass(frozen=True, slots=True)
class Sampled:
    """How much of a category was kept: (kept, of) per side."""

    category: str
    positives: tuple[int, int]
    negatives: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "positives": self.positives[0],
            "positives_of": self.positives[1],
            "negatives": self.negatives[0],
            "negatives_of": self.negatives[1],
            "seed": SAMPLE_SEED,
        }


def _merged(items: Sequence[TrainingExample]) -> list[TrainingExample]:
    """Repeats of one text on one side merged into one example with their summed weight."""
    first: dict[str, TrainingExample] = {}
    weight: dict[str, float] = {}
    for item in items:
        if item.text in first:
            weight[item.text] += item.weight
        else:
            first[item.text] = item
            weight[item.text] = item.weight
    # One copy per merged text, not one per repeat (200k annotations: 400 000 copies, 3 s).
    return [
        item if weight[text] == item.weight else replace(item, weight=weight[text])
        for text, item in first.items()
    ]


def _sample(
    items: list[TrainingExample], cap: int, rng: np.random.Generator
) -> list[TrainingExample]:
    if len(items) <= cap:
        return items
    chosen = np.sort(rng.choice(len(items), size=cap, replace=False))
    return [items[i] for i in chosen.tolist()]


def bounded(
    category: str, items: Sequence[TrainingExample]
) -> tuple[list[TrainingExample], Sampled | None]:
    """The examples to fit `category` on, and what was sampled (None: all of them)."""
    positives = [e for e in items if e.positive]
    negatives = [e for e in items if not e.positive]
    if len(positives) <= MAX_POSITIVES and len(negatives) <= MAX_NEGATIVES:
        return list(items), None
    # One generator per category, seeded by its name: adding a category leaves the others'
    # samples as they were.
    rng = np.random.default_rng([SAMPLE_SEED, *category.encode("utf-8")])
    kept_positives = _sample(_merged(positives), MAX_POSITIVES, rng)
    kept_negatives = _sample(_merged(negatives), MAX_NEGATIVES, rng)
    sampled = Sampled(
        category,
        (len(kept_positives), len(positives)),
        (len(kept_negatives), len(negatives)),
    )
    return kept_positives + kept_negatives, sampled
