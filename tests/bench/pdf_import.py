"""Opening a 100-page PDF (its text layer; no OCR): ≤ 3 s. The PDF is PolicyLens's export of
sample 000 repeated (Persian: the harder case, every line reordered); the baseline is poppler's
`pdftotext` on the same file (a C++ reader without layout analysis), where installed.

The best of three loads, in this process.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.pdf import TARGET_PAGES, _persian_policy

BUDGET_S = 3.0


def _make_pdf(folder: Path) -> tuple[Path, int]:
    import pypdfium2 as pdfium

    from policylens.core.document import Document
    from policylens.export.pdf import export_pdf

    document = Document.from_text(_persian_policy(TARGET_PAGES), title="bench", format="txt")
    out = export_pdf(document, [], [], folder / "policy.pdf")
    return out, len(pdfium.PdfDocument(out))


def _best(run: Any, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def bench_pdf_import() -> dict[str, Any]:
    from policylens.core.loaders import load_document

    with tempfile.TemporaryDirectory(prefix="policylens-bench-pdf-import-") as name:
        pdf, pages = _make_pdf(Path(name))
        seconds = _best(lambda: load_document(pdf))
        pdftotext = shutil.which("pdftotext")
        baseline = (
            _best(
                lambda: subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, check=True)
            )
            if pdftotext
            else None
        )
    return {
        "rows": [
            {
                "work": f"open a PDF (text layer), Persian, {pages} pages",
                "figure": round(seconds, 3),
                "unit": "s",
                "baseline": round(baseline, 3) if baseline else None,
                "baseline_label": "pdftotext (poppler)",
                "ratio": round(seconds / baseline, 2) if baseline else None,
                "budget": f"≤ {BUDGET_S:g} s",
                "ok": seconds <= BUDGET_S,
                "note": "" if pdftotext else "pdftotext not installed: no baseline",
            }
        ]
    }


if __name__ == "__main__":
    print(bench_pdf_import())
