"""A file opened in the window is indexed for search after it is shown, not before; what a
crash left unindexed is indexed at the next start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policylens.core.document import Document
from policylens.store import open_store
from policylens.store import search as search_index

TEXT = "Retention\nWe keep server logs for thirteen months.\n"


def pending(window: Any) -> int:
    return int(window.store.db.conn.execute("select count(*) from search_pending").fetchone()[0])


def indexed_hits(window: Any, word: str) -> list[str]:
    """What the FTS index itself has (the store's own search would index what is pending)."""
    return [hit.document for hit in search_index.search(window.store.db.conn, word)]


def test_an_opened_file_is_indexed_for_search_once_it_is_shown(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: pending(main_window) == 0, timeout=10000)  # the samples
    policy = tmp_path / "logs.txt"
    policy.write_text(TEXT, encoding="utf-8")
    with qtbot.waitSignal(main_window.session.analysis_applied, timeout=20000):
        main_window.open_path(str(policy))
    qtbot.waitUntil(lambda: pending(main_window) == 0, timeout=10000)
    sha = main_window.session.sha
    assert indexed_hits(main_window, "thirteen") == [sha]
    found = main_window.store_jobs.read(lambda store: store.search("thirteen"))
    assert [hit.document for hit in found] == [sha]


def test_a_document_a_crash_left_unindexed_is_indexed_at_the_next_start(
    qtbot: Any, errors_shown: list[tuple[str, str]]
) -> None:
    from policylens.ui.app import create_application
    from policylens.ui.shell.main_window import MainWindow

    store = open_store()  # the user's library, as the window opens it
    document = Document.from_text(TEXT, title="Logs", format="txt")
    store.documents.add(document, index=False)  # stored, then the window went
    store.close()

    create_application()
    window = MainWindow(language="en", import_samples=False)
    qtbot.addWidget(window)
    window.show()
    window.start([])
    try:
        qtbot.waitUntil(lambda: pending(window) == 0, timeout=10000)
        assert indexed_hits(window, "thirteen") == [document.sha256]
    finally:
        window.runner.cancel_all()
        window.runner.wait(10000)
        window.store.close()
    assert errors_shown == []
