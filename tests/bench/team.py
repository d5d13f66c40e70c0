"""Team library load (issue 16): 8 annotator processes each confirm 1 000 labels, one write
per label as the window makes them, into one team library at once, each as its own database
role. Afterwards: all 8 000 are there, none twice (no two rows share annotator + label
number, ids are unique), every one has its history row, and agreement is computed across the
8 annotators. Reported: throughput (labels/s over the whole run) and the 95th-percentile
write latency, against the single-process latency of the same write on the same server as
the baseline. A report, not a timed test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from typing import Any

ANNOTATORS = 8
LABELS = 1_000
BASELINE_LABELS = 200

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from policylens.store import open_store
    store = open_store(sys.argv[1])
    document, count, length = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    categories = ("data_retention", "first_party_collection_use", "third_party_sharing_collection")
    print("ready", flush=True)
    sys.stdin.readline()  # all start together
    latencies = []
    began = time.perf_counter()
    for n in range(count):
        start = (n * 37) % (length - 80)
        t = time.perf_counter()
        category = categories[(n + len(store.identity)) % 3]
        store.annotations.add(document, start, start + 60, category,
                              annotator=store.identity, note=f"label {n}")
        latencies.append(time.perf_counter() - t)
    print(json.dumps({"latencies": latencies, "wall": time.perf_counter() - began}), flush=True)
    store.close()
    """
)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _writers(urls: list[str], document: str, count: int, length: int) -> tuple[list[Any], float]:
    env = {**os.environ}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, document, str(count), str(length)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for url in urls
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    began = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(f"a writer failed with exit code {proc.returncode}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results, time.perf_counter() - began


def bench_team() -> dict[str, Any]:
    from policylens.cli.commands.agreement import clause_units
    from policylens.core.document import Document
    from policylens.store import open_store
    from policylens.store.agreement import agreement
    from policylens.store.pg.admin import add_annotator, init_team
    from tests.pg_server import PgServer

    server = PgServer.start()
    if isinstance(server, str):
        return {"rows": [{"work": "team library: 8 × 1 000 labels", "note": f"skipped: {server}"}]}
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        url = server.create_database("bench")
        init_team(url)
        names = [f"annotator{i}" for i in range(ANNOTATORS)]
        for name in names:
            add_annotator(url, name, password=f"pw-{name}")
            server.add_password(name, f"pw-{name}")
        admin = open_store(url)
        text = ("We keep your data for two years. ما داده‌های شما را دو سال نگه می‌داریم.\n") * 400
        document = Document.from_text(text, title="bench", format="txt")
        admin.documents.add(document)
        urls = [server.url("bench", name) for name in names]

        baseline, _ = _writers(urls[:1], document.sha256, BASELINE_LABELS, len(text))
        single_p95 = _p95(baseline[0]["latencies"])
        with admin.transaction():  # the baseline's labels go; the history keeps them (append-only)
            for label in admin.annotations.all():
                admin.annotations.delete(label.id)

        results, wall = _writers(urls, document.sha256, LABELS, len(text))
        latencies = [v for r in results for v in r["latencies"]]
        labels = admin.annotations.all()
        keys = {(a.annotator, a.note) for a in labels}
        ids = {a.id for a in labels}
        creates = sum(1 for h in admin.annotations.history() if h.action == "create")
        total = ANNOTATORS * LABELS
        complete = len(labels) == total and len(keys) == total and len(ids) == total
        complete = complete and creates == total + BASELINE_LABELS
        began = time.perf_counter()
        report = agreement(admin, document.sha256, clause_units(document))
        agreement_s = time.perf_counter() - began
        computed = len(report.annotators) == ANNOTATORS and all(
            c.alpha is not None for c in report.categories.values()
        )
        admin.close()
    finally:
        server.remove()
    p95 = _p95(latencies)
    return {
        "rows": [
            {
                "work": f"team library: {ANNOTATORS} processes × {LABELS} labels, all there once",
                "figure": float(len(labels)),
                "unit": "labels",
                "budget": f"= {total}, no duplicates",
                "ok": complete,
                "note": "" if complete else f"{len(labels)} rows, {len(keys)} distinct",
            },
            {
                "work": "team library: throughput (8 writers at once)",
                "figure": total / wall,
                "unit": "labels/s",
                "note": f"{wall:.1f} s in all",
            },
            {
                "work": "team library: p95 write latency (8 writers at once)",
                "figure": p95,
                "unit": "s",
                "baseline": single_p95,
                "baseline_label": "one writer alone",
                "ratio": p95 / single_p95 if single_p95 else None,
                "note": f"median {sorted(latencies)[len(latencies) // 2] * 1000:.1f} ms",
            },
            {
                "work": "team library: agreement across the 8 annotators",
                "figure": agreement_s,
                "unit": "s",
                "ok": computed,
                "note": f"{len(report.categories)} categories, α for each"
                if computed
                else "not computed",
            },
        ]
    }
