"""`policylens agreement DOC`: how far annotators agree on a document, per category.

Cohen's κ for two annotators, Krippendorff's α (nominal) for two or more, over the
document's clauses (see `store.agreement`).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from policylens.core.document import Document


def register(sub: Any) -> None:
    parser = sub.add_parser("agreement", help="agreement between annotators on a document")
    parser.add_argument("document", metavar="DOC", help="library id (or a prefix), or the file")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def clause_units(document: Document) -> list[tuple[int, int]]:
    """The document's clauses, as the analysis cuts them (the units of agreement)."""
    from policylens.core.analysis import analyze

    return [(clause.start, clause.end) for clause in analyze(document)]


def run(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library, resolve_library_document
    from policylens.store.agreement import agreement

    store = open_library()
    try:
        sha = resolve_library_document(store, args.document)
        document = store.documents.get(sha)
        assert document is not None
        report = agreement(store, sha, clause_units(document)).to_json()
    finally:
        store.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"Agreement on {document.title} [{sha[:12]}]")
    print(f"Annotators: {', '.join(report['annotators']) or '(none)'}")
    if len(report["annotators"]) < 2:
        print("Agreement needs at least two annotators on this document.")
    for category, data in report["categories"].items():
        parts = [f"{data['units']} clauses"]
        parts.append(", ".join(f"{n}: {k}" for n, k in data["positives"].items()))
        for key, label in (("kappa", "κ"), ("alpha", "α")):
            if key in data:
                value = data[key]
                parts.append(f"{label} = {'n/a' if value is None else f'{value:.3f}'}")
        print(f"  {category:<34} " + " · ".join(parts))
    return 0
