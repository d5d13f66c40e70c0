"""Which documents are written in paragraphs, as the paragraph-labelled texts a user may train
on (OPP-115's) are: there a model of paragraphs may veto (`paragraph_unit`)."""

from __future__ import annotations

from policylens.core.document import Document
from policylens.core.learn.paragraph_unit import written_in_paragraphs
from policylens.core.segment import segment


def _in_paragraphs(text: str) -> bool:
    return written_in_paragraphs(segment(Document.from_text(text, title="t", format="txt")))


def test_a_web_policy_of_multi_sentence_paragraphs_is_written_in_paragraphs() -> None:
    assert _in_paragraphs(
        "Information We Collect\n\n"
        "We collect the information you give us when you register. We also receive data from "
        "our partners. This helps us improve the service.\n\n"
        "We keep your data while your account is open. After that we delete it within a "
        "month.\n"
    )


def test_a_policy_written_a_clause_or_an_item_a_line_is_not() -> None:
    assert not _in_paragraphs(
        "1. Information we collect\n"
        "1.1. We collect your name and e-mail address when you register.\n"
        "1.2. We collect the pages you visit.\n"
        "We share your data with:\n"
        "- payment providers;\n"
        "- delivery services.\n"
        "We keep your data while your account is open. After that we delete it.\n"
    )
    assert not _in_paragraphs("")
    assert not _in_paragraphs("Privacy Policy\n")
