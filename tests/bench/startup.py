"""Start-up to an interactive main window with the library, against a bare PySide6 window.

Both are timed from outside, in fresh processes, from spawn to "window shown, event loop
idle" (a zero-timer firing after `show()` means the loop has processed the pending show and
paint events). The app is the real `python -m policylens` with
`POLICYLENS_BENCH_EXIT_WHEN_READY=1`, which makes the GUI print the ready line once the main
window is shown with the library loaded, then quit. Each side gets one warm-up run, untimed,
which also lets the app do its first-start work (importing the samples into the library).

The two are measured the same way and interleaved, a bare start and an app start side by side
(in alternating order), `RUNS` pairs: the ratio is the median of the pairs' ratios, each
pair's two starts within a second or two of each other. Measured in blocks (all bare starts,
then all app starts), a load that changed between the blocks moved the ratio by a third
(2.55x and 3.63x in two runs of one afternoon). The children's CPU time is given beside it.
"""

from __future__ import annotations

import resource
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.bench._child import (
    PYTHON,
    READY_MARKER,
    REPO,
    ChildFailed,
    isolated_env,
    median,
    run_until_ready,
)

RUNS = 7
BUDGET_RATIO = 3.0
BENCH_HOOK_ENV = "POLICYLENS_BENCH_EXIT_WHEN_READY"

BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1000, 700)
window.show()

def ready():
    print("{READY_MARKER}", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def app_has_bench_hook() -> bool:
    """Whether the GUI honours the ready hook (the main window may not have landed yet)."""
    app_source = REPO / "desktop" / "policylens" / "ui" / "app.py"
    return app_source.exists() and BENCH_HOOK_ENV in app_source.read_text(encoding="utf-8")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_start(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to ready, CPU seconds of the whole child process, exit included)."""
    cpu = _children_cpu()
    wall = run_until_ready(command, env).seconds_to_ready
    return wall, _children_cpu() - cpu


def interleaved(
    bare: tuple[list[str], dict[str, str]], app: tuple[list[str], dict[str, str]], runs: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """`runs` (bare, app) pairs of timed starts, the order alternating from pair to pair, after
    one untimed start of each."""
    for command, env in (bare, app):
        run_until_ready(command, env)
    bare_runs: list[tuple[float, float]] = []
    app_runs: list[tuple[float, float]] = []
    for number in range(runs):
        order = ((bare, bare_runs), (app, app_runs))
        for (command, env), into in order if number % 2 == 0 else order[::-1]:
            into.append(timed_start(command, env))
    return bare_runs, app_runs


def bench_startup(runs: int = RUNS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="policylens-bench-startup-") as tmp:
        home = Path(tmp)
        bare = ([PYTHON, "-c", BARE_WINDOW], isolated_env(home / "bare"))
        row: dict[str, Any] = {
            "work": "start-up to main window with library",
            "unit": "s",
            "baseline_label": "bare QMainWindow",
            "budget": f"≤ {BUDGET_RATIO:g}× baseline",
            "runs": runs,
            "measured": (
                f"spawn → main window shown with the library, loop idle; median of {runs} "
                "pairs' ratios, each pair a bare QMainWindow start and an app start in fresh "
                "processes, interleaved; wall time (CPU in the note)"
            ),
        }
        if not app_has_bench_hook():
            row["note"] = f"not available yet (ui/app.py has no {BENCH_HOOK_ENV} hook)"
            return {"rows": [row]}
        app_dir = home / "app"
        command = [
            PYTHON,
            "-m",
            "policylens",
            "--data-dir",
            str(app_dir / "data"),
            "--config-dir",
            str(app_dir / "config"),
        ]
        app = (command, isolated_env(app_dir, **{BENCH_HOOK_ENV: "1"}))
        try:
            bare_runs, app_runs = interleaved(bare, app, runs)
        except ChildFailed as failure:
            row["note"] = f"failed: {failure}"
            return {"rows": [row]}
        ratio = median([a[0] / b[0] for b, a in zip(bare_runs, app_runs, strict=True)])
        cpu_ratio = median([a[1] / b[1] for b, a in zip(bare_runs, app_runs, strict=True)])
        app_cpu = median([a[1] for a in app_runs])
        bare_cpu = median([b[1] for b in bare_runs])
        row.update(
            figure=median([a[0] for a in app_runs]),
            baseline=median([b[0] for b in bare_runs]),
            ratio=ratio,
            ok=ratio <= BUDGET_RATIO,
            note=f"CPU {app_cpu * 1000:.0f} vs {bare_cpu * 1000:.0f} ms: {cpu_ratio:.2f}×",
            figure_runs=[a[0] for a in app_runs],
            baseline_runs=[b[0] for b in bare_runs],
            figure_cpu_runs=[a[1] for a in app_runs],
            baseline_cpu_runs=[b[1] for b in bare_runs],
        )
        return {"rows": [row]}


if __name__ == "__main__":
    print(bench_startup(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS))
