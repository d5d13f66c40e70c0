"""Opening a scan in the window: read by OCR on a worker, marked in the status bar with its
confidence, and stoppable with the ✕ next to the progress bar."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-eng",
)


def _scan(tmp_path: Path, pages: int = 1) -> Path:
    import pypdfium2 as pdfium
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(format=(105, 148))
    pdf.set_font("Helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 7, "Privacy Policy\n\nWe collect your e-mail address and keep it.")
    typeset = tmp_path / "typeset.pdf"
    pdf.output(str(typeset))
    images: list[Image.Image] = [
        page.render(scale=300 / 72, grayscale=True).to_pil() for page in pdfium.PdfDocument(typeset)
    ]
    scan = tmp_path / "scan.pdf"
    images[0].save(scan, resolution=300, save_all=True, append_images=images[1:])
    return scan


@needs_tesseract
def test_a_scan_opens_marked_as_ocr(qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    settings = main_window.settings
    settings.setValue("import/ocr_languages", "eng")
    with qtbot.waitSignal(main_window.session.document_shown, timeout=120000):
        main_window.import_files([str(_scan(tmp_path))])
    assert "We collect your e-mail address" in main_window.reader.toPlainText()
    source = main_window.status.source
    assert not source.isHidden()
    assert source.text().startswith("OCR ")
    assert "confidence" in source.toolTip()
    assert main_window.status.cancel.isHidden()  # the work is done: nothing to stop


@needs_tesseract
def test_the_cross_stops_ocr(qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    main_window.settings.setValue("import/ocr_languages", "eng")
    before = main_window.library_model.rowCount()
    main_window.import_files([str(_scan(tmp_path, pages=6))])
    cancel = main_window.status.cancel
    qtbot.waitUntil(lambda: not cancel.isHidden(), timeout=60000)
    cancel.click()
    qtbot.waitUntil(lambda: main_window.runner.running() == 0, timeout=30000)
    assert main_window.library_model.rowCount() == before  # nothing half-imported
    assert not main_window.importing()
    assert main_window.status.progress.isHidden()


def test_a_scan_reopened_from_the_library_is_still_marked_as_ocr(
    qtbot: Any, main_window: Any
) -> None:
    from policylens.core.document import Document

    ocr = {"engine": "tesseract 5", "languages": "fas", "confidence": 0.87, "pages": [1]}
    scanned = Document.from_text(
        "ما نشانی ایمیل شما را نگه می‌داریم.",
        title="اسکن",
        format="pdf",
        extraction={"method": "ocr", "pages": 1, "dropped": [], "ocr": ocr},
    )
    with main_window.store_jobs.locked() as store:
        store.documents.add(scanned)
    main_window.refresh_library()
    with qtbot.waitSignal(main_window.session.document_shown, timeout=20000):
        main_window.open_document(scanned.sha256)
    source = main_window.status.source
    assert not source.isHidden()
    assert source.text() == "OCR 87 %"
    assert "fas" in source.toolTip()
    typed = main_window.store_jobs.read(lambda store: store.documents.all()[0].sha256)
    with qtbot.waitSignal(main_window.session.document_shown, timeout=20000):
        main_window.open_document(typed)
    assert source.isHidden()  # a typed text is not marked


@needs_tesseract
def test_a_scan_is_read_off_the_store_thread_with_its_pages_on_the_bar(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    from policylens.ui.infra.i18n import isolate

    main_window.settings.setValue("import/ocr_languages", "eng")
    before = main_window.library_model.rowCount()
    main_window.import_files([str(_scan(tmp_path, pages=4))])
    bar = main_window.status.progress
    reading = f"{isolate('scan.pdf')}: OCR ({isolate('English')} (eng)), "
    pages = [f"{reading}{n} of 4 pages" for n in (1, 2, 3)]  # one page done, at least
    qtbot.waitUntil(lambda: bar.text() in pages, timeout=90000)
    assert main_window.importer.loading()
    # The library answers at once meanwhile: the OCR is not on the store thread.
    answers: list[int] = []
    main_window.store_jobs.run_locked(
        lambda store: store.documents.count(), "count", done=answers.append
    )
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert main_window.importer.loading() and answers == [before]
    qtbot.waitUntil(lambda: not main_window.importing(), timeout=180000)
    assert main_window.library_model.rowCount() == before + 1
    assert not main_window.menus.cancel_import_action.isEnabled()
    qtbot.waitUntil(lambda: main_window.runner.running() == 0, timeout=30000)  # its analysis
    assert bar.isHidden()


@needs_tesseract
def test_file_cancel_import_and_esc_stop_a_scan_and_add_nothing(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    main_window.settings.setValue("import/ocr_languages", "eng")
    action = main_window.menus.cancel_import_action
    assert not action.isEnabled()
    assert QKeySequence("Esc") in action.shortcuts()
    before = main_window.library_model.rowCount()
    scan = _scan(tmp_path, pages=6)
    for stop in ("menu", "esc"):
        main_window.import_files([str(scan)])
        qtbot.waitUntil(lambda: not main_window.status.cancel.isHidden(), timeout=60000)
        assert action.isEnabled()
        if stop == "menu":
            action.trigger()
        else:
            main_window.activateWindow()
            qtbot.keyClick(main_window.reader, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not main_window.importing(), timeout=30000)
        assert main_window.library_model.rowCount() == before
        assert not action.isEnabled() and main_window.status.progress.isHidden()
        assert "nothing was added" in main_window.statusBar().currentMessage()
