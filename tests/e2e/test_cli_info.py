"""`policylens info FILE --json`, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _run(
    tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = (
        os.environ
        | {
            "POLICYLENS_DATA_DIR": str(tmp_path / "data"),
            "POLICYLENS_CONFIG_DIR": str(tmp_path / "config"),
            "PYTHONIOENCODING": "utf-8",
        }
        | (extra_env or {})
    )
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("sample", "language", "direction"), [("fa1", "fa", "rtl"), ("kk", "kk", "ltr")]
)
def test_info_json(
    tmp_path: Path, samples: dict[str, Path], sample: str, language: str, direction: str
) -> None:
    result = _run(tmp_path, "info", str(samples[sample]), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert set(document) == {
        "sha256",
        "title",
        "format",
        "language",
        "direction",
        "paragraphs",
        "chars",
    }
    text = samples[sample].read_text("utf-8")
    assert document["format"] == "txt"
    assert (document["language"], document["direction"]) == (language, direction)
    assert document["chars"] == len(text)
    assert document["paragraphs"] == sum(1 for line in text.split("\n") if line.strip())
    assert len(document["sha256"]) == 64


def test_info_on_a_persian_windows_1256_file(tmp_path: Path, samples: dict[str, Path]) -> None:
    path = tmp_path / "fa-1256.txt"
    path.write_bytes(samples["fa1"].read_text("utf-8").replace("ی", "ي").encode("cp1256"))
    result = _run(tmp_path, "info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["language"] == "fa"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "an image"),
        ("broken.pdf", b"%PDF-1.4\nnot really a pdf\n", "damaged PDF"),
    ],
)
def test_bad_file_exits_2_with_one_line(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _run(tmp_path, "info", str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = _run(tmp_path, "info", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "was not found" in result.stderr
    assert "Traceback" not in result.stderr


def _english_scan(tmp_path: Path) -> Path:
    """A small page of English text as a picture only: a scan."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(format=(105, 148))  # A6
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0, 7, "Privacy Policy\n\nWe collect your e-mail address and keep it for one year."
    )
    typeset = tmp_path / "typeset.pdf"
    pdf.output(str(typeset))
    image = pdfium.PdfDocument(typeset)[0].render(scale=300 / 72, grayscale=True).to_pil()
    scan = tmp_path / "scan.pdf"
    image.save(scan, resolution=300)
    return scan


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_info_marks_a_scan_as_ocr_with_its_confidence(tmp_path: Path) -> None:
    result = _run(tmp_path, "info", str(_english_scan(tmp_path)), "--json", "--ocr-lang", "eng")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert document["language"] == "en"
    extraction = document["extraction"]
    assert extraction["method"] == "ocr"
    assert extraction["ocr"]["languages"] == "eng"
    assert extraction["ocr"]["confidence"] > 0.5
    assert "reading the scan by OCR, page 1 of 1" in result.stderr  # the progress line


def test_scan_without_tesseract_exits_2_saying_what_to_install(tmp_path: Path) -> None:
    scan = _english_scan(tmp_path)
    env_file = tmp_path / "no-tesseract"
    result = _run(tmp_path, "info", str(scan), extra_env={"POLICYLENS_TESSERACT": str(env_file)})
    assert result.returncode == 2
    assert "apt-get install tesseract-ocr tesseract-ocr-fas" in result.stderr


def test_info_of_a_library_document_says_it_was_read_by_ocr(tmp_path: Path) -> None:
    from policylens.core.document import Document
    from policylens.store import open_store

    ocr = {"engine": "tesseract 5", "languages": "fas", "confidence": 0.91, "pages": [1]}
    extraction = {"method": "ocr", "pages": 1, "dropped": [], "ocr": ocr}
    document = Document.from_text(
        "ما نشانی ایمیل شما را نگه می‌داریم.", title="اسکن", format="pdf", extraction=extraction
    )
    store = open_store()  # the data folder the command below uses too
    store.documents.add(document)
    store.close()
    result = _run(tmp_path, "info", document.sha256[:10], "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["extraction"] == extraction
    plain = _run(tmp_path, "info", document.sha256[:10])
    assert "read by    OCR (fas, confidence 91%)" in plain.stdout
