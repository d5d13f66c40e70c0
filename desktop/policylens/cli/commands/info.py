"""`policylens info FILE --json`: what PolicyLens makes of a file, without Qt."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser("info", help="language, direction and size of a policy file")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.cli.library import load_reporting

    for path in args.files:
        document = load_reporting(path)
        info = document.info()
        if args.json:
            print(json.dumps({"document": info}, ensure_ascii=False))
        else:
            print(f"{path}: {info['title']}")
            for key in ("format", "language", "direction", "paragraphs", "chars", "sha256"):
                print(f"  {key:<10} {info[key]}")
    return 0
