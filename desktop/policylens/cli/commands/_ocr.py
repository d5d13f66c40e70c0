"""Shared by the sub-commands that read policy files: `--ocr-lang` and a progress line on
stderr while a scan is read by OCR (Ctrl+C stops it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policylens.core.document import Document


def add_ocr_option(parser: Any) -> None:
    parser.add_argument(
        "--ocr-lang",
        metavar="LANGS",
        help="languages of scanned PDFs for OCR, Tesseract codes joined by + (e.g. fas, "
        "eng+deu); default: found from the first page (env POLICYLENS_OCR_LANG)",
    )


def load_with_progress(path: str | Path, args: argparse.Namespace) -> Document:
    """`load_reporting` (warnings on stderr), with OCR languages from the command line and
    progress on stderr."""
    from policylens.cli.library import load_reporting
    from policylens.core.loaders.pdf import PdfOptions

    name = Path(path).name
    terminal = sys.stderr.isatty()
    shown = False

    def progress(done: int, total: int, stage: str) -> None:
        nonlocal shown
        if stage != "ocr":
            return
        message = f"{name}: reading the scan by OCR, page {min(done + 1, total)} of {total}"
        if done >= total:
            message = f"{name}: OCR done ({total} page{'s' if total != 1 else ''})"
        if terminal:
            print(f"\r{message}\x1b[K", end="" if done < total else "\n", file=sys.stderr)
        else:
            print(message, file=sys.stderr)
        shown = True

    try:
        return load_reporting(
            path, PdfOptions(ocr_languages=getattr(args, "ocr_lang", None), progress=progress)
        )
    finally:
        if shown and terminal:
            sys.stderr.flush()
