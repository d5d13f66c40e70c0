"""Markdown in a plain-text policy (copied from a Markdown source): a line in bold is no
bullet, a "## " heading is one heading however it is numbered, and each highlights as the
same policy without the marks does."""

from __future__ import annotations

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.segment import segment

PLAIN = (
    "Privacy notice\n"
    "{h}Payment{h}\n"
    "Card payments are processed by our payment provider, which receives your card number.\n"
    "{m}2. Data we collect\n"
    "We collect your name and e-mail address when you register.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, title="t", format="txt")
    return [(document.text[s.start : s.end], s.kind) for s in segment(document)]


def _categories(text: str) -> list[tuple[str, ...]]:
    document = Document.from_text(text, title="t", format="txt")
    return [clause.category_ids for clause in analyze(document)]


def test_a_line_in_bold_is_a_heading_not_a_bullet() -> None:
    kinds = _kinds(PLAIN.format(h="**", m=""))
    assert ("**Payment**", "heading") in kinds
    assert ("__Payment__", "heading") in _kinds(PLAIN.format(h="__", m=""))
    assert ("*Last updated: 1 May 2025*", "heading") in _kinds("*Last updated: 1 May 2025*\n")


def test_a_markdown_heading_is_one_heading_however_numbered() -> None:
    kinds = _kinds(PLAIN.format(h="", m="## "))
    assert ("## 2. Data we collect", "heading") in kinds
    assert ("### Ваши права ###", "heading") in _kinds("### Ваши права ###\n")


def test_a_bold_lead_in_starts_a_sentence_and_a_bullet_stays_a_bullet() -> None:
    kinds = _kinds("**Note:** we never sell your data.\n* your name;\n** your e-mail address.\n")
    assert kinds == [
        ("**Note:** we never sell your data.", "sentence"),
        ("* your name;", "list_item"),
        ("** your e-mail address.", "list_item"),
    ]


def test_marked_up_headings_highlight_as_the_plain_ones() -> None:
    plain = _categories(PLAIN.format(h="", m=""))
    assert _categories(PLAIN.format(h="**", m="## ")) == plain
    assert "third_party_sharing_collection" in plain[1]  # the "Payment" heading
