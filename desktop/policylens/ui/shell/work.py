"""What the main window runs off the GUI thread: importing files into the library, and
analysing the shown document ready for highlighting."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QUrl

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.ui.infra.jobs import StoreJobs
from policylens.ui.infra.workers import TaskContext
from policylens.view.clauses import ClauseLayer
from policylens.view.offsets import QtOffsets
from policylens.view.spans import BlockSpans

log = logging.getLogger(__name__)


def open_filters() -> str:
    translate = QCoreApplication.translate
    return ";;".join(
        [
            translate("MainWindow", "Policies (*.txt *.md *.html *.htm *.pdf *.docx)"),
            translate("MainWindow", "Text (*.txt *.md)"),
            translate("MainWindow", "Web pages (*.html *.htm)"),
            translate("MainWindow", "PDF (*.pdf)"),
            translate("MainWindow", "Word (*.docx)"),
            translate("MainWindow", "All files (*)"),
        ]
    )


@dataclass
class Imported:
    done: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    # The document to show, kept as loaded: no second read from the store. (Showing it before
    # it is stored was tried: the store write then competes with the analysis and the GUI
    # thread for the GIL, and the window froze longer for no gain.)
    to_show: Document | None = None


def import_files(
    store_jobs: StoreJobs,
    paths: list[str],
    show_number: int,
    context: TaskContext,
    ocr_languages: str | None = None,
) -> Imported:
    """Load each file and add it to the library; one bad file loses nothing of the others.
    A scan is read by OCR (`ocr_languages`, else found from its first page): one file's
    progress is then its pages, and a cancel stops Tesseract at once."""
    from policylens.core.loaders import load_document
    from policylens.core.loaders.pdf import LoadCancelled, PdfOptions
    from policylens.core.samples import with_sample_title

    def pages(done: int, total: int, stage: str) -> None:
        if stage == "ocr" and len(paths) == 1:
            context.progress(done, total)

    options = PdfOptions(ocr_languages=ocr_languages, progress=pages, cancelled=context.cancelled)
    result = Imported()
    for number, path in enumerate(paths):
        if context.cancelled():
            break
        context.progress(number, len(paths))
        try:
            document = with_sample_title(load_document(path, options), path)
            with store_jobs.locked() as store:
                store.documents.add(document)
            if number == show_number:
                result.to_show = document
            result.done.append((path, document.sha256))
        except LoadCancelled:
            break  # the user stopped it: no error to show
        except Exception as error:
            message = str(error)
            if not isinstance(error, PolicyLensError):
                log.exception("importing %s", path)
                message = QCoreApplication.translate("MainWindow", "Unexpected error: {0}").format(
                    error
                )
            result.errors.append((path, message))
    context.progress(len(paths), len(paths))
    return result


Prepared = tuple[ClauseLayer, BlockSpans]  # a clause layer and its spans, cut off the GUI thread


@dataclass(frozen=True)
class Analysed:
    """An analysis made ready for the GUI on the worker thread."""

    sha: str
    clauses: list[Clause]
    layer: ClauseLayer
    spans: BlockSpans
    hidden: set[str]  # the hidden categories the spans were cut for


def analysis_work(
    document: Document,
    offsets: QtOffsets,
    colors: dict[str, str],
    hidden: set[str],
    use_model: bool,
) -> Callable[[TaskContext], Analysed | None]:
    """The analysis of `document` as a task: clauses, indexed and cut into per-block spans
    here rather than on the GUI thread (1 MB: ~0.1 s)."""
    from policylens.core.learn.apply import analyze_with_model

    def work(context: TaskContext) -> Analysed | None:
        clauses = analyze_with_model(
            document,
            use_model=use_model,
            use_shipped=True,  # "Use Learned Model" is about the user's model only
            progress=lambda fraction: context.progress(int(fraction * 1000), 1000),
            cancelled=context.cancelled,
        )
        if context.cancelled():
            return None
        layer = ClauseLayer(document.text, clauses, offsets)
        return Analysed(document.sha256, clauses, layer, layer.block_spans(colors, hidden), hidden)

    return work


def prepare_analysis(context: TaskContext) -> None:
    """The first import's and analysis's one-time costs (sqlite-utils for writing a document,
    NumPy, the shipped model), paid while the window is idle rather than while a document is
    being opened."""
    from policylens.core.learn.apply import prepare_models
    from policylens.store.lazy_db import sqlite_utils_module

    sqlite_utils_module()  # before NumPy: imported without it (store/_lean_import.py)
    prepare_models()
    # Everything loaded so far (Qt's wrappers, NumPy, the model) lives as long as the app: out
    # of the cycle collector's sight. A full collection, e.g. when an analysis re-enables the
    # collector, then walks only the newer objects instead of holding the GIL (and the
    # window) for tens of milliseconds over the whole heap.
    gc.freeze()


def local_files(urls: Sequence[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def sample_paths() -> list[str]:
    from policylens.paths import sample_files

    return [str(p) for p in sample_files()]
