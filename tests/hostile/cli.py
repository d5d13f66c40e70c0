"""Running the real CLI in a subprocess, as a user (or an attacker) would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    tmp_path: Path,
    *args: str,
    timeout: float = 120,
    data_dir: Path | None = None,
    prefix: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "POLICYLENS_DATA_DIR": str(data_dir or tmp_path / "data"),
        "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [*prefix, sys.executable, "-m", "policylens", *args],
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
    assert result.stderr.strip().splitlines()[-1].startswith("policylens: "), result.stderr


def as_ordinary_user() -> tuple[str, ...]:
    """A command prefix under which file permissions hold: root ignores 444 and 555 unless it
    drops the capabilities that override them (setpriv, util-linux)."""
    import shutil

    import pytest

    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    dropped = "-dac_override,-dac_read_search,-fowner,-linux_immutable"
    return (setpriv, f"--bounding-set={dropped}", f"--inh-caps={dropped}")


def peak_rss_kb(tmp_path: Path, *args: str, expect: int = 0) -> int:
    """The peak memory of one CLI run, measured by a parent that runs nothing else."""
    return _probed_run(tmp_path, args, expect=expect, timeout=300)[2]


def measured_run(tmp_path: Path, *args: str, timeout: float = 600) -> tuple[str, float, int]:
    """(stdout, CPU seconds, peak RSS in MB) of one CLI run that must succeed, measured by a
    parent that runs nothing else (CPU time, not wall: the machine is shared)."""
    stdout, cpu, peak_kb = _probed_run(tmp_path, args, expect=0, timeout=timeout)
    return stdout, cpu, peak_kb // 1024


def _probed_run(
    tmp_path: Path, args: tuple[str, ...], *, expect: int, timeout: float
) -> tuple[str, float, int]:
    """(stdout, CPU seconds, peak RSS in KB) of one CLI run ending with `expect`, as its
    parent's getrusage of its children sees them (the parent itself runs nothing else)."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        f"assert done.returncode == {expect}, done.stderr\n"
        "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(use.ru_utime + use.ru_stime, use.ru_maxrss)\n"
        "print(done.stdout, end='')\n"
    )
    env_args = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    result = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "policylens", *env_args, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    first, _, stdout = result.stdout.partition("\n")
    cpu, peak_kb = first.split()
    return stdout, float(cpu), int(peak_kb)
