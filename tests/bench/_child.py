"""Running a program in a fresh process the way a user starts it, and timing it from outside.

Every child gets the offscreen Qt platform and its own data/config folders (never the real
user dirs), and reports readiness by printing a line starting with `READY_MARKER`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

READY_MARKER = "POLICYLENS_BENCH_READY"
REPO = Path(__file__).resolve().parent.parent.parent
CHILD_TIMEOUT_S = 120.0


class ChildFailed(RuntimeError):
    """The child exited without reporting readiness; the message carries its stderr tail."""


@dataclass(frozen=True)
class ChildRun:
    seconds_to_ready: float
    ready_line: str
    stdout: str


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    # A user's Python caches bytecode; some machines (this one) set PYTHONDONTWRITEBYTECODE,
    # which makes every timed start recompile our sources (~70 ms) while the bare-window
    # baseline compiles nothing. The untimed warm-up run writes the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        POLICYLENS_DATA_DIR=str(home / "data"),
        POLICYLENS_CONFIG_DIR=str(home / "config"),
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
        XDG_CACHE_HOME=str(home / "xdg-cache"),
        PYTHONPATH=os.pathsep.join([str(REPO / "desktop"), str(REPO)]),
    )
    env.update(extra)
    return env


def run_until_ready(command: Sequence[str], env: dict[str, str]) -> ChildRun:
    """Wall time from spawning `command` to its ready line (interpreter start included)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    # A child that never gets ready (a hang, a modal dialog) must not hang the bench.
    watchdog = threading.Timer(CHILD_TIMEOUT_S, process.kill)
    watchdog.start()
    ready_line = ""
    seen: list[str] = []
    for line in process.stdout:
        seen.append(line)
        if line.startswith(READY_MARKER):
            ready_line = line.strip()
            break
    elapsed = time.perf_counter() - started
    try:
        rest, stderr = process.communicate()
    finally:
        watchdog.cancel()
    seen.append(rest)
    if not ready_line:
        tail = "\n".join(stderr.strip().splitlines()[-6:])
        raise ChildFailed(f"{' '.join(command[:4])}… exited {process.returncode}: {tail}")
    return ChildRun(elapsed, ready_line, "".join(seen))


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


PYTHON = sys.executable
