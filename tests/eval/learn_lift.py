"""How far training on annotators' labels lifts the classifier (issues 8 and 11), end to end.

The labelled OPP-115 dev set is research-only: it is read from `../shared/eval/` at run time and
the models made from it live in memory only. Nothing of it enters the project.

The 29 policies are split in three by name (policy k goes to fold k mod 3). For each fold the
gold labels of the other two thirds become confirmed annotations (as `annotations import` makes
them), `train` learns from them as `policylens train` does (the plain model and the one stacked
on the shipped model), and the held-out policies are scored by `score.py`'s rules four ways:
the lexicon alone, with the shipped model, with the user's model alone and with both — the
user's model on top of the shipped one must beat each alone. `--quick`: one fold (the third,
the split `make eval` used before), about a third of the time.

Everything runs in this process (no CLI start-up per step); the figures are those of
`policylens analyze`, which calls the same `analyze_with`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from policylens.core.document import Document
from policylens.core.learn.from_store import StoredLabel, examples_from_labels
from policylens.core.learn.model import LearnedModel
from policylens.core.learn.shipped import ShippedModel, load_shipped
from policylens.core.learn.stacked import train_with_stack
from policylens.core.loaders import load_document
from tests.eval.lift_cross import counts

FOLDS = 3
QUICK_FOLD = 2
CONFIGURATIONS = (
    "lexicon alone",
    "lexicon + shipped model",
    "lexicon + user model",
    "shipped + user model",
    "shipped + user, no stack",
)


def _score_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("policylens_eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _training_examples(corpus: Path, units: list[dict[str, Any]], names: set[str]) -> list[Any]:
    documents: dict[str, Document] = {}
    labels: list[StoredLabel] = []
    for name in sorted(names):
        text = (corpus / name).read_text("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        document = Document.from_text(text, title=name, format="txt")
        documents[document.sha256] = document
        for unit in units:
            if unit["doc"] == name:
                quote = text[unit["start"] : unit["end"]]
                for category in unit["labels"]:
                    labels.append(
                        StoredLabel(
                            document.sha256, unit["start"], unit["end"], quote, category, True
                        )
                    )
    return examples_from_labels(labels, documents.get)


def _counts(
    score: ModuleType,
    corpus: Path,
    units: list[dict[str, Any]],
    names: list[str],
    shipped: ShippedModel | None,
    model: LearnedModel | None,
) -> dict[str, Counter[str]]:
    """Per category tp/fp/fn over the held-out policies, by `score.py`'s rules."""
    scored = [
        (
            load_document(corpus / name),
            (corpus / name).read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"),
            [u for u in units if u["doc"] == name],
        )
        for name in names
    ]
    return counts(score, scored, shipped, model)


def _prf(k: Counter[str]) -> tuple[float, float, float]:
    p = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 0.0
    r = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _macro(score: ModuleType, counts: dict[str, Counter[str]]) -> float:
    present = [c for c in score.SUBSTANTIVE if counts[c]["tp"] + counts[c]["fn"] > 0]
    return sum(_prf(counts[c])[2] for c in present) / len(present) if present else 0.0


def _fold_categories(score: ModuleType, counts: dict[str, dict[str, Counter[str]]]) -> list[str]:
    """This fold's F1 per category and configuration (the held-out policies' units)."""
    short = ("lexicon", "shipped", "user", "both", "no stack")
    lines = [f"    {'held-out F1':34} " + " ".join(f"{s:>8}" for s in short)]
    for c in score.SUBSTANTIVE:
        cells = [f"{_prf(counts[label][c])[2]:8.3f}" for label in CONFIGURATIONS]
        lines.append(f"    {c:34} " + " ".join(cells))
    return lines


def _stack_report(model: LearnedModel) -> list[str]:
    if model.stacked is None:
        return ["    (no stacked model: no shipped model)"]
    lines = [
        f"    {'category':34} {'pos':>4} {'shipped':>7} {'user':>7} "
        f"{'blend':>7} {'lexicon':>7} {'stacked':>7}  decides"
    ]
    for category, r in model.stacked.reports.items():
        lines.append(
            f"    {category:34} {r.positives:4d} {r.base_f1:7.3f} {r.user_f1:7.3f} "
            + " ".join(f"{r.paths.get(p, float('nan')):7.3f}" for p in ("blend", "lexicon"))
            + f" {r.f1:7.3f}  {r.path}"
        )
    return lines


def _cross(
    score: ModuleType,
    corpus: Path,
    units: list[dict[str, Any]],
    policies: list[str],
    shipped: ShippedModel,
    shared: Path,
) -> None:
    from tests.eval.lift_cross import cross_sets

    model = train_with_stack(_training_examples(corpus, units, set(policies)), shipped=shipped)
    print(f"across domains: trained on all {len(policies)} OPP-115 dev policies")
    runs = {"lexicon": (None, None), "shipped": (shipped, None), "shipped + user": (shipped, model)}
    print(f"  {'macro-F1':34} " + " ".join(f"{label:>15}" for label in runs))
    for name, scored in cross_sets(shared).items():
        cells = [_macro(score, counts(score, scored, *models)) for models in runs.values()]
        print(f"  {name + f' ({len(scored)})':34} " + " ".join(f"{f:15.3f}" for f in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", type=Path, help="the shared folder (with eval/opp115)")
    parser.add_argument("--quick", action="store_true", help="one fold instead of three")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument(
        "--cross",
        action="store_true",
        help="only the lift across domains: trained on all 29, scored on English policies "
        "that are not OPP-115's (see lift_cross)",
    )
    args = parser.parse_args()
    corpus = args.shared / "eval" / "opp115"
    if not (corpus / "gold.jsonl").is_file():
        print(f"learned-model lift: skipped ({corpus / 'gold.jsonl'} not found)")
        return 0
    started = time.process_time()
    score = _score_module(args.shared / "eval" / "score.py")
    units = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line]
    policies = sorted({unit["doc"] for unit in units})
    shipped = load_shipped()
    if args.cross and shipped is not None:
        _cross(score, corpus, units, policies, shipped, args.shared)
        print(f"  ({time.process_time() - started:.0f} s CPU)")
        return 0
    folds = [QUICK_FOLD] if args.quick else list(range(FOLDS))
    pooled = {label: {c: Counter[str]() for c in score.CATEGORIES} for label in CONFIGURATIONS}
    macros: dict[str, list[float]] = {label: [] for label in CONFIGURATIONS}
    for fold in folds:
        held_out = policies[fold::FOLDS]
        trained_on = set(policies) - set(held_out)
        examples = _training_examples(corpus, units, trained_on)
        model = train_with_stack(examples, shipped=shipped)
        plain = replace(model, stacked=None)
        runs = {
            "lexicon alone": (None, None),
            "lexicon + shipped model": (shipped, None),
            "lexicon + user model": (None, plain),
            "shipped + user model": (shipped, model),
            "shipped + user, no stack": (shipped, plain),
        }
        print(
            f"fold {fold + 1} of {FOLDS}: trained on {len(trained_on)} OPP-115 policies, "
            f"scored on {len(held_out)} held out"
        )
        fold_counts: dict[str, dict[str, Counter[str]]] = {}
        for label, (with_shipped, with_model) in runs.items():
            counts = _counts(score, corpus, units, held_out, with_shipped, with_model)
            fold_counts[label] = counts
            for c in score.CATEGORIES:
                pooled[label][c].update(counts[c])
            macros[label].append(_macro(score, counts))
            print(f"  {label:<26} macro-F1 {macros[label][-1]:.3f}")
        print("\n".join(_fold_categories(score, fold_counts)))
        print("  stacked on the shipped model, cross-validated on the training policies:")
        print("\n".join(_stack_report(model)))
    print(f"\nper category, held-out units of {len(folds)} fold(s) pooled (F1; P/R):")
    short = ("lexicon", "shipped", "user", "both", "no stack")
    lift = ("both−shipped", "both−user")
    print(f"  {'category':34} " + " ".join(f"{s:>15}" for s in short + lift))
    per_category: dict[str, dict[str, float]] = {}
    for c in score.SUBSTANTIVE:
        cells = []
        f1 = {}
        for label in CONFIGURATIONS:
            p, r, f = _prf(pooled[label][c])
            f1[label] = round(f, 4)
            cells.append(f"{f:.2f} ({p:.2f}/{r:.2f})")
        both = f1["shipped + user model"]
        cells += [
            f"{both - f1['lexicon + shipped model']:+.2f}",
            f"{both - f1['lexicon + user model']:+.2f}",
        ]
        per_category[c] = f1
        print(f"  {c:34} " + " ".join(f"{cell:>15}" for cell in cells))
    mean = {label: sum(values) / len(values) for label, values in macros.items()}
    base = mean["lexicon alone"]
    print(f"\nmacro-F1, mean of {len(folds)} fold(s):")
    for label in CONFIGURATIONS:
        print(f"  {label:<26} {mean[label]:.3f}  lift {mean[label] - base:+.3f}")
    both = mean["shipped + user model"]
    print(
        f"  user model on top of the shipped one: {both - mean['lexicon + shipped model']:+.3f} "
        f"over the shipped model alone, {both - mean['lexicon + user model']:+.3f} over the "
        "user model alone"
    )
    print(f"  ({time.process_time() - started:.0f} s CPU)")
    if args.json:
        figures = {"macro_f1": macros, "mean": mean, "per_category_f1": per_category}
        print(json.dumps({"folds": [f + 1 for f in folds], **figures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
