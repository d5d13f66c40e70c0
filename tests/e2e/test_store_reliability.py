"""The library survives what real machines do: kill -9 mid-write, two instances, junk files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.core.errors import StoreError
from policylens.store import open_store

WRITER = """
import sys
from pathlib import Path
from policylens.core.document import Document
from policylens.store import open_store

store = open_store(Path(sys.argv[1]))
document = Document.from_text("کلمه " * 400, title="t", format="txt")
store.documents.add(document)
print("ready", flush=True)
i = 0
while True:
    added = store.annotations.add(document.sha256, i % 1900, i % 1900 + 5, "other", annotator="w")
    print(added.id, flush=True)  # only after the commit returned
    i += 1
"""

HOLDER = """
import sys
from pathlib import Path
from policylens.core.document import Document
from policylens.store import open_store

store = open_store(Path(sys.argv[1]))
store.documents.add(Document.from_text("held text", title="held", format="txt"))
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def test_sigkill_in_a_burst_of_writes_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    committed: list[int] = []
    while len(committed) < 300:
        committed.append(int(writer.stdout.readline()))
    os.kill(writer.pid, signal.SIGKILL)
    rest = writer.stdout.read()
    writer.wait()
    committed += [int(line) for line in rest.split() if line.strip().isdigit()]

    store = open_store(path)
    assert store.integrity_ok()
    stored = {a.id for a in store.annotations.all()}
    assert set(committed) <= stored
    assert len(store.annotations.history()) >= len(committed)
    assert not store.read_only  # the dead writer's lock went with it


def test_a_second_instance_gets_read_only_access_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "policylens.sqlite3"  # the default store of --data-dir, so the CLI shares it
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "ready"
        second = open_store(path)
        assert second.read_only
        assert str(holder.pid) in second.read_only_reason
        assert [d.title for d in second.documents.all()] == ["held"]  # reading works
        sha = second.documents.all()[0].sha256
        with pytest.raises(StoreError, match="read-only"):
            second.annotations.add(sha, 0, 4, "other", annotator="me")
        second.close()

        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "policylens",
                "--data-dir",
                str(data),
                "annotations",
                "add",
                sha[:10],
                "0",
                "4",
                "other",
                "--annotator",
                "me",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert cli.returncode == 2
        assert "read-only" in cli.stderr and str(holder.pid) in cli.stderr
        assert "Traceback" not in cli.stderr
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    again = open_store(path)
    assert not again.read_only
    assert again.annotations.add(sha, 0, 4, "other", annotator="me").quote == "held"
    assert again.integrity_ok()
