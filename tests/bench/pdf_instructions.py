"""Instructions of one annotated PDF export of the bench's Persian policy (`tests.bench.pdf`:
sample 000 repeated, a reviewer's note on every 40th clause), or of one open of the PDF that
`tests.bench.pdf_import` opens, counted by valgrind's callgrind: a figure that does not move
with the load of a shared machine, to compare two versions of the code (not part of
`make bench`; ~5 min of CPU for a 100-page export, ~3 min for the open).

    .venv/bin/python -m tests.bench.pdf_instructions          # 100 pages; needs valgrind
    .venv/bin/python -m tests.bench.pdf_instructions 20       # 20 pages: quicker A/B
    .venv/bin/python -m tests.bench.pdf_instructions --open   # the open of the 100-page PDF

The text is analysed and exported once with callgrind's instrumentation off (the analysis is
not counted, nor the first export's one-time work: imports, caches); the second export is
counted alone (`callgrind_control -i on/off` around it), as `make bench` times the best of a
few exports in one process. The open likewise: the PDF is made and opened once uncounted,
then opened again counted. Run it in each tree, with that tree's `PYTHONPATH`.
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


def _open_twice(folder: Path) -> None:
    from policylens.core.loaders import load_document
    from tests.bench.pdf_import import _make_pdf

    pdf, _ = _make_pdf(folder)
    load_document(pdf)
    _instrumentation("on")
    load_document(pdf)
    _instrumentation("off")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        _export_twice(int(sys.argv[2]), Path(sys.argv[3]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--open-child":
        _open_twice(Path(sys.argv[2]))
        return
    opening = sys.argv[1:] == ["--open"]
    pages = 100 if opening or len(sys.argv) != 2 else int(sys.argv[1])
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
                *(["--open-child"] if opening else ["--export", str(pages)]),
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
    work = f"one open of the {pages}-page PDF" if opening else f"one export, {pages} pages"
    print(f"{work}: {int(found.group(1)):>15,} instructions")


if __name__ == "__main__":
    main()
