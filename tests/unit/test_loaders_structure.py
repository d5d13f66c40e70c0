"""DOCX and HTML keep what a reader sees: headings marked as headings, list bullets and
numbers; a page saved from a browser loses its navigation, cookie banner and footer."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from tests.eval import pdf_import

from policylens.core.loaders import load_document
from policylens.core.segment import segment

NOTICES = sorted(pdf_import.NOTICES.glob("notice_*.html"))

SITE = """<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>Riverside – Privacy</title><link rel="stylesheet" href="site.css">
<script>window.dataLayer = [];</script></head><body>
<div id="onetrust-consent-sdk"><div class="ot-sdk-container" role="dialog"
 aria-label="Cookie banner"><p>We use cookies to improve your experience. Accept all?</p>
<button>Accept all</button><button>Settings</button></div></div>
<header class="site-header"><a href="/">Riverside Hospital</a>
<nav aria-label="Main"><ul><li><a href="/care">Care</a></li><li><a href="/visit">Visiting</a>
</li><li><a href="/jobs">Jobs</a></li></ul></nav></header>
<div class="breadcrumbs" role="navigation"><a href="/">Home</a> › Privacy</div>
<div class="page">{body}</div>
<aside class="sidebar"><h3>Related</h3><ul><li>Patient portal</li></ul></aside>
<footer><p>© 2026 Riverside Community Hospital · <a href="/imprint">Imprint</a></p>
<ul><li>Facebook</li><li>Instagram</li></ul></footer>
<div class="cookie-notice" style="position:fixed">Cookies help us. <a>OK</a></div>
</body></html>"""


@pytest.mark.parametrize("notice", NOTICES, ids=[p.stem for p in NOTICES])
def test_saved_page_keeps_the_policy_and_drops_the_site(notice: Path, tmp_path: Path) -> None:
    source = notice.read_text("utf-8")
    body = re.search(r"<body>(.*)</body>", source, re.S)
    lang = re.search(r'lang="(\w+)"', source)
    assert body and lang
    page = tmp_path / "saved.html"
    rtl = "rtl" if lang.group(1) == "ar" else "ltr"
    page.write_text(SITE.format(lang=lang.group(1), dir=rtl, body=body.group(1)), "utf-8")
    expected = load_document(notice)
    saved = load_document(page)
    assert pdf_import.words_intact(expected.text, saved.text) == 1.0
    assert saved.text == expected.text  # not one word of the site around it
    headings = [saved.text[p.start : p.end] for p in saved.paragraphs if p.heading]
    assert len(headings) == 8  # h1 and seven h2
    assert sum(1 for line in saved.text.split("\n") if line.startswith("• ")) == 4
    numbered = [
        saved.text[p.start : p.start + 3]
        for p in saved.paragraphs
        if not p.heading and saved.text[p.start].isdigit()
    ]
    assert numbered == ["1. ", "2. ", "3. ", "4. "]  # the <ol> of rights, as a browser numbers it


def test_a_section_about_cookies_or_consent_stays(tmp_path: Path) -> None:
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><body><main><h1>Privacy</h1><section id='cookies' class='policy-section'>"
        "<h2>Cookies</h2><p>We set a session cookie.</p></section><section id='consent'>"
        "<h2>Consent</h2><p>You may withdraw consent.</p></section></main></body></html>",
        "utf-8",
    )
    text = load_document(page).text
    assert text.split("\n") == [
        "Privacy",
        "Cookies",
        "We set a session cookie.",
        "Consent",
        "You may withdraw consent.",
    ]


def test_ordered_list_start_and_letters(tmp_path: Path) -> None:
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><body><ol start='3'><li>three</li><li>four</li></ol>"
        "<ol type='a'><li>first</li><li>second</li></ol></body></html>",
        "utf-8",
    )
    assert load_document(page).text.split("\n") == ["3. three", "4. four", "a. first", "b. second"]


def test_docx_headings_and_lists_as_word_shows_them(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Integritetspolicy", level=1)
    word.add_paragraph("Vi samlar in:")
    word.add_paragraph("ditt namn;", style="List Bullet")
    word.add_paragraph("din e-postadress.", style="List Bullet")
    word.add_heading("Dina rättigheter", level=2)
    word.add_paragraph("se dina uppgifter;", style="List Number")
    word.add_paragraph("radera dem.", style="List Number")
    path = tmp_path / "policy.docx"
    word.save(str(path))
    document = load_document(path)
    assert document.text.split("\n") == [
        "Integritetspolicy",
        "Vi samlar in:",
        "• ditt namn;",
        "• din e-postadress.",
        "Dina rättigheter",
        "1. se dina uppgifter;",
        "2. radera dem.",
    ]
    headings = [document.text[p.start : p.end] for p in document.paragraphs if p.heading]
    assert headings == ["Integritetspolicy", "Dina rättigheter"]
    kinds = [s.kind for s in segment(document)]
    assert kinds[0] == "heading" and kinds[4] == "heading"
    assert kinds[2] == kinds[3] == kinds[5] == "list_item"
