"""`policylens library copy SRC DST`: a whole library into another, SQLite or PostgreSQL."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any


def register(actions: Any) -> None:
    copy = actions.add_parser(
        "copy",
        help="copy a library (documents, annotators, annotations, history) into another",
        description="SRC and DST are each a postgresql:// URL or a .sqlite3 file. Resumable: "
        "run the same command again after an interruption. Verifies counts and hashes at the "
        "end (exit code 1 when they differ).",
    )
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("target", metavar="DST")
    copy.add_argument("--json", action="store_true", help="print the verification as JSON")
    copy.set_defaults(func=run_copy)


def _location(value: str) -> str:
    if value.lower().startswith(("postgresql://", "postgres://")):
        return value
    return os.path.abspath(value)


def run_copy(args: argparse.Namespace) -> int:
    from policylens.core.errors import PolicyLensError
    from policylens.store.copy import copy_library

    source, target = _location(args.source), _location(args.target)
    if not source.lower().startswith(("postgresql://", "postgres://")) and not os.path.exists(
        source
    ):
        raise PolicyLensError(f"{args.source} does not exist.")
    shown: dict[str, int] = {}

    def progress(table: str, done: int, total: int) -> None:
        if sys.stderr.isatty() or done == total or done - shown.get(table, 0) >= 5000:
            shown[table] = done
            print(f"\r{table}: {done}/{total}", end="\n" if done == total else "", file=sys.stderr)

    report = copy_library(source, target, progress)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for table in report.tables:
            verdict = "ok" if table.ok else "DIFFERS"
            print(
                f"{table.table:<12} {table.source_rows:>8} → {table.target_rows:>8} rows"
                f" ({table.copied} copied now), sha256 {table.target_hash[:16]} {verdict}"
            )
        print("Verified: the copy is identical." if report.ok else "The copy DIFFERS (see above).")
    return 0 if report.ok else 1
