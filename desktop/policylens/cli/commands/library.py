"""`policylens library check|repair`: the health of the library file itself; and the team
library's actions (`init-team`, `add-annotator`: library_team.py) and `copy` (library_copy.py).

A sub-command group: more actions register here next to these.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from policylens.cli.commands import library_copy, library_team
from policylens.cli.commands._progress import add_progress_option, reporter


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "library", help="check, repair, copy a library; create and share a team library"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check", help="SQLite's full integrity check of the library (reads only)"
    )
    check.add_argument("--json", action="store_true", help='{"ok", "problems": [...]} as JSON')
    check.set_defaults(func=run_check)

    repair = actions.add_parser(
        "repair",
        help="recover what can be read into a NEW library file (the old one is never changed)",
    )
    repair.add_argument(
        "-o", "--output", metavar="FILE", help="where to write (default: next to the library)"
    )
    repair.add_argument("--json", action="store_true", help="the result as JSON")
    add_progress_option(repair)
    repair.set_defaults(func=run_repair)
    library_team.register(actions)
    library_copy.register(actions)


def _library_path() -> Path:
    """The SQLite library file: `--library FILE` / POLICYLENS_LIBRARY, else the data folder's."""
    import os

    from policylens.core.errors import PolicyLensError
    from policylens.paths import LIBRARY_ENV, store_path

    chosen = os.environ.get(LIBRARY_ENV, "").strip()
    if chosen.lower().startswith(("postgresql://", "postgres://")):
        raise PolicyLensError(
            "check and repair are for a library file; a team library is kept whole by its "
            "server (`policylens library copy` makes a copy of it in a file)."
        )
    return Path(chosen) if chosen else store_path()


def run_check(args: argparse.Namespace) -> int:
    from policylens.store.health import integrity_check

    result = integrity_check(_library_path())
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    elif result.ok:
        print(f"{result.path}: ok")
    else:
        print(f"{result.path}: damaged, {len(result.problems)} problem(s):")
        for problem in result.problems:
            print(f"  {problem}")
        print("Run `policylens library repair` to recover what can be read into a new file.")
    return 0 if result.ok else 1


def run_repair(args: argparse.Namespace) -> int:
    from policylens.store.salvage import recover

    source = _library_path()
    target = Path(args.output).resolve() if args.output else None
    print(f"Recovering {source}…", file=sys.stderr)
    progress = reporter(args, "repair", "Recovering")
    try:
        result = recover(source, target, progress)
    finally:
        if progress is not None:
            progress.close()
    if result.fallback:
        print(
            f"SQLite's .recover was not used: {result.fallback}. The rows SQLite can still "
            "read were copied instead; a current sqlite3 shell (POLICYLENS_SQLITE3) can "
            "recover more.",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return 0
    if result.shell:
        print(f"Rebuilt by SQLite's .recover ({result.shell}).")
    rows = ", ".join(f"{count} {table}" for table, count in result.recovered.items())
    lost = ", ".join(f"{count} {table}" for table, count in result.lost.items() if count)
    print(f"Recovered into {result.target}: {rows}.")
    print(f"Lost (unreadable or damaged): {lost}." if lost else "Nothing was lost.")
    if result.problems_after:
        print("The recovered file still has problems: " + "; ".join(result.problems_after[:3]))
    print(
        f"The damaged library was not changed. To use the recovered one, close PolicyLens, "
        f"move {source.name} away and rename {result.target.name} to {source.name}."
    )
    return 0
