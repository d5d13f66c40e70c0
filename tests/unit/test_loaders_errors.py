"""Bad input: one LoadError, with a message a person understands, and never anything else."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from policylens.core.errors import LoadError
from policylens.core.loaders import MAX_BYTES, load_document


def _error(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _text_pdf(text: str = "Privacy Policy\nWe never sell your data.") -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def test_missing_file(tmp_path: Path) -> None:
    assert "was not found" in _error(tmp_path / "nowhere.txt")


def test_directory(tmp_path: Path) -> None:
    assert "is a folder" in _error(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty.txt is empty" in _error(path)


@pytest.mark.parametrize("data", [b"  \n\t\r\n  ", "\ufeff \n".encode(), " \n".encode("utf-16")])
def test_only_white_space(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    assert "only white space" in _error(path)


def test_larger_than_50_mb_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    opened: list[Path] = []
    original_open = Path.open

    def spy_open(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return original_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy_open)
    assert "up to 50 MB" in _error(path)
    assert path not in opened


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Privacy policy", "utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in _error(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Privacy policy", "utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in _error(path)
    finally:
        path.chmod(0o644)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert "binary file" in _error(path)


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    # A UTF-8 BOM, then Windows-1256 bytes: the file contradicts itself.
    path.write_bytes(b"\xef\xbb\xbf" + "سلام دنيا".encode("cp1256"))
    assert "cannot be read as text" in _error(path)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "an image (PNG)"),
        ("photo.txt", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "an image (JPEG)"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "save it as .docx"),
        ("policy.rtf", b"{\\rtf1\\ansi Privacy}", "Rich Text"),
        ("policy.txt.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 16, "unpack it"),
    ],
)
def test_unknown_formats(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    message = _error(path)
    assert expected in message
    assert ".txt, .md, .html, .pdf and .docx" in message


def test_zip_archive_that_is_not_a_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("policy.txt", "Privacy")
    path = tmp_path / "policies.zip"
    path.write_bytes(buffer.getvalue())
    assert "ZIP archive" in _error(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_text_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as file:
        writer.write(file)
    assert "encrypted (password-protected)" in _error(path)


def test_pdf_restricted_without_user_password_still_opens(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_text_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as file:
        writer.write(file)
    assert "We never sell your data." in load_document(path).text


def test_image_only_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 20, 100, 60, style="F")  # what a scan is to a text extractor: no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    # OCR (when Tesseract is there) finds nothing in a grey rectangle either.
    assert "has no text layer" in _error(path)


def test_scan_without_tesseract_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    monkeypatch.setenv("POLICYLENS_TESSERACT", str(tmp_path / "no-tesseract-here"))
    message = _error(path)
    assert "scan" in message
    assert "apt-get install tesseract-ocr tesseract-ocr-fas" in message


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_corrupt_pdf(tmp_path: Path, cut: float) -> None:
    data = _text_pdf()
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[: int(len(data) * cut)])
    assert "damaged PDF" in _error(path)


def test_pdf_extension_without_pdf_content(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"\x00\x01\x02garbage" * 10)
    assert "not a PDF" in _error(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Privacy")
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue()[:2000])
    assert "damaged Word document" in _error(path)


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    word = docx.Document()
    buffer = io.BytesIO()
    word.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            archive.writestr(item, data)
    path = tmp_path / "half.docx"
    path.write_bytes(out.getvalue())
    assert "damaged Word document" in _error(path)


def test_docx_extension_on_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.docx"
    path.write_text("Privacy policy", "utf-8")
    assert "not a Word document" in _error(path)


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    assert "without text" in _error(path)


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")
    assert "without readable text" in _error(path)


def test_a_docx_with_a_damaged_compressed_part_is_a_clear_error(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:p>We collect your e-mail.</w:p>" * 200)
    data = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 5 : start + 25] = b"\xff" * 20  # the deflate stream, not the headers
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    assert "damaged Word document" in _error(path)
