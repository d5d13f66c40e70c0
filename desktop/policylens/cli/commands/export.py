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
    parser.add_argument(
        "--no-suggestions",
        "--no-auto",
        dest="no_auto",
        action="store_true",
        help="no automatic suggestions (highlights of the clauses' categories)",
    )
    parser.add_argument(
        "--confirmed-only",
        action="store_true",
        help="of the reviewers' labels, only confirmed ones",
    )
    parser.add_argument(
        "--no-notes",
        action="store_true",
        help="no margin markers and no 'Reviewer notes' appendix (notes leave the pop-ups too)",
    )
    parser.add_argument(
        "--cover-language",
        choices=("ui", "document"),
        default="ui",
        help="cover, notes and category names in the interface language (--lang) or the"
        " document's own (where PolicyLens has the words: en, fa)",
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
        ui_language=getattr(args, "lang", None) or "en",
        notes=not args.no_notes,
        document_language_cover=args.cover_language == "document",
    )
    document, stored = _load(args.source)
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise PolicyLensError(f"{output}: the output must be a .pdf file.")
    check_export_size(document.text, document.title)  # before the analysis, not after it
    if output.parent and not output.parent.is_dir():
        raise PolicyLensError(f"Cannot write {output}: the folder {output.parent} does not exist.")
    clauses = analyze_with_model(document)  # what `analyze` and the window show
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
    """(document, its stored annotations): a file when the path exists, else a library id.
    A file whose text is in the library (same SHA-256) gets that document's annotations,
    exactly as `export DOC-ID` would."""
    from policylens.cli.library import load_reporting, open_library
    from policylens.core.errors import PolicyLensError
    from policylens.paths import store_path

    path = Path(source)
    if path.exists():
        document = load_reporting(path)
        if not store_path().exists():  # no library yet: nothing to look up, nothing created
            return document, []
        store = open_library()
        try:
            if not store.documents.exists(document.sha256):
                return document, []
            return document, store.annotations.for_document(document.sha256)
        finally:
            store.close()

    store = open_library()
    try:
        from policylens.cli.library import library_sha

        found = store.documents.get(library_sha(store, source))
        if found is None:
            raise PolicyLensError(f"{source}: the document vanished from the library.")
        return found, store.annotations.for_document(found.sha256)
    finally:
        store.close()
