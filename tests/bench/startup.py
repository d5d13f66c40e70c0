"""Start-up to an interactive main window with the library, against a bare PySide6 window.

Both are timed from outside, in fresh processes, from spawn to "window shown, event loop
idle" (a zero-timer firing after `show()` means the loop has processed the pending show and
paint events). The app is the real `python -m policylens` with
`POLICYLENS_BENCH_EXIT_WHEN_READY=1`, which makes the GUI print the ready line once the main
window is shown with the library loaded, then quit. Each side gets one warm-up run, untimed,
which also lets the app do its first-start work (importing the samples into the library).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.bench._child import (
    PYTHON,
    READY_MARKER,
    REPO,
    ChildFailed,
    isolated_env,
    median,
    median_seconds,
)

RUNS = 5
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


def bench_startup(runs: int = RUNS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="policylens-bench-startup-") as tmp:
        home = Path(tmp)
        bare = median_seconds([PYTHON, "-c", BARE_WINDOW], isolated_env(home / "bare"), runs)
        row: dict[str, Any] = {
            "work": "start-up to main window with library",
            "unit": "s",
            "baseline": median(bare),
            "baseline_label": "bare QMainWindow",
            "budget": f"≤ {BUDGET_RATIO:g}× baseline",
            "runs": runs,
            "baseline_runs": bare,
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
        try:
            app = median_seconds(command, isolated_env(app_dir, **{BENCH_HOOK_ENV: "1"}), runs)
        except ChildFailed as failure:
            row["note"] = f"failed: {failure}"
            return {"rows": [row]}
        ratio = median(app) / median(bare)
        row.update(figure=median(app), ratio=ratio, ok=ratio <= BUDGET_RATIO, figure_runs=app)
        return {"rows": [row]}


if __name__ == "__main__":
    print(bench_startup(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS))
