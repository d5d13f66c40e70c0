"""What the main window runs off the GUI thread: importing files into the library, and
analysing the shown document ready for highlighting."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl

from policylens.core.analysis_pool import AnalysisPool, wait_for
from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.core.gc_pause import cyclic_gc_paused
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


@dataclass
class Loaded:
    """Files read, not yet stored: what a cancel throws away."""

    documents: list[tuple[int, str, Document]] = field(default_factory=list)  # (number, path, …)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message)


@dataclass
class LoadState:
    """What the load job is doing, for the progress bar's label (written by the load thread,
    read on the GUI thread: plain attributes, each replaced whole)."""

    name: str = ""  # the file being read
    ocr: bool = False  # it is a scan being read by OCR
    ocr_languages: str = ""  # Tesseract codes, once known ("" while the first pass runs)


def load_files(
    paths: list[str],
    context: TaskContext,
    state: LoadState,
    ocr_languages: str | None = None,
) -> Loaded:
    """Read each file, off the store thread (a scan's OCR takes seconds a page); one bad file
    loses nothing of the others. A scan is read by OCR (`ocr_languages`, else found from its
    first page): one file's progress is then its pages, and a cancel stops Tesseract at once
    (`LoadCancelled`: the task reports cancelled, nothing is stored)."""
    from policylens.core.loaders import load_document
    from policylens.core.loaders.pdf import PdfOptions
    from policylens.core.samples import with_sample_title

    def pages(done: int, total: int, stage: str) -> None:
        if stage == "ocr" and len(paths) == 1:
            state.ocr = True
            context.progress(done, total)

    def languages_found(languages: str) -> None:
        state.ocr_languages = languages

    options = PdfOptions(
        ocr_languages=ocr_languages,
        progress=pages,
        cancelled=context.cancelled,
        languages_found=languages_found,
    )
    result = Loaded()
    for number, path in enumerate(paths):
        if context.cancelled():
            break
        state.name, state.ocr = Path(path).name, False
        context.progress(number, len(paths))
        try:
            document = with_sample_title(load_document(path, options), path)
            result.documents.append((number, path, document))
        except Exception as error:
            if context.cancelled():
                break  # LoadCancelled, or whatever the stop interrupted: no error to show
            result.errors.append((path, _message(path, error)))
    context.progress(len(paths), len(paths))
    return result


# How long storing waits, at most, for the early analysis of the file to be shown to be ready.
READY_WAIT_S = 0.08


def store_loaded(
    store_jobs: StoreJobs,
    loaded: Loaded,
    show_number: int,
    analysis_ready: threading.Event | None = None,
) -> Imported:
    """Add the documents read to the library (on the store thread), not yet indexed for
    search (`SearchIndexing` does it after the open). Then, before the window shows the file,
    wait (briefly) for `analysis_ready`: the early analysis's Python until it is set, run
    while the GUI thread shows 1 MB, made both slower (the GIL) and the freeze longer."""
    result = Imported(errors=list(loaded.errors))
    for number, path, document in loaded.documents:
        try:
            with store_jobs.locked() as store:
                store.documents.add(document, index=False)
            if number == show_number:
                result.to_show = document
            result.done.append((path, document.sha256))
        except Exception as error:
            result.errors.append((path, _message(path, error)))
    if analysis_ready is not None and result.to_show is not None:
        analysis_ready.wait(READY_WAIT_S)
    return result


def _message(path: str, error: Exception) -> str:
    if isinstance(error, PolicyLensError):
        return str(error)
    log.error("importing %s", path, exc_info=error)
    return QCoreApplication.translate("MainWindow", "Unexpected error: {0}").format(error)


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
    offsets: QtOffsets | None,
    colors: dict[str, str],
    hidden: set[str],
    use_model: bool,
    pool: AnalysisPool | None = None,
    shown: threading.Event | None = None,
    ready: threading.Event | None = None,
) -> Callable[[TaskContext], Analysed | None]:
    """The analysis of `document` as a task: clauses, indexed and cut into per-block spans
    here rather than on the GUI thread (1 MB: ~0.1 s). A large document's clauses are found
    by the `pool`'s processes when it can (the same clauses, on every core); `offsets`: the
    reader's for the document, None when it is not shown yet. `shown` (if given) is set once
    the document is on screen: only the pool's processes work before (Python on this thread
    would slow the GUI thread showing the text to half its speed); `ready` is set once this
    thread has nothing more to do before it (see `AnalysisPool.analyze`)."""
    from policylens.core.learn.apply import analyze_with_model, user_model

    def work(context: TaskContext) -> Analysed | None:
        with cyclic_gc_paused():
            analysed = analysed_document(context)
            # The analysis's objects (clauses, cues, spans: tens of thousands, made while the
            # collector was paused, so all young) live as long as the document is shown and
            # form no cycles; its first pass after this walked every one of them (1 MB: 16 ms
            # holding the GIL, then 4 ms for the next generation) right while the window
            # applied them. Frozen, no pass walks them. What else was made meanwhile is frozen
            # too: a cycle among it (another thread's, within these few hundred ms) would not
            # be collected.
            gc.freeze()
        return analysed

    def analysed_document(context: TaskContext) -> Analysed | None:
        clauses = None
        if pool is not None and not (use_model and user_model()[0] is not None):
            clauses = pool.analyze(document, context.cancelled, shown, ready)
        if ready is not None:
            ready.set()  # (the pool not used: nothing was done)
        if clauses is None and wait_for(shown, context.cancelled):
            clauses = analyze_with_model(
                document,
                use_model=use_model,
                use_shipped=True,  # "Use Learned Model" is about the user's model only
                progress=lambda fraction: context.progress(int(fraction * 1000), 1000),
                cancelled=context.cancelled,
            )
        if clauses is None or context.cancelled():
            return None
        layer = ClauseLayer(document.text, clauses, offsets or QtOffsets(document.text))
        return Analysed(document.sha256, clauses, layer, layer.block_spans(colors, hidden), hidden)

    return work


def prepare_analysis(context: TaskContext, wanted: Callable[[], bool] = lambda: False) -> None:
    """The first import's and analysis's one-time costs (sqlite-utils for writing a document,
    NumPy, the shipped model, the lexicons: `core.warm_up`), paid while the window is idle
    rather than while a document is being opened; the warm-up stops once one is `wanted`
    (its Python would slow the open's, the GIL)."""
    from policylens.core.learn.apply import prepare_models
    from policylens.core.warm_up import warm_up
    from policylens.store.lazy_db import sqlite_utils_module

    sqlite_utils_module()  # before NumPy: imported without it (store/_lean_import.py)
    prepare_models()
    warm_up(lambda: wanted() or context.cancelled())
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
