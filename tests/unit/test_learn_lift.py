"""Measured: learned suggestions beat the lexicon alone on held-out clauses (our own set)."""

from __future__ import annotations

from collections.abc import Sequence

from tests.unit.learn_corpus import CATEGORIES, split

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.learn import LearnedScorer, TrainingExample, train
from policylens.core.learn.scoring import refine

SUBSTANTIVE = [c for c in CATEGORIES if c != "other"]


def _predicted(text: str, scorers: Sequence[LearnedScorer]) -> set[str]:
    """Categories of a one-clause policy (each clause alone: no heading context leaks)."""
    document = Document.from_text(text + "\n", title="held out", format="txt")
    clauses = analyze(document, extra_scorers=scorers)
    for scorer in scorers:  # as analyze_with_model does: the model may also veto
        clauses = refine(scorer, document.text, clauses)
    return {c for clause in clauses for c in clause.category_ids}


def _macro_f1(truth: list[str], predicted: list[set[str]]) -> float:
    scores = []
    for category in SUBSTANTIVE:
        tp = sum(t == category and category in p for t, p in zip(truth, predicted, strict=True))
        fp = sum(t != category and category in p for t, p in zip(truth, predicted, strict=True))
        fn = sum(t == category and category not in p for t, p in zip(truth, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    return sum(scores) / len(scores)


def test_learned_model_lifts_macro_f1_over_the_lexicon_alone() -> None:
    train_part, held_out = split()
    examples = [
        TrainingExample(
            text, language, category, category == label, 1.0 if category == label else 0.3
        )
        for label, language, text in train_part
        for category in CATEGORIES
    ]
    scorer = LearnedScorer(train(examples))
    truth = [label for label, _, _ in held_out]
    lexicon = [_predicted(text, []) for _, _, text in held_out]
    combined = [_predicted(text, [scorer]) for _, _, text in held_out]
    lexicon_f1 = _macro_f1(truth, lexicon)
    combined_f1 = _macro_f1(truth, combined)
    print(f"held-out macro-F1: lexicon {lexicon_f1:.3f}, lexicon + model {combined_f1:.3f}")
    assert combined_f1 > lexicon_f1
