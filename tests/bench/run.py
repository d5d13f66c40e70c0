"""`make bench`: every performance budget of DESIGN.md, measured in one run, as one table.

Each section is a function returning a dict; this runner prints the rows as
`work | figure | baseline | ratio | budget | verdict` and writes them to `.bench/last.json`.
It is a report, not a test: it exits 0 even when a budget is OVER.

Every section runs in a fresh process of its own (`--section NAME`, its rows as JSON on the
last line of its output): a section run after others found Qt, NumPy and the lexicons already
imported and warm, and timed something else than a user's start (start-up 1.67x alone against
2.55-3.63x after the others). Under the table, each row says what it measured and the load
while its section ran.

The row contract (what a section function returns; see README.md):
    {"rows": [{"work": str, "figure": float, "unit": str, "baseline": float | None,
               "baseline_label": str, "ratio": float | None, "budget": str,
               "ok": bool | None, "note": str}]}
Only "work" is required. A section that returns a plain dict without "rows" is shown as
one row per number in it, so nothing measured is lost.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent
REPORT_PATH = REPO / ".bench" / "last.json"
ROWS_MARKER = "POLICYLENS_BENCH_ROWS "

# (module under tests.bench, function, what it measures) in the order of DESIGN.md.
SECTIONS: list[tuple[str, str, str]] = [
    ("startup", "bench_startup", "start-up to main window with library"),
    ("analysis", "bench_analysis", "analysis throughput"),
    ("open_highlight", "bench_open_highlight", "open + analyse + highlight 1 MB"),
    ("pdf", "bench_pdf", "annotated PDF export"),
    ("pdf_import", "bench_pdf_import", "open a 100-page PDF"),
    ("store", "bench_store", "store write / read"),
    ("team", "bench_team", "team library: 8 annotator processes at once"),
    ("library_health", "bench_library_health", "damaged-library check at open (100 MB)"),
    ("train", "bench_train", "train: 200 documents, 200k annotations"),
]

COLUMNS = ("work", "figure", "baseline", "ratio", "budget", "verdict")
Row = dict[str, Any]


def _load(module_name: str, function_name: str) -> Callable[[], dict[str, Any]] | None:
    qualified = f"tests.bench.{module_name}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as missing:
        if missing.name == qualified:
            return None
        raise
    function = getattr(module, function_name, None)
    return function if callable(function) else None


def rows_of(section_result: dict[str, Any], section_work: str) -> list[Row]:
    """A section's dict as rows, whatever shape it came in."""
    if isinstance(section_result.get("rows"), list):
        return [dict(row) for row in section_result["rows"]]
    if "work" in section_result:
        return [dict(section_result)]
    rows: list[Row] = []
    for key, value in section_result.items():
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            rows.append({"work": f"{section_work}: {key}", "figure": float(value)})
    ok = section_result.get("ok")
    if rows and isinstance(ok, bool):
        rows[-1]["ok"] = ok
    return rows or [{"work": section_work, "note": json.dumps(section_result, default=str)}]


def run_section(module_name: str, function_name: str, work: str) -> list[Row]:
    """The section's rows, measured in this process."""
    try:
        function = _load(module_name, function_name)
    except Exception as error:  # a broken section must not hide the others
        return [{"work": work, "note": f"failed to import: {error!r}"}]
    if function is None:
        return [{"work": work, "note": "not available yet"}]
    try:
        result = function()
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        return [{"work": work, "note": f"failed: {error!r}"}]
    rows = rows_of(result if isinstance(result, dict) else {"value": result}, work)
    for row in rows:
        row.setdefault("section", module_name)
    return rows


def run_section_fresh(module_name: str, work: str) -> list[Row]:
    """The section's rows, measured in a fresh process (nothing imported or warmed before)."""
    print(f"… {work}", file=sys.stderr, flush=True)
    load_before = _load_1min()
    started = time.perf_counter()
    command = [sys.executable, "-m", "tests.bench.run", "--section", module_name]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH", "")])])
    child = subprocess.run(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    rows = rows_from_output(child.stdout)
    if rows is None:
        rows = [{"work": work, "note": f"failed: the section's process exited {child.returncode}"}]
    load = f"load {load_before:.1f} → {_load_1min():.1f}"
    for row in rows:
        row.setdefault("section", module_name)
        row["load"] = load
    print(f"  done in {time.perf_counter() - started:.1f} s ({load})", file=sys.stderr, flush=True)
    return rows


def rows_from_output(output: str) -> list[Row] | None:
    """The rows a `--section` process printed (its last marked line), None if none."""
    for line in reversed(output.splitlines()):
        if line.startswith(ROWS_MARKER):
            rows: list[Row] = json.loads(line.removeprefix(ROWS_MARKER))
            return rows
    return None


def _load_1min() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def _number(value: Any, unit: str = "") -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "—" if value is None else str(value)
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} ms"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def verdict(row: Row) -> str:
    ok = row.get("ok")
    if ok is True:
        return "ok"
    if ok is False:
        return f"OVER ({row['note']})" if row.get("note") else "OVER"
    return row.get("note") or "—"


def cells(row: Row) -> tuple[str, ...]:
    unit = str(row.get("unit", ""))
    baseline = _number(row.get("baseline"), unit)
    if row.get("baseline_label") and row.get("baseline") is not None:
        baseline = f"{baseline} ({row['baseline_label']})"
    ratio = row.get("ratio")
    ratio_text = f"{ratio:.2f}×" if isinstance(ratio, int | float) else "—"
    return (
        str(row.get("work", "?")),
        _number(row.get("figure"), unit),
        baseline,
        ratio_text,
        str(row.get("budget", "—")),
        verdict(row),
    )


def format_table(rows: list[Row]) -> str:
    table = [COLUMNS, *(cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]

    def joined(line: tuple[str, ...]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()

    separator = "-+-".join("-" * width for width in widths)
    return "\n".join([joined(table[0]), separator, *(joined(line) for line in table[1:])])


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_1min": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


def write_report(rows: list[Row], path: Path = REPORT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(), "rows": rows}
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__)
    names = [name for name, _, _ in SECTIONS]
    parser.add_argument("--only", nargs="+", choices=names, help="run only these sections")
    parser.add_argument("--section", choices=names, help="(internal) run one, print its rows")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    if args.section:
        _, function_name, work = next(s for s in SECTIONS if s[0] == args.section)
        rows = run_section(args.section, function_name, work)
        print(ROWS_MARKER + json.dumps(rows, ensure_ascii=False, default=str), flush=True)
        return 0
    rows = []
    for module_name, _function_name, work in SECTIONS:
        if args.only and module_name not in args.only:
            continue
        rows += run_section_fresh(module_name, work)
    about = machine()
    print(
        f"PolicyLens bench · Python {about['python']} · PySide6 {about.get('pyside6', '?')} · "
        f"{about['cpus']} CPUs · load {about['load_1min'] or 0:.1f} (figures from a busy "
        "machine are noisy; ratios travel better)\n"
    )
    print(format_table(rows))
    notes = [row for row in rows if row.get("note") and row.get("ok") is not None]
    if notes:
        print("\nnotes:")
        for row in notes:
            print(f"  {row['work']}: {row['note']}")
    measured = [row for row in rows if row.get("measured")]
    if measured:
        print("\nwhat each row measured:")
        for row in measured:
            load = f" [{row['load']}]" if row.get("load") else ""
            print(f"  {row['work']}: {row['measured']}{load}")
    over = [row["work"] for row in rows if row.get("ok") is False]
    if over:
        print(f"\nOVER budget: {', '.join(map(str, over))}")
    write_report(rows)
    print(f"\n(results in {REPORT_PATH.relative_to(REPO)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
