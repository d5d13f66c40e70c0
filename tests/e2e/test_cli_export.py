"""`policylens export` end to end: a real subprocess, a real PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from policylens.core.loaders import load_document
from policylens.store.database import open_store


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),  # the autouse fixture points data/config dirs at tmp
        timeout=120,
    )


def test_export_file_writes_a_searchable_annotated_pdf(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "fa.pdf"
    result = _run("export", str(samples["fa1"]), "-o", str(out), "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "سیاست" in text or "اطلاعات" in text
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_export_library_document_by_prefix_with_filters(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["en"])
    store = open_store()
    try:
        store.documents.add(document)
    finally:
        store.close()
    out = tmp_path / "en.pdf"
    result = _run(
        "export", document.sha256[:10], "-o", str(out), "--no-auto", "--categories", "data_security"
    )
    assert result.returncode == 0, result.stderr
    annots = [a for page in PdfReader(out).pages for a in page.get("/Annots", [])]
    assert annots == []


def test_export_errors_are_clear(tmp_path: Path) -> None:
    result = _run("export", "nonexistent-thing", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "nonexistent-thing" in result.stderr and "Traceback" not in result.stderr
    result = _run("export", "x", "-o", str(tmp_path / "x.pdf"), "--categories", "bogus")
    assert result.returncode == 2 and "bogus" in result.stderr
