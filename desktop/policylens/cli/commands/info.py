"""`policylens info FILE --json`: what PolicyLens makes of a file, without Qt; `info DOC-ID`:
the same of a library document (how its text was read, OCR included, is kept there)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from policylens.cli.commands._ocr import add_ocr_option, load_with_progress


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "info", help="language, direction and size of a policy file or library document"
    )
    parser.add_argument("files", nargs="+", metavar="FILE|DOC-ID")
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    add_ocr_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.cli.library import resolve_document

    for path in args.files:
        if Path(path).exists():
            document = load_with_progress(path, args)
        else:  # a library document by (a prefix of) its id; else "no such file"
            document = resolve_document(path)
        info = document.info()
        if args.json:
            print(json.dumps({"document": info}, ensure_ascii=False))
        else:
            print(f"{path}: {info['title']}")
            for key in ("format", "language", "direction", "paragraphs", "chars", "sha256"):
                print(f"  {key:<10} {info[key]}")
            extraction = info.get("extraction")
            if extraction:
                ocr = extraction.get("ocr")
                how = (
                    f"OCR ({ocr['languages']}, confidence {ocr['confidence']:.0%})"
                    if ocr
                    else extraction["method"]
                )
                print(f"  {'read by':<10} {how}")
                if extraction["dropped"]:
                    print(
                        f"  {'dropped':<10} {len(extraction['dropped'])} running headers, "
                        "footers, page numbers (info --json lists them)"
                    )
    return 0
