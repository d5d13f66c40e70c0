"""`make model` reproduces the shipped model: the command fits again (in a subprocess, as `make
model-check` does) and its arrays must be the shipped ones to the byte. A corpus clause or a cue
change committed without `make model` after it fails here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_make_model_gives_the_shipped_arrays(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "POLICYLENS_DATA_DIR": str(tmp_path / "data"),
        "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "policylens.core.learn.build_shipped", "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=1200,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "are what `make model` makes" in done.stderr
