"""Every test gets its own data and config folders: nothing touches the real user dirs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(data))
    monkeypatch.setenv("POLICYLENS_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # No analysis processes unless a test asks for them (each window would start its own).
    monkeypatch.setenv("POLICYLENS_ANALYSIS_PROCESSES", "0")
    yield tmp_path


@pytest.fixture
def samples() -> dict[str, Path]:
    """The five bundled samples by short name."""
    names = {"000": "fa1", "001": "en", "002": "fa2", "003": "sv", "004": "kk"}
    return {names[p.name[:3]]: p for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throw-away PostgreSQL server for the whole run (tests/pg_server.py); skips with the
    reason where none can be started."""
    from tests.pg_server import PgServer

    server = PgServer.start()
    if isinstance(server, str):
        pytest.skip(f"no PostgreSQL server for the team-library tests: {server}")
    yield server
    server.remove()


@pytest.fixture
def team_url(
    pg_server: object, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> str:
    """A new team library (its own database) on the test server, created by its owner; the
    superuser's URL. Passwords come from the server's .pgpass (PGPASSFILE)."""
    import re

    from policylens.store.pg.admin import init_team
    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    monkeypatch.setenv("PGPASSFILE", str(pg_server.passfile))
    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + "_" + os.urandom(3).hex()
    url = pg_server.create_database(name)
    init_team(url)
    return url
