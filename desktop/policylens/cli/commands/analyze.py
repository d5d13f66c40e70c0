"""`policylens analyze FILE… [--json]`: clauses and their categories, without Qt.

`--json` prints one JSON object per file, one per line, in the order given (the contract the
evaluation scorer relies on). Every file is loaded before anything is printed: if one cannot be
read, the message goes to stderr and the command exits 2 with no output, so a consumer never
gets a partial, misaligned list.

Without `--json`: a summary per category for a person at a terminal. A terminal has no bidi
engine, so right-to-left text is reordered and shaped (python-bidi, arabic-reshaper) — only
when stdout is a terminal, or with `--visual`; `--logical` (or a pipe) keeps the text as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from policylens.cli.commands._ocr import add_ocr_option, load_with_progress
from policylens.cli.commands._progress import add_progress_option, reporter
from policylens.cli.terminal import terminal_text

SUMMARY_CLAUSES = 3
SUMMARY_WIDTH = 100


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "analyze", help="clauses of a policy and their categories, with the reasons"
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file and line")
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--visual",
        dest="visual",
        action="store_const",
        const=True,
        help="reorder and shape right-to-left text for display (default on a terminal)",
    )
    order.add_argument(
        "--logical",
        dest="visual",
        action="store_const",
        const=False,
        help="print text in logical order, unshaped (default when piped)",
    )
    parser.add_argument(
        "--lang", default=argparse.SUPPRESS, help="language of the category names in the summary"
    )
    parser.add_argument(
        "--no-model",
        action="store_true",
        help="the cue lexicon alone, without the model learned by `policylens train`",
    )
    add_ocr_option(parser)
    add_progress_option(parser)
    parser.set_defaults(func=run, visual=None)


def run(args: argparse.Namespace) -> int:
    from policylens.core.analysis import analysis_json
    from policylens.core.learn.apply import analyze_with_model, model_notices

    # Load all first: one failure aborts before any output (see the module docstring).
    documents = [load_with_progress(path, args) for path in args.files]
    visual = args.visual if args.visual is not None else sys.stdout.isatty()
    # Per file, for several; a bar would only get in the way of one file's own output.
    bar = reporter(args, "analyze", "Analysing") if len(documents) > 1 else None
    for number, (path, document) in enumerate(zip(args.files, documents, strict=True)):
        if bar is not None:
            bar(number, len(documents))
        clauses = analyze_with_model(document, use_model=not getattr(args, "no_model", False))
        if bar is not None:
            bar.clear()
        if args.json:
            from policylens.view.counts import clause_counts

            record = analysis_json(document, clauses)
            record["summary"] = clause_counts(clauses).to_json()  # what the app and PDF show
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print(summary(path, document, clauses, language=args.lang or "en", visual=visual))
    if bar is not None:
        bar(len(documents), len(documents))
        bar.close()
    if not getattr(args, "no_model", False):
        for notice in model_notices():
            print(f"policylens: warning: {notice}", file=sys.stderr)
    return 0


def summary(
    path: str, document: Any, clauses: list[Any], *, language: str = "en", visual: bool = False
) -> str:
    """A readable per-category summary: name, clause count, the first few clauses."""
    from policylens.core.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    lines = [
        f"{path}: {document.title} ({document.language}, {len(clauses)} clauses)",
    ]
    for category in taxonomy.categories:
        members = [c for c in clauses if category.id in c.category_ids]
        if not members:
            continue
        lines.append(f"  {terminal_text(category.name(language), visual)}: {len(members)}")
        for clause in members[:SUMMARY_CLAUSES]:
            text = " ".join(document.text[clause.start : clause.end].split())
            if len(text) > SUMMARY_WIDTH:
                text = text[: SUMMARY_WIDTH - 1] + "…"
            lines.append(f"    - {terminal_text(text, visual)}")
        if len(members) > SUMMARY_CLAUSES:
            lines.append(f"    … and {len(members) - SUMMARY_CLAUSES} more")
    return "\n".join(lines)
