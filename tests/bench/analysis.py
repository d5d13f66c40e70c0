"""Analysis throughput: `analyze` on a 1 MB Persian and a 1 MB English text (samples repeated).

Budget (DESIGN.md): ≥ 2 MB/s. Measured as the best of a few runs after a warm-up (the
lexicons are compiled once per process; that start-up cost is reported separately), in a
process of its own (`make bench` runs each section so). The CPU time of the best run is given
too: on a shared machine it moves less than the wall time.
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
RUNS = 5


def _megabyte_document(names: list[str], title: str) -> Document:
    base = "\n\n".join((SAMPLES / name).read_text(encoding="utf-8") for name in names)
    copies = TARGET_CHARS // len(base) + 1
    text = "\n\n".join([base] * copies)[:TARGET_CHARS]
    return Document.from_text(text, title=title, format="txt")


def _throughput(document: Document, blenders: list[Any] | None = None) -> tuple[float, float, int]:
    """(MB/s of UTF-8 text by wall time, by CPU time, clause count), best of RUNS."""
    size_mb = len(document.text.encode("utf-8")) / 1_000_000
    best = best_cpu = float("inf")
    clauses = 0
    for _ in range(RUNS):
        started, started_cpu = time.perf_counter(), time.process_time()
        clauses = len(analyze(document, blenders=blenders or []))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    return size_mb / best, size_mb / best_cpu, clauses


def size_of(document: Document) -> float:
    return len(document.text.encode("utf-8")) / 1_000_000


def _model_load() -> dict[str, Any]:
    """The shipped model read from its files (the analysis worker does it once, lazily)."""
    from policylens.core.learn.model_file import read_model
    from policylens.core.learn.shipped import shipped_dir

    folder = shipped_dir()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        read_model(folder)
        times.append(time.perf_counter() - started)
    size = sum(p.stat().st_size for p in folder.iterdir())
    return {
        "work": "load the shipped model (once per process, on the worker)",
        "figure": round(min(times), 3),
        "unit": "s",
        "budget": "<= 150 ms",
        "ok": min(times) <= 0.150,
        "note": f"{size / 1e6:.1f} MB on disk (<= 20 MB)",
    }


def bench_analysis() -> dict[str, Any]:
    from policylens.core.learn.shipped import load_shipped

    started = time.perf_counter()
    analyze(Document.from_text("We collect data.", title="warm-up", format="txt"))
    warm_up = time.perf_counter() - started
    shipped = load_shipped()
    rows: list[dict[str, Any]] = []
    for (label, names), blenders in (
        (("Persian", ["000_fdf60dbe90fb21c6.txt", "002_4f6c25957579f7d5.txt"]), None),
        (("English", ["001_ac4457cc92e3732f.txt"]), None),
        (("Persian", ["000_fdf60dbe90fb21c6.txt", "002_4f6c25957579f7d5.txt"]), [shipped]),
        (("English", ["001_ac4457cc92e3732f.txt"]), [shipped]),
    ):
        if blenders == [None]:
            continue  # a build without the shipped model
        document = _megabyte_document(names, f"1 MB {label}")
        speed, cpu_speed, clauses = _throughput(document, blenders)
        with_model = ", lexicon + shipped model" if blenders else ", lexicon alone"
        rows.append(
            {
                "work": f"analyse 1 MB {label}{with_model}",
                "figure": round(speed, 2),
                "unit": "MB/s",
                "baseline": None,
                "baseline_label": "",
                "ratio": None,
                "budget": f">= {BUDGET_MB_S} MB/s",
                "ok": speed >= BUDGET_MB_S,
                "note": f"{clauses} clauses; by CPU time {cpu_speed:.2f} MB/s",
                "measured": (
                    f"`analyze` of {size_of(document):.2f} MB {label} (samples repeated) in "
                    f"one thread, best of {RUNS} after a warm-up; MB / wall time"
                ),
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
    if shipped is not None:
        rows.append(_model_load())
    return {"rows": rows}


if __name__ == "__main__":
    for row in bench_analysis()["rows"]:
        print(row)
