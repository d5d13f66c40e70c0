"""Instructions of one `analyze` of the bench's 1 MB English (or Persian) text, lexicon +
shipped model, counted by valgrind's callgrind: a figure that does not move with the load of a
shared machine, to compare two versions of the code (not part of `make bench`: ~10 min of CPU).

    .venv/bin/python -m tests.bench.instructions            # needs valgrind
    .venv/bin/python -m tests.bench.instructions fa         # the 1 MB Persian text

It runs this module under callgrind twice, once with the analysis and once without (imports,
the lexicons' compilation, the model's load, the text), and prints both totals and their
difference: the instructions of the analysis alone.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


# The bench's texts (`tests.bench.analysis`), by language.
TEXTS = {
    "en": ["001_ac4457cc92e3732f.txt"],
    "fa": ["000_fdf60dbe90fb21c6.txt", "002_4f6c25957579f7d5.txt"],
}


def _analyse(times: int, language: str) -> None:
    from policylens.core.analysis import analyze
    from policylens.core.document import Document
    from policylens.core.learn.shipped import load_shipped
    from tests.bench.analysis import _megabyte_document

    analyze(Document.from_text("We collect data.", title="warm-up", format="txt"))
    shipped = load_shipped()
    document = _megabyte_document(TEXTS[language], f"1 MB {language}")
    for _ in range(times):
        analyze(document, blenders=[shipped] if shipped is not None else [])


def _count(times: int, language: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={folder}/callgrind.out",
                sys.executable,
                "-m",
                "tests.bench.instructions",
                "--analyse",
                str(times),
                language,
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    found = _TOTAL.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in callgrind's output:\n{done.stderr}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--analyse":
        _analyse(int(sys.argv[2]), sys.argv[3])
        return
    language = sys.argv[1] if len(sys.argv) == 2 else "en"
    if language not in TEXTS:
        sys.exit(f"no bench text in {language!r} (one of {', '.join(TEXTS)})")
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    without, with_one = _count(0, language), _count(1, language)
    print(f"set-up alone:        {without:>15,} instructions")
    print(f"set-up + 1 analysis: {with_one:>15,} instructions")
    print(f"the analysis:        {with_one - without:>15,} instructions")


if __name__ == "__main__":
    main()
