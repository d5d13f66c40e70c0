"""The README's two administrator commands, through the real CLI: `library init-team` creates
the database and the library, `library add-annotator` a person; that person then works in it
with `--library`, their password in a .pgpass file and nowhere else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES
from tests.pg_server import PgServer


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def test_an_administrator_creates_the_library_and_a_person_labels_in_it(
    pg_server: PgServer, tmp_path: Path
) -> None:
    env = {"PGPASSFILE": str(pg_server.passfile)}
    url = pg_server.url("team_readme")  # no such database yet
    created = _cli("library", "init-team", url, env=env)
    assert created.returncode == 0, created.stderr
    assert "Created a PolicyLens team library" in created.stdout
    again = _cli("library", "init-team", url, env=env)
    assert "nothing to do" in again.stdout

    no_password = _cli("library", "add-annotator", url, "sara", env=env)
    assert no_password.returncode == 2 and "POLICYLENS_NEW_PASSWORD" in no_password.stderr
    added = _cli(
        "library", "add-annotator", url, "sara", env={**env, "POLICYLENS_NEW_PASSWORD": "s3cret"}
    )
    assert added.returncode == 0, added.stderr
    assert "Added sara as annotator" in added.stdout

    sara = pg_server.url("team_readme", "sara")
    refused = _cli("--library", sara, "annotations", "list", "x", env=env)
    assert refused.returncode == 2 and "password" in refused.stderr  # not in .pgpass yet
    pg_server.add_password("sara", "s3cret")
    sample = sorted(SAMPLES.glob("*.txt"))[2]
    imported = _cli(
        "--library", url, "annotations", "import", str(_jsonl(sample, tmp_path)), env=env
    )
    assert imported.returncode == 0, imported.stderr
    label = _cli(
        "--library", sara, "annotations", "add", str(sample), "0", "7", "other",
        "--annotator", "sara", "--json", env=env,
    )  # fmt: skip
    assert label.returncode == 0, label.stderr
    forged = _cli(
        "--library", sara, "annotations", "add", str(sample), "0", "7", "other",
        "--annotator", "reza", env=env,
    )  # fmt: skip
    assert forged.returncode == 2 and "only their own" in forged.stderr
    listed = _cli("--library", sara, "annotations", "list", str(sample), "--json", env=env)
    assert '"annotator": "sara"' in listed.stdout and "reza" not in listed.stdout


def _jsonl(sample: Path, folder: Path) -> Path:
    """The sample as a JSONL line without labels (how a library gets a document headlessly)."""
    import json

    from policylens.core.loaders import load_document

    document = load_document(sample)
    line = {"text": document.text, "title": document.title, "format": "txt", "label": []}
    path = folder / "doc.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
