"""`policylens search QUERY`: full-text search across the library (spelling variants seen
through: "می‌شود", "ميشود" and "میشود" find each other)."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "search", help="search every document of the library (put a phrase in double quotes)"
    )
    parser.add_argument("query", nargs="+", metavar="QUERY")
    parser.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    parser.add_argument("--json", action="store_true", help='{"hits": [...]} as JSON')
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library
    from policylens.cli.terminal import terminal_text

    store = open_library()
    try:
        hits = store.search(" ".join(args.query), limit=args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"hits": [h.to_json() for h in hits]}, ensure_ascii=False))
        return 0
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        print(f"{terminal_text(hit.title)} [{hit.document[:12]}] {hit.start}-{hit.end}")
        print(f"    {terminal_text(hit.snippet)}")
    return 0
