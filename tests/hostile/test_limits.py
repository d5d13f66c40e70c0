"""Issue 17 item 6: resource limits with clear messages — DOCX, HTML and PDF streams, export
size, streaming JSONL import (memory independent of the file size)."""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from policylens.core import limits
from tests.hostile.cli import assert_clean_failure, peak_rss_kb, run_cli

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
    'formats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"'
    "/></Relationships>"
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body_parts: list[bytes]) -> Path:
    """A minimal DOCX whose document.xml is the concatenation of `body_parts` (streamed into
    the ZIP, so a 100 MB part costs no 100 MB here)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f"<w:document {_W}><w:body>".encode())
            for chunk in body_parts:
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return path


def test_docx_of_millions_of_tiny_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    """The issue's 300 KB DOCX of 100 MB of tiny paragraphs took 246 s and 2.3 GB."""
    paragraph = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    path = _docx(tmp_path / "tiny.docx", [paragraph * 100_000] * 30)
    assert path.stat().st_size < 1_000_000
    result = run_cli(tmp_path, "info", str(path), timeout=60)
    assert_clean_failure(result)
    assert "too large inside" in result.stderr and "plain text" in result.stderr
    peak = peak_rss_kb(tmp_path, "info", str(path), expect=2) // 1024
    print(f"DOCX of 3 M tiny paragraphs refused, peak RSS {peak} MB")
    assert peak < 200  # was 2.3 GB


def test_docx_with_a_huge_text_node_is_refused(tmp_path: Path) -> None:
    """A 1 MB DOCX with a 1 GB text node reached 2.1 GB before it failed."""
    chunk = b"x" * (1 << 20)
    path = _docx(
        tmp_path / "node.docx", [b"<w:p><w:r><w:t>", *([chunk] * 300), b"</w:t></w:r></w:p>"]
    )
    result = run_cli(tmp_path, "info", str(path), timeout=60)
    assert_clean_failure(result)
    assert "unpacks to" in result.stderr or "too large inside" in result.stderr


def test_a_normal_docx_still_opens(tmp_path: Path) -> None:
    paragraphs = b"".join(
        f"<w:p><w:r><w:t>We collect data item {n}.</w:t></w:r></w:p>".encode() for n in range(2000)
    )
    result = run_cli(tmp_path, "info", str(_docx(tmp_path / "ok.docx", [paragraphs])), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["paragraphs"] == 2000


def test_html_with_too_many_tags_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tags.html"
    path.write_text("<p>x</p>" + "<b></b>" * (limits.MAX_HTML_TAGS // 2 + 1))
    result = run_cli(tmp_path, "info", str(path))
    assert_clean_failure(result)
    assert "HTML tags" in result.stderr


def _pdf_with_stream(stream: bytes, length: int | None = None) -> bytes:
    """A one-page PDF whose content stream is `stream` (FlateDecode), with a valid xref."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % (length or len(stream))
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_pdf_stream_bomb_is_refused_with_the_limit(tmp_path: Path) -> None:
    compressor = zlib.compressobj(9)
    text = b"BT /F1 12 Tf (a) Tj ET\n" * 50_000  # ~1 MB of text operators, 200 times
    bomb = b"".join(compressor.compress(text) for _ in range(200)) + compressor.flush()
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_stream(bomb))
    assert path.stat().st_size < 1_000_000
    result = run_cli(tmp_path, "info", str(path), timeout=60)
    assert_clean_failure(result)
    assert "unpacks to more than 64 MB" in result.stderr
    peak = peak_rss_kb(tmp_path, "info", str(path), expect=2) // 1024
    print(f"PDF stream bomb (200 MB) refused, peak RSS {peak} MB")
    assert peak < 400


def test_export_of_a_huge_document_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    """A 10 MB single line took 38 s and 3.3 GB to export."""
    path = tmp_path / "line.txt"
    path.write_text("data " * (limits.MAX_EXPORT_PARAGRAPH_CHARS // 5 + 10) + "\n")
    result = run_cli(tmp_path, "export", str(path), "-o", str(tmp_path / "out.pdf"), timeout=60)
    assert_clean_failure(result)
    assert "annotations export" in result.stderr and "Split" in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def _jsonl(path: Path, megabytes: float) -> Path:
    rng = random.Random(5)
    words = "we collect share retain delete your data with partners for years".split()
    with path.open("w", encoding="utf-8") as out:
        number = 0
        while out.tell() < megabytes * 1024 * 1024:
            text = "\n".join(" ".join(rng.choices(words, k=12)) for _ in range(60))
            out.write(json.dumps({"text": f"{text}\n{number}", "label": [[0, 5, "other"]]}) + "\n")
            number += 1
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="resource module is POSIX only")
def test_jsonl_import_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """A 25 MB JSONL took 404 MB: the whole file was read and parsed before writing. Now the
    peak is the interpreter plus SQLite's page cache (32 MB), whatever the file's size."""
    small = peak_rss_kb(
        tmp_path / "s", "annotations", "import", str(_jsonl(tmp_path / "s.jsonl", 0.5))
    )
    large = peak_rss_kb(
        tmp_path / "l", "annotations", "import", str(_jsonl(tmp_path / "l.jsonl", 8))
    )
    print(f"peak RSS: 0.5 MB file {small // 1024} MB, 8 MB file {large // 1024} MB")
    # SQLite keeps up to its 32 MB page cache of the open transaction; the rest is constant.
    assert large - small < 48 * 1024, (small, large)
