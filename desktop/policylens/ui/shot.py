"""`policylens shot`: the real window, rendered offscreen once its files are loaded and analysed,
written as a PNG (the arguments: `cli/commands/shot.py`).

`window` grabs the whole main window, `reader` the reading pane's viewport (its text area only:
no scroll bars, no frame), `compare` the side-by-side window of two files. Unless the caller
names a library and settings (`--data-dir`, `--config-dir`) a throw-away pair is used, so that a
shot never depends on (or changes) the user's saved window state.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from policylens.cli.commands.shot import parse_size
from policylens.core.errors import PolicyLensError
from policylens.paths import CONFIG_DIR_ENV, DATA_DIR_ENV

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from policylens.ui.features.compare.window import CompareWindow

SETTLE_SECONDS = 0.3  # after the work is done: late highlight chunks, layout, repaints


def run_shot(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise PolicyLensError(f"{output}: the picture is written as PNG; name it *.png.")
    if args.part == "compare" and len(args.files) != 2:
        raise PolicyLensError("--part compare needs exactly two files (A and B).")
    # The window reports a file it cannot read in a dialog nobody sees offscreen, so a missing
    # file used to wait out the whole --timeout (120 s) before failing.
    for name in args.files:
        if not Path(name).is_file():
            raise PolicyLensError(f"{name}: no such file; no picture written.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with ExitStack() as stack:
        for flag, env in ((args.data_dir, DATA_DIR_ENV), (args.config_dir, CONFIG_DIR_ENV)):
            if not flag:
                os.environ[env] = stack.enter_context(
                    tempfile.TemporaryDirectory(prefix="pl-shot-")
                )
        from policylens.ui.app import create_application, ui_language
        from policylens.ui.infra.i18n import apply_language

        app = create_application()
        _quiet_offscreen_notices()
        language = apply_language(app, ui_language(getattr(args, "lang", None)))
        if args.part == "compare":
            image = _compare_image(args.files, size, language, args.timeout)
        else:
            image = _main_window_image(
                args.files, size, language, args.part, args.timeout, getattr(args, "panel", None)
            )
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output)):
        raise PolicyLensError(f"{output}: the picture could not be written.")
    return 0


def _quiet_offscreen_notices() -> None:
    """The offscreen platform says "does not support propagateSizeHints()" for every window:
    noise on the terminal of a command whose output is a picture. Other messages pass."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def wait_until(ready: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop until `ready()`; a clear error after `timeout` seconds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise PolicyLensError(f"{what} took longer than {timeout:g} s; no picture written.")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    settle = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < settle:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _main_window_image(
    files: list[str],
    size: tuple[int, int],
    language: str,
    part: str,
    timeout: float,
    panel: str | None = None,
) -> QImage:
    from policylens.ui.app import create_main_window

    window = create_main_window(language=language, import_samples=not files)
    applied: list[str] = []
    window.session.analysis_applied.connect(applied.append)
    try:
        window.resize(*size)
        window.show()
        window.start([str(Path(f).resolve()) for f in files])

        def ready() -> bool:
            shown = window.session.sha
            return (
                not window.importing()
                and window.runner.running() == 0
                and shown is not None
                and shown in applied
            )

        wait_until(ready, timeout, "Loading and analysing")
        window.resize(*size)  # a restored state must not change the size asked for
        if panel is not None:
            window.panels[panel].show()
            window.panels[panel].raise_()
            if panel == "clauses":
                window.clause_panel.view.expandAll()
        wait_until(
            lambda: window.runner.running() == 0 and not window.reader.highlighter.busy(),
            timeout,
            "Drawing",
        )
        widget = window.reader.viewport() if part == "reader" else window
        return widget.grab().toImage()
    finally:
        window.runner.cancel_all()
        window.runner.wait(10000)
        window.close()
        window.store.close()


def _compare_image(
    files: list[str], size: tuple[int, int], language: str, timeout: float
) -> QImage:
    with compare_window(files, size, language, timeout) as window:
        return window.grab().toImage()


@contextmanager
def compare_window(
    files: list[str], size: tuple[int, int], language: str, timeout: float
) -> Iterator[CompareWindow]:
    """The compare window of two files, shown and compared. Each pane is named as the library
    names the document (a bundled sample by its title, not its file name), as in the app."""
    from policylens.core.loaders import load_document
    from policylens.core.samples import with_sample_title
    from policylens.core.taxonomy import load_taxonomy
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.infra.workers import TaskRunner

    a, b = (with_sample_title(load_document(Path(f)), f) for f in files)
    categories = load_taxonomy().categories
    runner = TaskRunner()
    window = CompareWindow(
        runner, {c.id: c.color for c in categories}, {c.id: c.name(language) for c in categories}
    )
    try:
        window.resize(*size)
        window.show()
        window.compare(a, b, annotations_a=[], mode=None)
        wait_until(
            lambda: not window.view.computing() and window.view.result is not None,
            timeout,
            "Comparing",
        )
        yield window
    finally:
        runner.cancel_all()
        runner.wait(10000)
        window.close()
