"""The rows each category is fitted on: its own examples, bounded as `sampling` bounds them,
plus the texts labelled with other categories only, as implicit negatives.

The user's model and the model stacked on the shipped one are fitted on the same rows, so one
cross-validation of the user's model serves both (its out-of-fold scores are what the stacked
model learns from: see `stacked`).
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.core.learn.examples import IMPLICIT_NEGATIVE_WEIGHT, TrainingExample
from policylens.core.learn.sampling import Sampled, bounded


def add_cross_negatives(by_category: dict[str, list[TrainingExample]]) -> None:
    """A text labelled with other categories only is an (implicit) negative of this one.

    The implicit negatives are clauses, while labelled texts may be whole paragraphs (an
    imported labelling): without these, "long" alone would tell positives from negatives,
    which the blend's scores (the strongest over a text's clauses) make easy to learn — and
    wrong on the clauses `analyze` asks about."""
    positives = {
        category: {e.text: (e.language, e.document) for e in items if e.positive}
        for category, items in by_category.items()
    }
    labelled = {text: source for texts in positives.values() for text, source in texts.items()}
    for category, items in by_category.items():
        known = {e.text for e in items}
        items.extend(
            TrainingExample(text, language, category, False, IMPLICIT_NEGATIVE_WEIGHT, document)
            for text, (language, document) in sorted(labelled.items())
            if text not in known
        )


def training_rows(
    categories: Sequence[str], examples: Sequence[TrainingExample]
) -> tuple[dict[str, list[TrainingExample]], dict[str, Sampled]]:
    """Each category's rows, and what was sampled of the categories that were.

    Bounded before the cross negatives are added (a large library would otherwise make one
    example per labelled text and category) and again after, should they pass the cap; a
    category sampled twice reports the first sample (of the user's own examples)."""
    by_category: dict[str, list[TrainingExample]] = {c: [] for c in categories}
    for example in examples:
        if example.category in by_category and example.text.strip():
            by_category[example.category].append(example)
    sampled: dict[str, Sampled] = {}

    def bound() -> None:
        for category, items in by_category.items():
            by_category[category], sample = bounded(category, items)
            if sample is not None:
                sampled.setdefault(category, sample)

    bound()
    add_cross_negatives(by_category)
    bound()
    return by_category, sampled
