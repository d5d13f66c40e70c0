"""Progress of long CLI work: a bar on a terminal, JSON lines when asked, else silence.

`--progress=auto` (the default) draws a bar on stderr only when stderr is a terminal;
`--progress=bar` always; `--progress=json` writes one JSON object per step on stderr,
`{"progress": {"task": "export", "done": 40, "total": 100, "percent": 40}}`, the last one
with `"done": total`; `--progress=none` is silent. stdout stays the command's own output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

Progress = Callable[[int, int], None]
_BAR_WIDTH = 30


def add_progress_option(parser: Any) -> None:
    parser.add_argument(
        "--progress",
        choices=("auto", "bar", "json", "none"),
        default="auto",
        help="progress on stderr: a bar on a terminal (auto), always a bar, JSON lines, none",
    )


class Reporter:
    """Call it with (done, total); `close()` ends the bar's line."""

    def __init__(self, task: str, label: str, mode: str) -> None:
        self.task = task
        self.label = label
        self.mode = mode
        self._last = -1
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total > 0 else 0
        if percent == self._last:
            return  # one update per percent: a bar that does not flood a slow terminal
        self._last = percent
        if self.mode == "json":
            step = {"task": self.task, "done": done, "total": total, "percent": percent}
            print(json.dumps({"progress": step}), file=sys.stderr, flush=True)
        else:
            filled = _BAR_WIDTH * percent // 100
            bar = "█" * filled + "·" * (_BAR_WIDTH - filled)
            print(f"\r{self.label} {bar} {percent:3d}%", end="", file=sys.stderr, flush=True)
            self._drawn = True

    def clear(self) -> None:
        """Take the bar off its line before other output goes to the same terminal."""
        if self._drawn:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self._drawn = False
            self._last = -1

    def close(self) -> None:
        if self._drawn:
            print(file=sys.stderr, flush=True)
            self._drawn = False


def reporter(args: argparse.Namespace, task: str, label: str) -> Reporter | None:
    mode = getattr(args, "progress", "auto")
    if mode == "auto":
        mode = "bar" if sys.stderr.isatty() else "none"
    return None if mode == "none" else Reporter(task, label, mode)
