"""Analysis throughput: `analyze` on a 1 MB Persian and a 1 MB English text (samples repeated).

Budget (DESIGN.md): ≥ 2 MB/s. Measured as the best of a few runs after a warm-up (the
lexicons are compiled once per process; that start-up cost is reported separately).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from policylens.core.analysis import analyze
from policylens.core.document import Document

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
TARGET_CHARS = 1_000_000
BUDGET_MB_S = 2.0
RUNS = 3


def _megabyte_document(names: list[str], title: str) -> Document:
    base = "\n\n".join((SAMPLES / name).read_text(encoding="utf-8") for name in names)
    copies = TARGET_CHARS // len(base) + 1
    text = "\n\n".join([base] * copies)[:TARGET_CHARS]
    return Document.from_text(text, title=title, format="txt")


def _throughput(document: Document) -> tuple[float, int]:
    """(MB/s of UTF-8 text, clause count), best of RUNS."""
    size_mb = len(document.text.encode("utf-8")) / 1_000_000
    best = float("inf")
    clauses = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        clauses = len(analyze(document))
        best = min(best, time.perf_counter() - started)
    return size_mb / best, clauses


def bench_analysis() -> dict[str, Any]:
    started = time.perf_counter()
    analyze(Document.from_text("We collect data.", title="warm-up", format="txt"))
    warm_up = time.perf_counter() - started
    rows: list[dict[str, Any]] = []
    for label, names in (
        ("Persian", ["000_fdf60dbe90fb21c6.txt", "002_4f6c25957579f7d5.txt"]),
        ("English", ["001_ac4457cc92e3732f.txt"]),
    ):
        document = _megabyte_document(names, f"1 MB {label}")
        speed, clauses = _throughput(document)
        rows.append(
            {
                "work": f"analyse 1 MB {label}",
                "figure": round(speed, 2),
                "unit": "MB/s",
                "baseline": None,
                "baseline_label": "",
                "ratio": None,
                "budget": f">= {BUDGET_MB_S} MB/s",
                "ok": speed >= BUDGET_MB_S,
                "note": f"{clauses} clauses",
            }
        )
    rows.append(
        {
            "work": "first analysis in a process (compiles the lexicons)",
            "figure": round(warm_up, 3),
            "unit": "s",
            "budget": "",
            "ok": None,
            "note": "",
        }
    )
    return {"rows": rows}


if __name__ == "__main__":
    for row in bench_analysis()["rows"]:
        print(row)
