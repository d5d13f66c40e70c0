"""Does training on the whole dev policies' lines lift policies the model has not seen?

    python -m tests.eval.policy_cv [--folds 3] [--weights 1,2] [--gates 0.5:0.7,...] [--save DIR]

Policy-grouped cross-validation: the dev policies (`resources/corpus/documents/`) are split into
folds by document, stratified by language (per language, the names in a seeded shuffle dealt
round-robin). Each fold is scored through `analyze` with the shipped blend, `score.py`'s rule
(`build_shipped.score_dev`), by (a) a corpus-only model (`--corpus-model DIR`, e.g. a model
folder built with `build_shipped --corpus-only`; fitted here when not given) and (b) a model
fitted on the corpus's train split plus the other folds' policy lines (each line an example,
its gold labels; a policy line weighs `--weights` times a clause). The
held folds' counts are pooled per language. `--gates` also scores each model with other
(VETO_SHARE, ADD_MIN_PROBABILITY) blends; `none` replaces the lexicon outright.

Slow (one fit per fold and weight, ~1-3 min CPU each): run alone. Never reads OPP-115.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from policylens.core.learn import build_shipped, shipped
from policylens.core.learn.corpus import DevDocument, policies, policy_lines, records
from policylens.core.learn.linear import LinearModel

SEED = 7


def folds_by_language(documents: Sequence[DevDocument], k: int) -> list[list[DevDocument]]:
    folds: list[list[DevDocument]] = [[] for _ in range(k)]
    for language in sorted({d.language for d in documents}):
        mine = sorted((d for d in documents if d.language == language), key=lambda d: d.group)
        random.Random(f"{SEED}-{language}").shuffle(mine)
        for index, document in enumerate(mine):
            folds[index % k].append(document)
    return folds


def _analyse(model: LinearModel, languages: list[str]) -> Any:
    from policylens.core.analysis import analyze
    from policylens.core.document import Document

    blender = shipped.ShippedModel(model, {"languages": languages})

    def run(document: DevDocument) -> list[Any]:
        doc = Document.from_text(document.text, title=document.group, format="txt")
        return analyze(doc, blenders=[blender])

    return run


def _gate(text: str) -> tuple[float, float] | None:
    if text == "none":
        return None
    veto, add = text.split(":")
    return float(veto), float(add)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--weights", default="1,2", help="policy-line weights to try")
    parser.add_argument("--gates", default="0.5:0.7", help="blends to score, comma-separated")
    parser.add_argument("--dual", action="store_true", help="liblinear's dual solver")
    parser.add_argument("--corpus-model", type=Path, default=None)
    args = parser.parse_args(argv)
    corpus = records("train")
    languages = sorted({r.language for r in corpus})
    documents = policies()
    folds = folds_by_language(documents, args.folds)
    gates = [_gate(g) for g in args.gates.split(",")]
    weights = [float(w) for w in args.weights.split(",")]
    spec, c = build_shipped.FEATURES, build_shipped.REGULARISATION_C

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    # results[(recipe, gate)][language] = (per-policy scored documents' analyses) -> pooled
    pooled: dict[tuple[str, str], dict[str, list[tuple[DevDocument, list[Any]]]]] = {}

    def score_fold(recipe: str, model: LinearModel, held: Sequence[DevDocument]) -> None:
        for gate in gates:
            shipped.GATE = gate
            run = _analyse(model, languages)
            key = (recipe, "none" if gate is None else f"{gate[0]}:{gate[1]}")
            for document in held:
                pooled.setdefault(key, {}).setdefault(document.language, []).append(
                    (document, run(document))
                )
        shipped.GATE = (shipped.VETO_SHARE, shipped.ADD_MIN_PROBABILITY)

    started = time.process_time()
    if args.corpus_model is not None:
        from policylens.core.learn.model_file import read_model

        corpus_only = read_model(args.corpus_model)[0]
    else:
        corpus_only, _ = build_shipped.fit(corpus, spec, c, dual=args.dual)
    log(f"(a) corpus only: {time.process_time() - started:.0f} s CPU")
    score_fold("a corpus only", corpus_only, documents)
    all_languages = sorted({d.language for d in documents})
    for weight in weights:
        for index, held in enumerate(folds):
            rest = [d for i, fold in enumerate(folds) if i != index for d in fold]
            lines = policy_lines(rest)
            started = time.process_time()
            model, _ = build_shipped.fit(
                [*corpus, *lines],
                spec,
                c,
                weights=[1.0] * len(corpus) + [weight] * len(lines),
                dual=args.dual,
            )
            log(
                f"(b) weight {weight:g}, fold {index + 1}: {len(lines)} lines of {len(rest)} "
                f"policies, fitted in {time.process_time() - started:.0f} s CPU"
            )
            score_fold(f"b +policies w{weight:g}", model, held)
        _print(pooled, all_languages, args.folds)
    return 0


def _lookup(scored: dict[str, list[Any]]) -> Callable[[DevDocument], list[Any]]:
    def analysed(document: DevDocument) -> list[Any]:
        return scored[document.group]

    return analysed


def _print(
    pooled: dict[tuple[str, str], dict[str, list[tuple[DevDocument, list[Any]]]]],
    all_languages: list[str],
    folds: int,
) -> None:
    print(f"policy-grouped CV, {folds} folds (seed {SEED}); macro-F1 of held folds, pooled")
    print(f"{'recipe':22} {'gate':8} " + " ".join(f"{x:>6}" for x in all_languages) + "   mean")
    for (recipe, gate), per_language in pooled.items():
        if any(language not in per_language for language in all_languages):
            continue
        scores = []
        for language in all_languages:
            scored = {d.group: a for d, a in per_language[language]}
            held_docs = [d for d, _ in per_language[language]]
            macro, _ = build_shipped.score_dev(held_docs, _lookup(scored))
            scores.append(macro)
        print(
            f"{recipe:22} {gate:8} "
            + " ".join(f"{x:6.3f}" for x in scores)
            + f"  {sum(scores) / len(scores):.3f}",
            flush=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
