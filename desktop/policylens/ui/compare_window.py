"""`policylens compare A B` (without --json): the compare window on its own.

A and B are resolved before any window exists, so a bad file or an unknown library id is
reported on stderr with exit status 2 by the CLI like every other PolicyLensError.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from policylens.core.document import Document
from policylens.core.errors import PolicyLensError

log = logging.getLogger(__name__)


def annotations_of(store: Any, sha: str) -> list[Any]:
    """The store's annotations of a document; none when the store has no such API (yet)."""
    repository = getattr(store, "annotations", None)
    reader = getattr(repository, "for_document", None)
    if store is None or reader is None:
        return []
    try:
        return list(reader(sha))
    except Exception:  # an old or busy library must not keep the comparison from opening
        log.exception("reading the annotations of %s", sha)
        return []


def _open_store_quietly() -> Any:
    from policylens.store import open_store

    try:
        return open_store()
    except PolicyLensError as error:
        log.warning("comparing without the library: %s", error)
        return None


def run_compare_gui(args: argparse.Namespace) -> int:
    from policylens.cli.commands.compare import resolve_document

    a: Document = resolve_document(args.a)
    b: Document = resolve_document(args.b)

    from policylens.ui.app import create_application, ui_language
    from policylens.ui.categories import load_ui_categories
    from policylens.ui.compare.window import CompareWindow
    from policylens.ui.errors import install_excepthook, setup_logging
    from policylens.ui.workers import TaskRunner

    setup_logging()
    app = create_application()
    from policylens.ui.i18n import apply_language

    # The same interface language as the main window: --lang, the setting, the system's.
    language = apply_language(app, ui_language(getattr(args, "lang", None)))
    install_excepthook()
    store = _open_store_quietly()
    try:
        categories = load_ui_categories(language)
        runner = TaskRunner(app)
        window = CompareWindow(
            runner, {c.id: c.color for c in categories}, {c.id: c.name for c in categories}
        )
        window.compare(
            a, b, annotations_a=annotations_of(store, a.sha256), mode=getattr(args, "mode", None)
        )
        window.show()
        code = app.exec()
        runner.cancel_all()
        runner.wait(5000)
        return int(code)
    finally:
        if store is not None:
            store.close()
