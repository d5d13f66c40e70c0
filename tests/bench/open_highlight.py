"""Open + analyse + highlight a 1 MB Persian policy in the main window; how long the GUI froze.

Sample 000 repeated to 1 MB (UTF-8) in a tmp folder. A child process (offscreen Qt, isolated
data dirs) shows the real main window, starts a 10 ms heartbeat timer, opens the file the way
the File ▸ Open action does, and waits until the reader shows the document with its clause
highlights (every block's, when they are written in slices). The longest gap between two
heartbeats is the longest freeze a user would feel; file size / time to highlighted is the
end-to-end throughput.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench._child import (
    PYTHON,
    READY_MARKER,
    ChildFailed,
    isolated_env,
    median,
    run_until_ready,
)

TARGET_BYTES = 1_000_000
HEARTBEAT_MS = 10
FREEZE_BUDGET_MS = 100.0
THROUGHPUT_BUDGET_MB_S = 2.0
GIVE_UP_S = 60.0
RUNS = 3
SAMPLE = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"


def make_policy(folder: Path, target_bytes: int = TARGET_BYTES) -> Path:
    source = sorted(SAMPLE.glob("000_*.txt"))[0].read_text(encoding="utf-8").strip()
    copies = target_bytes // len(source.encode("utf-8")) + 1
    path = folder / "policy-1mb-fa.txt"
    path.write_text("\n\n".join([source] * copies) + "\n", encoding="utf-8")
    return path


# --- the child: runs inside the GUI process -------------------------------------------------


def _report(result: dict[str, Any]) -> None:
    print(READY_MARKER, json.dumps(result), flush=True)


def _child(policy: Path) -> int:
    """Main window on an empty library; File ▸ Open of the policy; wait for its highlights."""
    try:
        from policylens.store import open_store
        from policylens.ui.app import create_application
        from policylens.ui.shell.main_window import MainWindow
    except ImportError as missing:
        _report({"available": False, "reason": f"no main window yet ({missing})"})
        return 0
    from PySide6.QtCore import QTimer

    app = create_application()
    window = MainWindow(open_store(), import_samples=False)
    for needed in ("import_files", "session"):
        if not hasattr(window, needed):
            _report({"available": False, "reason": f"MainWindow has no {needed}"})
            return 0
    window.resize(1200, 800)
    window.show()
    window.start([])

    gaps: list[float] = []
    gap_phases: list[str] = []
    clock = {"last": 0.0, "started": 0.0}
    # Which step froze the GUI: phases before→after a gap ("importing→analysing" is showing
    # the document in the reader, "analysing→highlighting" is applying the clauses).
    phase = ["importing"]
    phase_at_last_beat = ["importing"]
    window.session.document_shown.connect(lambda _sha: phase.__setitem__(0, "analysing"))

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - clock["last"])
        before = phase_at_last_beat[0]
        gap_phases.append(before if before == phase[0] else f"{before}→{phase[0]}")
        phase_at_last_beat[0] = phase[0]
        clock["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)

    def finish(done: bool) -> None:
        elapsed = time.perf_counter() - clock["started"]
        heartbeat.stop()
        beat()
        _report(
            {
                "available": True,
                "done": done,
                "seconds": elapsed,
                "max_gap_ms": max(gaps) * 1000,
                "max_gap_phase": gap_phases[gaps.index(max(gaps))],
                "beats": len(gaps),
            }
        )
        app.quit()

    def start() -> None:
        clock["last"] = clock["started"] = time.perf_counter()
        heartbeat.start()
        window.import_files([str(policy)])  # what File ▸ Open does with the chosen file

    def highlighted() -> None:
        QTimer.singleShot(0, lambda: finish(True))  # the first beat after highlighting

    def applied(_sha: str) -> None:
        phase[0] = "highlighting"
        # The highlights may be written in slices after the analysis is applied: the open is
        # done when the last block is.
        highlighter = window.reader.highlighter
        busy = getattr(highlighter, "busy", None)
        if busy is not None and busy():
            highlighter.finished.connect(highlighted)
        else:
            highlighted()

    window.session.analysis_applied.connect(applied)
    QTimer.singleShot(int(GIVE_UP_S * 1000), lambda: finish(False))
    # Let the window settle (shown, library listed, fonts loaded) before the clock starts.
    QTimer.singleShot(300, start)
    return app.exec()


# --- the parent: what `make bench` calls ----------------------------------------------------


def bench_open_highlight(runs: int = RUNS) -> dict[str, Any]:
    """Median of `runs` fresh processes (a first one warms the disk cache, untimed)."""
    work_freeze = "open 1 MB policy: longest GUI freeze"
    work_speed = "open + analyse + highlight 1 MB"
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="policylens-bench-open-") as tmp:
        home = Path(tmp)
        policy = make_policy(home)
        megabytes = policy.stat().st_size / 1_000_000
        command = [PYTHON, "-m", "tests.bench.open_highlight", "--child", str(policy)]
        for number in range(runs + 1):
            try:
                run = run_until_ready(command, isolated_env(home / f"run{number}"))
            except ChildFailed as failure:
                return {"rows": [{"work": work_speed, "note": f"failed: {failure}"}]}
            result = json.loads(run.ready_line.removeprefix(READY_MARKER))
            if not result["available"]:
                note = f"not available yet: {result['reason']}"
                return {"rows": [{"work": work_speed, "note": note}]}
            if not result["done"]:
                note = f"not highlighted after {GIVE_UP_S:g} s"
                return {"rows": [{"work": work_speed, "note": note, "ok": False}]}
            if number > 0:
                results.append(result)
    seconds = median([r["seconds"] for r in results])
    max_gap_ms = median([r["max_gap_ms"] for r in results])
    throughput = megabytes / seconds
    return {
        "rows": [
            {
                "work": work_speed,
                "figure": throughput,
                "unit": "MB/s",
                "budget": f"≥ {THROUGHPUT_BUDGET_MB_S:g} MB/s",
                "ok": throughput >= THROUGHPUT_BUDGET_MB_S,
                "megabytes": megabytes,
                "seconds_runs": [r["seconds"] for r in results],
            },
            {
                "work": work_freeze,
                "figure": max_gap_ms / 1000,
                "unit": "s",
                "baseline": HEARTBEAT_MS / 1000,
                "baseline_label": "heartbeat",
                "ratio": max_gap_ms / HEARTBEAT_MS,
                "budget": f"≤ {FREEZE_BUDGET_MS:g} ms",
                "ok": max_gap_ms <= FREEZE_BUDGET_MS,
                "max_gap_ms_runs": [r["max_gap_ms"] for r in results],
                "max_gap_phase_runs": [r["max_gap_phase"] for r in results],
            },
        ]
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        raise SystemExit(_child(Path(sys.argv[2])))
    print(bench_open_highlight())
