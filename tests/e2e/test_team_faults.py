"""Faults of a team library lose nothing: a server that goes away mid-session, a writer
killed with SIGKILL in the middle of a transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from tests.pg_server import PgServer

from policylens.core.document import Document
from policylens.core.errors import StoreError
from policylens.store import open_store
from policylens.store.pg.admin import init_team

TEXT = "We collect your e-mail address.\nWe keep it for two years.\nما اطلاعات را نگه می‌داریم."


@pytest.fixture
def own_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PgServer]:
    """A server of this test's own: it is stopped and started again."""
    server = PgServer.start()
    if isinstance(server, str):
        pytest.skip(f"no PostgreSQL server: {server}")
    monkeypatch.setenv("PGPASSFILE", str(server.passfile))
    yield server
    server.remove()


def test_a_lost_server_refuses_writes_clearly_and_nothing_confirmed_is_lost(
    own_server: PgServer,
) -> None:
    url = own_server.create_database("faults")
    init_team(url)
    store = open_store(url)
    document = Document.from_text(TEXT, title="t", format="txt")
    store.documents.add(document)
    kept = store.annotations.add(document.sha256, 0, 6, "first_party_collection_use", annotator="a")
    own_server.stop()
    with pytest.raises(StoreError, match=r"connection to the team library .* is lost.*Nothing was"):
        store.annotations.add(document.sha256, 7, 12, "other", annotator="a")
    with pytest.raises(StoreError, match="is lost"):
        store.annotations.for_document(document.sha256)
    own_server.start_again()
    # The pool reconnects by itself: the same store works again, with what was confirmed.
    assert store.annotations.for_document(document.sha256) == [kept]
    again = store.annotations.add(document.sha256, 7, 12, "other", annotator="a")
    assert [a.id for a in store.annotations.for_document(document.sha256)] == [kept.id, again.id]
    store.close()


WRITER = textwrap.dedent(
    """
    import sys, time
    from policylens.store import open_store
    from policylens.store.annotations import NewAnnotation
    store = open_store(sys.argv[1])
    document = sys.argv[2]
    store.annotations.add(document, 0, 6, "other", annotator="w")  # committed
    with store.transaction():
        store.annotations.add_many(
            NewAnnotation(document, 7, 12, "data_retention", "w") for _ in range(50)
        )
        print("inside", flush=True)
        time.sleep(60)  # SIGKILL comes here
    """
)


def test_a_writer_killed_mid_transaction_loses_only_that_transaction(
    pg_server: PgServer, team_url: str
) -> None:
    store = open_store(team_url)
    document = Document.from_text(TEXT, title="t", format="txt")
    store.documents.add(document)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, team_url, document.sha256],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "inside"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(10)
    found = store.annotations.for_document(document.sha256)
    assert [(a.start, a.category) for a in found] == [(0, "other")]
    assert len(store.annotations.history()) == 1
    # The server rolled the transaction back: the library is usable at once.
    store.annotations.add(document.sha256, 7, 12, "data_retention", annotator="w")
    assert store.annotations.count() == 2
    store.close()
