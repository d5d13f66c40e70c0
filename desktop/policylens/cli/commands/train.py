"""`policylens train [--json]`: learn from the annotations in the library.

Fits one classifier per category on the confirmed annotations (positives), the rejected
suggestions (negatives) and the unlabelled clauses of annotated documents (weak negatives),
prints the cross-validated F1 per category and saves the model in the user data dir, where
`policylens analyze` (and the window) pick it up.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from policylens.cli.commands._progress import add_progress_option, reporter


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "train", help="learn suggestions from the annotations in the library (per-category F1)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print {model, trained_on, cv, skipped} as one JSON object",
    )
    add_progress_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library
    from policylens.core.errors import PolicyLensError
    from policylens.core.learn import (
        NotEnoughExamples,
        examples_from_store,
        save_model,
        train_with_stack,
    )

    store = open_library()
    try:
        examples = examples_from_store(store)
    finally:
        store.close()
    bar = reporter(args, "train", "Training")

    def progress(done: int, total: int, _message: str) -> None:
        if bar is not None:
            bar(done, total)

    try:
        model = train_with_stack(examples, progress=progress)
    except NotEnoughExamples as error:
        raise PolicyLensError(str(error)) from error
    finally:
        if bar is not None:
            bar.close()
    folder = save_model(model)
    if args.json:
        print(
            json.dumps(
                {
                    "model": str(folder),
                    "trained_at": model.trained_at,
                    "trained_on": model.trained_on,
                    "cv": {c: r.to_json() for c, r in model.cv.items()},
                    "skipped": [s.to_json() for s in model.skipped],
                    "stacked": (
                        {c: r.to_json() for c, r in model.stacked.reports.items()}
                        if model.stacked is not None
                        else None
                    ),
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(table(model))
    print(f"\nModel saved in {folder}")
    return 0


def table(model: Any) -> str:
    """The cross-validated scores as a plain-text table."""
    languages = ", ".join(f"{k} {v}" for k, v in model.trained_on.get("languages", {}).items())
    lines = [
        f"Trained on {model.trained_on.get('texts', 0)} texts ({languages or 'none'}).",
        f"Cross-validated per category (folds: {_folds(model)}):",
        "",
        f"{'category':36} {'pos':>5} {'neg':>6} {'F1':>5} {'P':>5} {'R':>5}",
    ]
    for category, report in model.cv.items():
        lines.append(
            f"{category:36} {report.positives:5d} {report.negatives:6d} "
            f"{report.f1:5.2f} {report.precision:5.2f} {report.recall:5.2f}"
        )
    if model.cv:
        macro = sum(r.f1 for r in model.cv.values()) / len(model.cv)
        lines.append(f"{'macro-F1':36} {'':5} {'':6} {macro:5.2f}")
    for skipped in model.skipped:
        lines.append(f"skipped {skipped.category}: {skipped.reason}")
    for category, kept in model.trained_on.get("sampled", {}).items():
        lines.append(
            f"sampled {category}: {kept['positives']} of {kept['positives_of']} positives, "
            f"{kept['negatives']} of {kept['negatives_of']} negatives (repeats merged, "
            f"fixed seed {kept['seed']})"
        )
    if model.stacked is not None and model.stacked.reports:
        lines += [
            "",
            "On top of the shipped model (F1, cross-validated on the same texts):",
            f"{'category':36} {'shipped':>7} {'user':>5} {'both':>5}  decides",
        ]
        for category, r in model.stacked.reports.items():
            lines.append(
                f"{category:36} {r.base_f1:7.2f} {r.user_f1:5.2f} {r.f1:5.2f}  {decides(r)}"
            )
    return "\n".join(lines)


_PATHS = {
    "blend": "as before",
    "lexicon": "without the shipped model",
    "stacked": "user model on top",
    "user": "user model alone",
}


def decides(report: Any) -> str:
    """How `analyze` decides the category, and, where `train` chose a way other than the one
    before, the cross-validated F1 that chose it (e.g. "user model on top (CV 0.81 against
    0.78 as before)")."""
    path = str(report.path)
    label = _PATHS.get(path, path)
    before = report.paths.get("blend")
    if path == "blend" or before is None or path not in report.paths:
        return label
    return f"{label} (CV {report.paths[path]:.2f} against {before:.2f} as before)"


def _folds(model: Any) -> str:
    folds = sorted({r.folds for r in model.cv.values()})
    return "/".join(map(str, folds)) or "-"
