"""`make bench`'s own plumbing: sections measured in processes of their own, start-ups timed
in interleaved pairs (the bench is a report, never a timed test: nothing here times anything)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.bench._child import READY_MARKER
from tests.bench.run import ROWS_MARKER, rows_from_output
from tests.bench.startup import interleaved


def test_a_sections_rows_are_read_from_its_process_output() -> None:
    rows = [{"work": "start-up", "figure": 0.4, "unit": "s"}]
    output = f"some warning\n{ROWS_MARKER}{json.dumps(rows)}\n"
    assert rows_from_output(output) == rows
    assert rows_from_output("Traceback …\nError\n") is None  # a crashed section says so


def test_bare_and_app_starts_alternate_in_pairs(tmp_path: Path) -> None:
    """Each pair's two starts run side by side, the first of a pair alternating, after one
    untimed start of each: a load that changes during the run weighs on both sides alike."""
    log = tmp_path / "order.txt"

    def command(name: str) -> list[str]:
        program = (
            f"open({str(log)!r}, 'a').write({name!r} + ' '); print({READY_MARKER!r}, flush=True)"
        )
        return [sys.executable, "-c", program]

    bare_runs, app_runs = interleaved((command("b"), {}), (command("a"), {}), runs=2)
    assert log.read_text().split() == ["b", "a", "b", "a", "a", "b"]
    assert len(bare_runs) == len(app_runs) == 2
    assert all(wall > 0 and cpu >= 0 for wall, cpu in bare_runs + app_runs)
