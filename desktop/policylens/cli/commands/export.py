"""`policylens export FILE|DOC -o OUT.pdf`: the annotated PDF of a policy."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from policylens.cli.commands._progress import add_progress_option, reporter


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="annotated PDF of a policy (a file, or a library document by id prefix)",
    )
    parser.add_argument("source", metavar="FILE|DOC", help="a policy file or a document id prefix")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="PDF to write")
    parser.add_argument("--no-auto", action="store_true", help="no automatic highlights")
    parser.add_argument(
        "--confirmed-only", action="store_true", help="only confirmed reviewer annotations"
    )
    parser.add_argument("--categories", metavar="a,b", help="only these category ids")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--lang", default=argparse.SUPPRESS, help="language of category names and labels"
    )
    add_progress_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from policylens.core.errors import PolicyLensError
    from policylens.core.learn.apply import analyze_with_model
    from policylens.core.limits import check_export_size
    from policylens.export.pdf import PdfOptions, export_pdf
    from policylens.export.pdf_annotations import pdf_annotations

    categories = None
    if args.categories:
        categories = frozenset(c.strip() for c in args.categories.split(",") if c.strip())
        _check_categories(categories)
    options = PdfOptions(
        auto_highlights=not args.no_auto,
        confirmed_only=args.confirmed_only,
        categories=categories,
        page_size=args.page_size,
        ui_language=args.lang or "en",
    )
    document, stored = _load(args.source)
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise PolicyLensError(f"{output}: the output must be a .pdf file.")
    check_export_size(document.text, document.title)  # before the analysis, not after it
    if output.parent and not output.parent.is_dir():
        raise PolicyLensError(f"Cannot write {output}: the folder {output.parent} does not exist.")
    clauses = analyze_with_model(document)  # as `analyze` and the window: with the models
    annotations = pdf_annotations(stored)
    progress = reporter(args, "export", "Exporting")
    try:
        export_pdf(document, clauses, annotations, output, options, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    print(output)
    return 0


def _check_categories(categories: frozenset[str]) -> None:
    from policylens.core.errors import PolicyLensError
    from policylens.core.taxonomy import load_taxonomy

    known = set(load_taxonomy().ids)
    unknown = sorted(categories - known)
    if unknown:
        raise PolicyLensError(
            f"Unknown categor{'y' if len(unknown) == 1 else 'ies'}: {', '.join(unknown)}"
            f" (known: {', '.join(sorted(known))})."
        )


def _load(source: str) -> tuple[Any, list[Any]]:
    """(document, its stored annotations): a file when the path exists, else a library id."""
    from policylens.cli.library import load_reporting
    from policylens.core.errors import PolicyLensError

    path = Path(source)
    if path.exists():
        return load_reporting(path), []
    from policylens.cli.library import open_library

    store = open_library()
    try:
        from policylens.cli.library import library_sha

        document = store.documents.get(library_sha(store, source))
        if document is None:
            raise PolicyLensError(f"{source}: the document vanished from the library.")
        return document, store.annotations.for_document(document.sha256)
    finally:
        store.close()
