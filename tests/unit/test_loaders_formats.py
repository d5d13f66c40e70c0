"""HTML, Markdown, PDF and DOCX: the text a reader expects, one block per line."""

from __future__ import annotations

from pathlib import Path

import docx
from fpdf import FPDF

from policylens.core.loaders import load_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Example – Privacy</title>
<style>body { color: red } .x:before { content: "STYLE TEXT" }</style>
<script>var tracking = "SCRIPT TEXT";</script></head>
<body>
<header class="site"><a href="/">Example Inc.</a> <span>Site banner</span></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav>
<div class="content">
<h1>Privacy   Policy</h1>
<p>We collect your e-mail address &amp; name when
   you register. We don&#39;t sell it &mdash; ever.</p>
<h2>What we share</h2>
<ul><li>Analytics providers</li><li>Payment processors <b>only</b> as needed</li></ul>
<table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Logs</td><td>30&nbsp;days</td></tr></table>
<p hidden>Hidden text</p>
<p>Contact: <a href="mailto:x">privacy@<!-- obfuscated -->example.com</a><br>Phone: 123</p>
</div>
<footer>© 2024 Example Inc. All rights reserved.</footer>
<noscript>NOSCRIPT TEXT</noscript>
</body></html>
"""

EXPECTED_LINES = [
    "Privacy Policy",
    "We collect your e-mail address & name when you register. We don't sell it — ever.",
    "What we share",
    "• Analytics providers",
    "• Payment processors only as needed",
    "Data",
    "Kept for",
    "Logs",
    "30\u00a0days",
    "Contact: privacy@example.com",
    "Phone: 123",
]


def test_html_main_text_one_block_per_line(tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text(PAGE, "utf-8")
    document = load_document(path)
    assert document.format == "html"
    assert document.text.split("\n") == EXPECTED_LINES
    assert document.title == "Privacy Policy"
    for junk in ("SCRIPT", "STYLE", "NOSCRIPT", "Home", "About us", "banner", "rights", "Hidden"):
        assert junk not in document.text


def test_html_main_element_and_article_header_kept(tmp_path: Path) -> None:
    page = (
        "<html><body><nav>Menu</nav><main><article><header><h1>Integritetspolicy</h1>"
        "</header><p>Vi sparar dina uppgifter.</p></article></main>"
        "<aside>Related links</aside></body></html>"
    )
    path = tmp_path / "sv.htm"
    path.write_text(page, "utf-8")
    document = load_document(path)
    assert document.text == "Integritetspolicy\nVi sparar dina uppgifter."
    assert document.language == "sv"


def test_html_declared_charset_windows_1256(tmp_path: Path) -> None:
    body = "حريم خصوصي\nما اطلاعات شما را براي بهبود خدمات نگهداري ميکنيم."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>سياست</title></head><body>"
        + "".join(f"<p>{line}</p>" for line in body.split("\n"))
        + "</body></html>"
    )
    path = tmp_path / "fa.html"
    path.write_bytes(page.encode("cp1256"))
    document = load_document(path)
    assert document.text == body
    assert document.encoding == "cp1256"
    assert (document.language, document.direction) == ("fa", "rtl")
    assert document.title == "سياست"


def test_html_without_declared_charset_is_detected(tmp_path: Path) -> None:
    page = "<html><body><h2>Политика</h2><p>Мы не продаём ваши данные и не передаём их.</p></body>"
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("koi8-r"))
    document = load_document(path)
    assert document.text == "Политика\nМы не продаём ваши данные и не передаём их."
    assert document.title == "ru"  # no <h1> or <title>: the file name


def _pdf(path: Path, pages: list[str]) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))


def test_pdf_text_layer_in_page_order(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    _pdf(path, ["Privacy Policy\nWe collect your e-mail address.", "Page two: contact us."])
    document = load_document(path)
    assert document.format == "pdf"
    assert document.text == "Privacy Policy\nWe collect your e-mail address.\nPage two: contact us."
    assert document.title == "Privacy Policy"
    assert document.language == "en"


def test_docx_paragraphs_tables_and_heading(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Company Ltd.")
    word.add_heading("Integritetspolicy", level=1)
    word.add_paragraph("Vi samlar in uppgifter om dig när du använder tjänsten.")
    table = word.add_table(rows=2, cols=2)
    for row, cells in zip(
        table.rows, [("Data", "Lagringstid"), ("Loggar", "30 dagar")], strict=True
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    word.add_paragraph("")
    word.add_paragraph("Kontakta oss.")
    path = tmp_path / "policy.docx"
    word.save(str(path))
    document = load_document(path)
    assert document.format == "docx"
    assert document.text.split("\n") == [
        "Company Ltd.",
        "Integritetspolicy",
        "Vi samlar in uppgifter om dig när du använder tjänsten.",
        "Data",
        "Lagringstid",
        "Loggar",
        "30 dagar",
        "Kontakta oss.",
    ]
    assert document.title == "Integritetspolicy"
    assert document.language == "sv"


def test_docx_found_by_content_whatever_the_name(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Политика конфиденциальности: мы не продаём ваши данные.")
    path = tmp_path / "policy.bin"
    word.save(str(path))
    assert load_document(path).format == "docx"
