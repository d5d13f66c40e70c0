"""`policylens annotations export|import|list|add`: labels in and out of the library."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from policylens.cli.commands._progress import add_progress_option, reporter


def register(sub: Any) -> None:
    parser = sub.add_parser("annotations", help="export, import, list or add annotations")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write annotations as JSONL or CSV")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    export.add_argument("--document", metavar="DOC", help="only this document (id, prefix or file)")
    export.add_argument("--annotator", metavar="NAME", help="only this annotator's annotations")
    export.set_defaults(func=run_export)

    imported = actions.add_parser("import", help="add documents and annotations from JSONL")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument(
        "--annotator",
        default="imported",
        metavar="NAME",
        help="annotator of doccano-style labels that name none (default: imported)",
    )
    imported.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_progress_option(imported)
    imported.set_defaults(func=run_import)

    listing = actions.add_parser("list", help="a document's annotations")
    listing.add_argument("document", metavar="DOC")
    listing.add_argument("--annotator", metavar="NAME")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)

    add = actions.add_parser("add", help="label text[START:END] of a document")
    add.add_argument("document", metavar="DOC")
    add.add_argument("start", type=int)
    add.add_argument("end", type=int)
    add.add_argument("category")
    add.add_argument("--annotator", required=True, metavar="NAME")
    add.add_argument("--note", default="")
    add.add_argument("--status", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)


def run_export(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library, resolve_library_document
    from policylens.core.errors import PolicyLensError
    from policylens.export.labels import export_csv, export_jsonl

    store = open_library()
    try:
        document = resolve_library_document(store, args.document) if args.document else None
        write = export_csv if args.format == "csv" else export_jsonl
        if args.output is None:
            count = write(store, sys.stdout, document=document, annotator=args.annotator)
        else:
            target = Path(args.output)
            partial = target.with_name(target.name + ".part")
            # BOM for CSV files: see export.labels (Excel and Persian).
            encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
            try:
                with partial.open("w", encoding=encoding, newline="") as out:
                    count = write(store, out, document=document, annotator=args.annotator)
                partial.replace(target)
            except OSError as error:
                partial.unlink(missing_ok=True)
                raise PolicyLensError(f"Cannot write {target}: {error}") from error
            unit = "rows" if args.format == "csv" else "documents"
            print(f"Wrote {count} {unit} to {target}", file=sys.stderr)
    finally:
        store.close()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library
    from policylens.export.labels import import_jsonl

    store = open_library()
    progress = reporter(args, "import", "Importing")
    try:
        summary = import_jsonl(store, Path(args.file), annotator=args.annotator, progress=progress)
    finally:
        if progress is not None:
            progress.close()
        store.close()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
        return 0
    print(
        f"Imported {summary.documents_added} new documents "
        f"({summary.documents_known} already in the library) and "
        f"{summary.annotations_added} annotations "
        f"({summary.annotations_known} already there)."
    )
    if summary.annotations_updated:
        print(
            f"Updated {summary.annotations_updated} annotations whose note, status or tags "
            "changed in the file (the history keeps the old values)."
        )
    if summary.conflicts:
        print(
            f"Kept {summary.conflicts} annotations as they are in the library: they were "
            "changed there after the file's version."
        )
    if summary.duplicates_in_file:
        print(f"Skipped {summary.duplicates_in_file} duplicate annotations inside the file.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library, resolve_library_document
    from policylens.cli.terminal import terminal_text

    store = open_library()
    try:
        sha = resolve_library_document(store, args.document)
        found = store.annotations.for_document(sha, annotator=args.annotator)
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                {"document": sha, "annotations": [a.to_json() for a in found]}, ensure_ascii=False
            )
        )
        return 0
    for a in found:
        mark = "" if a.state == "confirmed" else f" [{a.state}]"
        print(f"{a.id:>6} {a.start}-{a.end} {a.category}{mark} ({a.annotator})")
        print(f"       {terminal_text(a.quote[:80])}")
        if a.note:
            print(f"       note: {terminal_text(a.note)}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from policylens.cli.library import open_library, resolve_library_document

    store = open_library()
    try:
        sha = resolve_library_document(store, args.document)
        added = store.annotations.add(
            sha,
            args.start,
            args.end,
            args.category,
            annotator=args.annotator,
            note=args.note,
            status=args.status,
        )
    finally:
        store.close()
    print(json.dumps(added.to_json(), ensure_ascii=False) if args.json else added.id)
    return 0
