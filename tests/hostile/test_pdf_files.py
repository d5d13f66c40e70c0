"""Issue 17 items 9 and 12: an AES-256 PDF with an empty user password opens; exported PDFs
follow the umask; exporting into a folder that cannot be written is a message."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.hostile.cli import as_ordinary_user, assert_clean_failure, run_cli


def _encrypted_pdf(path: Path, user_password: str, algorithm: str) -> Path:
    from pypdf import PdfWriter

    source = path.with_suffix(".plain.pdf")
    text = path.with_suffix(".txt")
    text.write_text("Privacy notice\nWe collect your e-mail address to send receipts.\n")
    result = run_cli(path.parent, "export", str(text), "-o", str(source), "--no-auto")
    assert result.returncode == 0, result.stderr
    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm=algorithm)
    with path.open("wb") as out:
        writer.write(out)
    return path


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128"])
def test_aes_pdf_with_empty_user_password_opens(tmp_path: Path, algorithm: str) -> None:
    path = _encrypted_pdf(tmp_path / "aes.pdf", "", algorithm)
    result = run_cli(tmp_path, "analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert "We collect your e-mail address" in result.stdout


def test_pdf_with_a_real_password_is_a_message(tmp_path: Path) -> None:
    path = _encrypted_pdf(tmp_path / "locked.pdf", "secret", "AES-256")
    result = run_cli(tmp_path, "info", str(path))
    assert_clean_failure(result)
    assert "password" in result.stderr


def test_exported_pdf_follows_the_umask(tmp_path: Path) -> None:
    source = tmp_path / "p.txt"
    source.write_text("We collect your e-mail address.\n")
    previous = os.umask(0o022)
    try:  # the child inherits the umask
        result = run_cli(tmp_path, "export", str(source), "-o", str(tmp_path / "out.pdf"))
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "out.pdf").stat().st_mode) == 0o644  # was 0600


def test_export_into_an_unwritable_folder_is_a_message(tmp_path: Path) -> None:
    source = tmp_path / "p.txt"
    source.write_text("We collect your e-mail address.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = run_cli(
            tmp_path,
            "export",
            str(source),
            "-o",
            str(locked / "out.pdf"),
            prefix=as_ordinary_user(),
        )
    finally:
        locked.chmod(0o755)
    assert_clean_failure(result)
    assert "Cannot write" in result.stderr and "Permission denied" in result.stderr
    assert not list(locked.iterdir())
