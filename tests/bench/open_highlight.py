"""Open + analyse + highlight a 1 MB Persian policy in the main window; how long the GUI froze.

Sample 000 repeated to 1 MB (UTF-8) in a tmp folder. A child process (offscreen Qt, isolated
data dirs) shows the real main window, starts a 10 ms heartbeat timer, opens the file the way
the File ▸ Open action does, and waits until the reader shows the document with its clause
highlights. The longest gap between two heartbeats is the longest freeze a user would feel;
file size / time to highlighted is the end-to-end throughput.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench._child import PYTHON, READY_MARKER, ChildFailed, isolated_env, run_until_ready

TARGET_BYTES = 1_000_000
HEARTBEAT_MS = 10
FREEZE_BUDGET_MS = 100.0
THROUGHPUT_BUDGET_MB_S = 2.0
GIVE_UP_S = 90.0
SAMPLE = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"


def make_policy(folder: Path, target_bytes: int = TARGET_BYTES) -> Path:
    source = sorted(SAMPLE.glob("000_*.txt"))[0].read_text(encoding="utf-8").strip()
    copies = target_bytes // len(source.encode("utf-8")) + 1
    path = folder / "policy-1mb-fa.txt"
    path.write_text("\n\n".join([source] * copies) + "\n", encoding="utf-8")
    return path


# --- the child: runs inside the GUI process -------------------------------------------------

OPEN_METHODS = ("open_path", "open_file", "open_document", "load_path", "open_paths", "open_files")


def _report(result: dict[str, Any]) -> None:
    print(READY_MARKER, json.dumps(result), flush=True)


def _child(policy: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    try:
        from policylens.ui import main_window
    except ImportError as missing:
        _report({"available": False, "reason": f"no main window yet ({missing})"})
        return 0
    window_class = getattr(main_window, "MainWindow", None)
    if window_class is None:
        _report({"available": False, "reason": "policylens.ui.main_window has no MainWindow"})
        return 0
    window = window_class()
    window.resize(1200, 800)
    window.show()
    opener = next((getattr(window, n) for n in OPEN_METHODS if hasattr(window, n)), None)
    if opener is None:
        _report({"available": False, "reason": f"MainWindow has none of {OPEN_METHODS}"})
        return 0
    expected_chars = len(policy.read_text(encoding="utf-8"))

    gaps: list[float] = []
    last_beat = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last_beat[0])
        last_beat[0] = now

    def highlighted() -> bool:
        reader = getattr(window, "reader", None)
        document = getattr(reader, "document_model", None)
        if document is None or len(document.text) != expected_chars:
            return False
        return getattr(reader, "layer", None) is not None

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    started = [0.0]

    def start() -> None:
        last_beat[0] = started[0] = time.perf_counter()
        heartbeat.start()
        argument: Any = [str(policy)] if opener.__name__.endswith("s") else str(policy)
        opener(argument)

    def check() -> None:
        elapsed = time.perf_counter() - started[0]
        if highlighted() or elapsed > GIVE_UP_S:
            heartbeat.stop()
            beat()
            _report(
                {
                    "available": True,
                    "done": highlighted(),
                    "seconds": elapsed,
                    "max_gap_ms": max(gaps) * 1000,
                    "beats": len(gaps),
                    "chars": expected_chars,
                }
            )
            app.quit()

    # Let the window settle (shown, library loaded) before the clock starts.
    QTimer.singleShot(500, start)
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: started[0] and check())
    poll.start()
    return app.exec()


# --- the parent: what `make bench` calls ----------------------------------------------------


def bench_open_highlight() -> dict[str, Any]:
    work_freeze = "open 1 MB policy: longest GUI freeze"
    work_speed = "open + analyse + highlight 1 MB"
    with tempfile.TemporaryDirectory(prefix="policylens-bench-open-") as tmp:
        home = Path(tmp)
        policy = make_policy(home)
        megabytes = policy.stat().st_size / 1_000_000
        command = [PYTHON, "-m", "tests.bench.open_highlight", "--child", str(policy)]
        try:
            run = run_until_ready(command, isolated_env(home))
        except ChildFailed as failure:
            return {"rows": [{"work": work_speed, "note": f"failed: {failure}"}]}
    result = json.loads(run.ready_line.removeprefix(READY_MARKER))
    if not result["available"]:
        return {"rows": [{"work": work_speed, "note": f"not available yet: {result['reason']}"}]}
    if not result["done"]:
        note = f"not highlighted after {GIVE_UP_S:g} s"
        return {"rows": [{"work": work_speed, "note": note, "ok": False}]}
    throughput = megabytes / result["seconds"]
    return {
        "rows": [
            {
                "work": work_speed,
                "figure": throughput,
                "unit": "MB/s",
                "budget": f"≥ {THROUGHPUT_BUDGET_MB_S:g} MB/s",
                "ok": throughput >= THROUGHPUT_BUDGET_MB_S,
                "seconds": result["seconds"],
                "megabytes": megabytes,
            },
            {
                "work": work_freeze,
                "figure": result["max_gap_ms"] / 1000,
                "unit": "s",
                "baseline": HEARTBEAT_MS / 1000,
                "baseline_label": "heartbeat",
                "ratio": result["max_gap_ms"] / HEARTBEAT_MS,
                "budget": f"≤ {FREEZE_BUDGET_MS:g} ms",
                "ok": result["max_gap_ms"] <= FREEZE_BUDGET_MS,
                "beats": result["beats"],
            },
        ]
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        raise SystemExit(_child(Path(sys.argv[2])))
    print(bench_open_highlight())
