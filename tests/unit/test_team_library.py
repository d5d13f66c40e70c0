"""The team library's own rules, enforced by the server: each person in their own lane.

The attacks use raw psycopg connections with another annotator's credentials, not PolicyLens:
the database itself must refuse, whatever a client does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from tests.pg_server import PgServer

from policylens.core.document import Document
from policylens.core.errors import ConflictError, StoreError
from policylens.store import Store, open_store
from policylens.store.pg.admin import add_annotator

TEXT = "ما اطلاعات شما را جمع‌آوری می‌کنیم.\nWe share data with Google Analytics.\nپایان"


def _as(pg_server: PgServer, url: str, role: str) -> str:
    """The URL of the same library for `role` (its password is in the .pgpass file)."""
    database = url.rsplit("/", 1)[1]
    return pg_server.url(database, role)


@pytest.fixture
def team(pg_server: PgServer, team_url: str) -> Iterator[dict[str, Any]]:
    """A library with annotators sara and reza, reviewer mina, and sara's one annotation."""
    for name, reviewer in (("sara", False), ("reza", False), ("mina", True)):
        password = f"secret-{name}"
        add_annotator(team_url, name, password=password, reviewer=reviewer)
        pg_server.add_password(name, password)
    admin = open_store(team_url)
    document = Document.from_text(TEXT, title="نمونه", format="txt")
    admin.documents.add(document)
    stores = {name: open_store(_as(pg_server, team_url, name)) for name in ("sara", "reza", "mina")}
    start = TEXT.index("Google")
    label = stores["sara"].annotations.add(
        document.sha256, start, start + 6, "third_party_sharing_collection", annotator="sara"
    )
    yield {"url": team_url, "doc": document, "label": label, "admin": admin, **stores}
    for store in (admin, *stores.values()):
        store.close()


def test_each_person_is_the_annotator_their_role_says(team: dict[str, Any]) -> None:
    assert team["sara"].identity == "sara"
    assert team["mina"].identity == "mina"
    assert team["admin"].identity is None  # the owner labels as whoever they choose


def test_another_annotators_raw_connection_cannot_change_or_forge_labels(
    pg_server: PgServer, team: dict[str, Any]
) -> None:
    label = team["label"]
    with psycopg.connect(_as(pg_server, team["url"], "reza"), autocommit=True) as reza:
        # Reading is allowed: agreement needs everyone's labels.
        assert reza.execute("select count(*) from annotations").fetchone() == (1,)
        changed = reza.execute(
            "update annotations set category = 'other', note = 'mine now' where id = %s",
            [label.id],
        )
        assert changed.rowcount == 0
        assert reza.execute("delete from annotations where id = %s", [label.id]).rowcount == 0
        sara_id = reza.execute("select id from annotators where name = 'sara'").fetchone()
        assert sara_id is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            reza.execute(
                'insert into annotations (document, start, "end", quote, category, annotator,'
                " created, updated) values (%s, 0, 2, 'ما', 'other', %s, 'now', 'now')",
                [label.document, sara_id[0]],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reza.execute(
                "insert into history (annotation, annotator, at, action) values"
                " (%s, %s, 'now', 'delete')",
                [label.id, sara_id[0]],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reza.execute("delete from history")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reza.execute("update annotators set name = 'reza' where name = 'sara'")
    assert team["admin"].annotations.get(label.id) == label


def test_through_policylens_the_refusal_is_a_clear_message(team: dict[str, Any]) -> None:
    label = team["label"]
    with pytest.raises(StoreError, match="sara's, and only they"):
        team["reza"].annotations.update(label.id, note="x")
    with pytest.raises(StoreError, match="only their own"):
        team["reza"].annotations.add(label.document, 0, 2, "other", annotator="sara")
    assert team["sara"].annotations.get(label.id) == label


def test_a_reviewer_adjudicates_anyones_label_and_the_history_says_who(
    team: dict[str, Any],
) -> None:
    label = team["label"]
    changed = team["mina"].annotations.update(label.id, state="rejected", status="concern")
    assert changed.state == "rejected" and changed.annotator == "sara"
    last = team["admin"].annotations.history(label.id)[-1]
    assert last.action == "update" and last.annotator == "mina"


def test_history_is_append_only_even_for_the_owner(team: dict[str, Any]) -> None:
    with psycopg.connect(team["url"], autocommit=True) as owner:
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            owner.execute("delete from history")
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            owner.execute("update history set action = 'create'")


def test_two_people_changing_one_label_get_a_conflict_not_an_overwrite(
    team: dict[str, Any],
) -> None:
    seen = team["label"]  # what sara's window shows
    team["mina"].annotations.update(seen.id, status="concern")  # the reviewer, meanwhile
    with pytest.raises(ConflictError, match="changed by mina"):
        team["sara"].annotations.update(seen.id, expected=seen, note="my note")
    with pytest.raises(ConflictError):
        team["sara"].annotations.delete(seen.id, expected=seen)
    now = team["sara"].annotations.get(seen.id)
    assert now is not None and now.status == "concern" and now.note == ""
    assert team["sara"].annotations.update(seen.id, expected=now, note="ok").note == "ok"


def test_a_library_from_a_newer_policylens_is_refused(team_url: str) -> None:
    with psycopg.connect(team_url, autocommit=True) as owner:
        owner.execute("update policylens_schema set version = 99")
    with pytest.raises(StoreError, match="newer PolicyLens"):
        open_store(team_url)


def test_an_empty_database_says_how_to_create_the_library(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(pg_server.passfile))
    url = pg_server.create_database("empty_" + pg_server.password[:6])
    with pytest.raises(StoreError, match="library init-team"):
        open_store(url)


def test_an_unreachable_server_is_a_clear_message() -> None:
    with pytest.raises(StoreError, match="cannot be reached"):
        open_store("postgresql://nobody@127.0.0.1:9/nothing")


def test_the_location_picks_the_library(tmp_path: Any, team_url: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("POLICYLENS_LIBRARY", team_url)
    team: Store = open_store()
    assert team.location.startswith("postgresql://") and team.watch(lambda change: None)
    team.close()
    monkeypatch.setenv("POLICYLENS_LIBRARY", str(tmp_path / "mine.sqlite3"))
    local = open_store()
    assert local.location.endswith("mine.sqlite3") and local.watch(lambda change: None) is None
    local.close()
    assert (tmp_path / "mine.sqlite3").exists()
