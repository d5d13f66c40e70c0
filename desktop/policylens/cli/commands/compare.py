"""`policylens compare A B`: the comparison as JSON or a terminal summary, without Qt.

Without --json the CLI entry (`cli/entry.py`) opens the compare window instead; this module
never imports the interface.

A and B are files, or documents of the library by (a prefix of) their SHA-256 id.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from policylens.cli.library import resolve_document
from policylens.cli.terminal import terminal_text

if TYPE_CHECKING:
    from policylens.core.compare import Comparison
    from policylens.core.document import Document

_MODES = ("versions", "policies", "translation")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "compare",
        help="compare two policies, two versions, or a policy and its translation",
        description=(
            "Compare two documents (files, or library ids: a prefix of the SHA-256). "
            "Without --json the comparison window opens."
        ),
    )
    parser.add_argument("a", metavar="A", help="file or library document id")
    parser.add_argument("b", metavar="B", help="file or library document id")
    parser.add_argument(
        "--mode", choices=_MODES, help="force a mode (default: the likely one is suggested)"
    )
    parser.add_argument("--json", action="store_true", help="print the alignment as JSON")
    # Also after the sub-command (`compare A B --lang fa`); SUPPRESS keeps a global --lang.
    parser.add_argument("--lang", default=argparse.SUPPRESS, help="interface language")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.core.compare import compare

    a, b = resolve_document(args.a), resolve_document(args.b)
    comparison = compare(a, b, args.mode)
    if args.json:
        data = comparison.to_json()
        data["a"] = a.info()
        data["b"] = b.info()
        print(json.dumps(data, ensure_ascii=False))
    else:
        print_summary(a, b, comparison)
    return 0


def _snippet(document: Document, span: tuple[int, int] | None, width: int = 60) -> str:
    if span is None:
        return "—"
    text = " ".join(document.text[span[0] : span[1]].split())
    return terminal_text(text if len(text) <= width else text[: width - 1] + "…")


def print_summary(a: Document, b: Document, comparison: Comparison) -> None:
    counts: dict[str, int] = {}
    for pair in comparison.pairs:
        counts[pair.relation] = counts.get(pair.relation, 0) + 1
    print(f"A: {a.title} ({a.language}, {len(a.text)} characters)")
    print(f"B: {b.title} ({b.language}, {len(b.text)} characters)")
    print(f"mode: {comparison.mode}  ·  " + "  ".join(f"{k} {n}" for k, n in counts.items()))
    for pair in comparison.pairs:
        if pair.relation == "same":
            continue
        where_a = f"{pair.a[0]}–{pair.a[1]}" if pair.a else "—"
        where_b = f"{pair.b[0]}–{pair.b[1]}" if pair.b else "—"
        categories = f"  [{', '.join(pair.categories)}]" if pair.categories else ""
        print(f"\n{pair.relation:<8} A {where_a:<12} B {where_b:<12}{categories}")
        print(f"  A: {_snippet(a, pair.a)}")
        print(f"  B: {_snippet(b, pair.b)}")
