"""`policylens export` end to end: a real subprocess, a real PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from policylens.core.loaders import load_document
from policylens.core.samples import sample_titles
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
    # A bundled sample goes under the title the window lists it by, not its file's name.
    title = sample_titles()[samples["fa1"].name]
    assert reader.metadata is not None and reader.metadata.title == title


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


def _annotate(document: object, items: list[dict[str, object]]) -> None:
    store = open_store()
    try:
        store.documents.add(document)  # type: ignore[arg-type]
        for item in items:
            store.annotations.add(document.sha256, **item)  # type: ignore[attr-defined, arg-type]
    finally:
        store.close()


def test_export_file_uses_the_librarys_annotations_for_that_text(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    document = load_document(samples["fa1"])
    second = document.paragraphs[1]
    _annotate(
        document,
        [
            {
                "start": second.start,
                "end": second.end,
                "category": "data_security",
                "annotator": "maryam",
                "note": "Which controls? No encryption named.",
                "status": "concern",
            }
        ],
    )
    by_file, by_id = tmp_path / "file.pdf", tmp_path / "id.pdf"
    assert _run("export", str(samples["fa1"]), "-o", str(by_file)).returncode == 0
    assert _run("export", document.sha256[:12], "-o", str(by_id)).returncode == 0
    for out in (by_file, by_id):
        reader = PdfReader(out)
        text = "".join(page.extract_text() for page in reader.pages)
        assert "Reviewer notes" in text and "Which controls? No encryption named." in text
        assert "maryam" in text and "concern" in text
        titles = [
            str(a.get_object().get("/T"))
            for page in reader.pages
            for a in page.get("/Annots", [])
            if a.get_object()["/Subtype"] == "/Highlight"
        ]
        assert "maryam" in titles
    # The same annotations, whichever way the document was named.
    assert PdfReader(by_file).pages[-1].extract_text() == PdfReader(by_id).pages[-1].extract_text()


def test_cover_counts_are_analyze_jsons_and_name_the_file_not_its_folder(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    import json
    import re

    analysed = _run("analyze", str(samples["en"]), "--json")
    assert analysed.returncode == 0, analysed.stderr
    summary = json.loads(analysed.stdout)["summary"]
    out = tmp_path / "en.pdf"
    assert _run("export", str(samples["en"]), "-o", str(out)).returncode == 0
    cover = PdfReader(out).pages[0].extract_text()
    found = re.search(r"(\d+) clauses, (\d+) with categories", cover)
    assert found is not None, cover
    assert (int(found[1]), int(found[2])) == (summary["clauses"], summary["categorised"])
    # The bar chart: each category's name followed by its count, in the taxonomy's order.
    from policylens.export.pdf_model import load_category_table

    table = load_category_table("en")
    for category_id, count in summary["categories"].items():
        name = table.get(category_id).name
        assert re.search(re.escape(name) + r"\s*" + str(count) + r"\b", cover), (name, cover)
    assert samples["en"].name in cover
    assert str(samples["en"].parent) not in cover
