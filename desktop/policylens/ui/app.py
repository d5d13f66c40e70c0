"""Starting the GUI: `policylens [FILE…]` (`run_gui`) and `policylens compare A B`
(`run_compare_gui`); the CLI entry (cli/entry.py) calls them."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from policylens import __version__
from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.ui.infra.fonts import register_bundled_fonts, ui_font

if TYPE_CHECKING:
    from policylens.store.database import Store
    from policylens.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

# tests/bench/startup.py: print the marker once the window is up with its library, then quit.
BENCH_HOOK_ENV = "POLICYLENS_BENCH_EXIT_WHEN_READY"
BENCH_READY_MARKER = "POLICYLENS_BENCH_READY"


def ui_language(requested: str | None) -> str:
    """`--lang`, else the Settings choice, else the system's language (i18n.choose_language)."""
    from policylens.ui.infra import settings as prefs
    from policylens.ui.infra.i18n import choose_language

    return choose_language(requested, prefs.interface_language(prefs.app_settings()))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("PolicyLens")
    app.setOrganizationName("PolicyLens")
    app.setApplicationVersion(__version__)
    # Analysis and store work run on worker threads, but share the GIL with the GUI thread,
    # whose timers and paints need it for every Python slot. At the default 5 ms switch
    # interval, two busy workers kept the GUI thread waiting 220–420 ms while a 1 MB policy
    # was analysed (measured); at 1 ms the longest wait is ~70–130 ms.
    sys.setswitchinterval(0.001)
    register_bundled_fonts()
    app.setFont(ui_font(app.font()))
    return app


def create_main_window(
    *, language: str = "en", import_samples: bool = True, store: Store | None = None
) -> MainWindow:
    """The main window on the user's library (or the given store). Raises PolicyLensError."""
    from policylens.store import open_store
    from policylens.ui.shell.main_window import MainWindow

    if store is None:
        store = open_store()
    return MainWindow(store, language=language, import_samples=import_samples)


def choose_library() -> str:
    """Which library the window opens: `--library` / POLICYLENS_LIBRARY, else the Settings'
    choice, else "" (the data folder's). Written into the variable, so every layer agrees."""
    from policylens.paths import LIBRARY_ENV
    from policylens.ui.infra import settings as prefs

    chosen = os.environ.get(LIBRARY_ENV, "").strip()
    if not chosen:
        chosen = prefs.library_location(prefs.app_settings())
        if chosen:
            os.environ[LIBRARY_ENV] = chosen
    return chosen


def offer_local_library(message: str) -> bool:
    """The team library cannot be opened: say why, and offer this computer's library."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "PolicyLens", message)
    box.setObjectName("teamLibraryUnavailable")
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "You can work in this computer's own library meanwhile, or quit."
        )
    )
    local = box.addButton(
        QCoreApplication.translate("App", "Open the &Local Library"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(local)
    box.exec()
    return box.clickedButton() is local


def run_gui(args: argparse.Namespace) -> int:
    from policylens.ui.infra.errors import install_excepthook, setup_logging, show_error

    setup_logging()
    app = create_application()
    install_excepthook()
    from policylens.ui.infra.i18n import apply_language

    # Decided once, before any window exists: widgets take the layout direction they are born with.
    language = apply_language(app, ui_language(getattr(args, "lang", None)))
    library = choose_library()
    import_samples = not getattr(args, "no_samples", False)
    try:
        window = create_main_window(language=language, import_samples=import_samples)
    except PolicyLensError as error:
        if not library.lower().startswith(("postgresql://", "postgres://")):
            show_error(
                None, QCoreApplication.translate("App", "PolicyLens cannot start"), str(error)
            )
            return 2
        if not offer_local_library(str(error)):
            return 2
        from policylens.paths import LIBRARY_ENV

        os.environ.pop(LIBRARY_ENV, None)
        try:
            window = create_main_window(language=language, import_samples=import_samples)
        except PolicyLensError as local_error:
            show_error(
                None, QCoreApplication.translate("App", "PolicyLens cannot start"), str(local_error)
            )
            return 2
    window.show()
    window.start(list(getattr(args, "files", []) or []))
    # The collector was off while the window was built (cli/entry.py). What was made meanwhile
    # lives as long as the window: out of the collector's sight (as work.prepare_analysis does
    # later), rather than walked by its first collections, all at once.
    gc.freeze()
    gc.enable()
    if os.environ.get(BENCH_HOOK_ENV):
        _exit_when_ready(app, window)
    code = app.exec()
    window.store.close()
    return int(code)


def run_compare_gui(a: Document, b: Document, *, mode: str | None, lang: str | None) -> int:
    """The compare window on its own. A and B are resolved by the CLI before any window
    exists, so a bad file or an unknown library id is reported like every other error."""
    from policylens.core.taxonomy import load_taxonomy
    from policylens.ui.features.compare.library import annotations_of, open_store_quietly
    from policylens.ui.features.compare.window import CompareWindow
    from policylens.ui.infra.errors import install_excepthook, setup_logging
    from policylens.ui.infra.i18n import apply_language
    from policylens.ui.infra.workers import TaskRunner

    setup_logging()
    app = create_application()
    # The same interface language as the main window: --lang, the setting, the system's.
    language = apply_language(app, ui_language(lang))
    install_excepthook()
    store = open_store_quietly()
    try:
        categories = load_taxonomy().categories
        runner = TaskRunner(app)
        window = CompareWindow(
            runner,
            {c.id: c.color for c in categories},
            {c.id: c.name(language) for c in categories},
        )
        window.compare(a, b, annotations_a=annotations_of(store, a.sha256), mode=mode)
        window.show()
        code = app.exec()
        runner.cancel_all()
        runner.wait(5000)
        return int(code)
    finally:
        if store is not None:
            store.close()


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    timer = QTimer(app)
    timer.setInterval(0)

    def check() -> None:
        if window.importing():  # first run: samples going in
            timer.setInterval(5)
            return
        timer.stop()
        print(BENCH_READY_MARKER, flush=True)
        window.close()
        app.quit()

    timer.timeout.connect(check)
    timer.start()
