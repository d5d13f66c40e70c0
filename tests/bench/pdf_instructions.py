"""Instructions of one annotated PDF export of the bench's Persian policy (`tests.bench.pdf`:
sample 000 repeated, a reviewer's note on every 40th clause), counted by valgrind's
callgrind: a figure that does not move with the load of a shared machine, to compare two
versions of the export (not part of `make bench`; ~5 min of CPU for 100 pages).

    .venv/bin/python -m tests.bench.pdf_instructions          # 100 pages; needs valgrind
    .venv/bin/python -m tests.bench.pdf_instructions 20       # 20 pages: quicker A/B

The text is analysed and exported once with callgrind's instrumentation off (the analysis is
not counted, nor the first export's one-time work: imports, caches); the second export is
counted alone (`callgrind_control -i on/off` around it), as `make bench` times the best of a
few exports in one process. Run it in each tree, with that tree's `PYTHONPATH`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _instrumentation(flag: str) -> None:
    """Instrumentation on or off in this process (callgrind polls for the command while
    the process runs, so it keeps running until the command is taken)."""
    command = subprocess.Popen(
        ["callgrind_control", "-i", flag, str(os.getpid())],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while command.poll() is None:
        sum(range(1000))


def _export_twice(pages: int, folder: Path) -> None:
    from policylens.export.pdf import PdfOptions, export_pdf
    from tests.bench.pdf import _persian_policy, export_inputs

    document, clauses, annotations = export_inputs(_persian_policy(pages))
    out = folder / "policylens.pdf"
    export_pdf(document, clauses, annotations, out, PdfOptions())
    _instrumentation("on")
    export_pdf(document, clauses, annotations, out, PdfOptions())
    _instrumentation("off")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        _export_twice(int(sys.argv[2]), Path(sys.argv[3]))
        return
    pages = int(sys.argv[1]) if len(sys.argv) == 2 else 100
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={folder}/callgrind.out",
                sys.executable,
                "-m",
                "tests.bench.pdf_instructions",
                "--export",
                str(pages),
                folder,
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in callgrind's output:\n{done.stderr}")
    print(f"one export, {pages} pages: {int(found.group(1)):>15,} instructions")


if __name__ == "__main__":
    main()
