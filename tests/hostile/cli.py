"""Running the real CLI in a subprocess, as a user (or an attacker) would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    tmp_path: Path, *args: str, timeout: float = 120, data_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "POLICYLENS_DATA_DIR": str(data_dir or tmp_path / "data"),
        "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str]) -> None:
    """A refusal a person can read: exit 2, one message, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("policylens: "), result.stderr
