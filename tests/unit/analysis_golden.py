"""The analysis results the performance work must keep: every clause, category, score and cue of
the samples and of a slice of the labelled corpus, lexicon alone and with the shipped model.

Regenerate (only when a result is meant to change): `python -m tests.unit.analysis_golden`.
The fixture records a fingerprint of the data the results depend on (cue lexicons, taxonomy,
shipped model): when that data changes the comparison is skipped, not failed, since new
results are then expected.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.learn.shipped import load_shipped

ROOT = Path(__file__).resolve().parent.parent.parent
RESOURCES = ROOT / "resources"
GOLDEN = ROOT / "tests" / "data" / "analysis_golden.json"
# Enough corpus clauses per language to reach every category without a large fixture.
CORPUS_CLAUSES = 80


def fingerprint() -> str:
    digest = hashlib.sha256()
    folders = (RESOURCES / "taxonomy", RESOURCES / "models")
    for path in sorted(p for folder in folders for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(RESOURCES)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def inputs() -> dict[str, str]:
    """Name → text: each sample, and per language a document of corpus clauses."""
    texts = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((RESOURCES / "samples").glob("*.txt"))
    }
    for path in sorted((RESOURCES / "corpus").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()[:CORPUS_CLAUSES]
        texts[f"corpus/{path.stem}"] = "\n\n".join(json.loads(line)["text"] for line in lines)
    return texts


def results() -> dict[str, Any]:
    shipped = load_shipped()
    out: dict[str, Any] = {}
    for name, text in inputs().items():
        for mode, blenders in (("lexicon", []), ("model", [shipped] if shipped else [])):
            document = Document.from_text(text, title=name, format="txt")
            clauses = analyze(document, blenders=blenders)
            out[f"{name} [{mode}]"] = [clause.to_json() for clause in clauses]
    return out


def main() -> None:
    data = {"fingerprint": fingerprint(), "results": results()}
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN} ({len(data['results'])} analyses)")


if __name__ == "__main__":
    main()
