"""Issue 17 item 4: characters outside the bundled fonts (emoji, CJK), in the text or in the
file name, are drawn as a visible box and kept in the text layer; never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.hostile.cli import run_cli


def test_emoji_and_cjk_export(tmp_path: Path) -> None:
    source = tmp_path / "policy 😀 隐私.txt"
    source.write_text(
        "Privacy 😀 policy 隐私政策\nWe collect your email address 📧 for login.\n"
        "سلام 😀 دنیا 你好\n",
        "utf-8",
    )
    output = tmp_path / "out 😀.pdf"
    result = run_cli(tmp_path, "export", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert output.stat().st_size > 0
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    for kept in ("😀", "隐私政策", "📧", "你好", "policy 😀 隐私"):
        assert kept in text, kept


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_missing_characters_are_visible(tmp_path: Path) -> None:
    """The box is drawn: a line of only emoji puts ink on the page, a blank line does not."""
    from policylens.core.document import Document
    from policylens.export.pdf import PdfOptions, export_pdf

    def ink(text: str) -> int:
        out = tmp_path / f"{len(text)}.pdf"
        document = Document.from_text(text, title="t", format="txt")
        export_pdf(document, [], [], out, PdfOptions(auto_highlights=False))
        pgm = subprocess.run(  # page 1 is the cover, page 2 the text
            ["pdftoppm", "-r", "72", "-gray", "-f", "2", "-l", "2", str(out)],
            capture_output=True,
            check=True,
        ).stdout
        return sum(1 for byte in pgm[100:] if byte < 200)

    assert ink("😀😀😀😀😀😀😀😀") > ink("........") > 0
