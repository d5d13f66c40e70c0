"""A shop's closing address line with a phone number is contact details (`other`), not the
practice of the section it ends, even when its house and phone numbers make it long."""

from __future__ import annotations

from policylens.core.analysis import analyze
from policylens.core.document import Document

POLICY = (
    "Ваши права\n"
    "Напишите нам, и мы исправим или удалим ваши данные.\n"
    "ИП Петров А. А., г. Орёл, ул. Лесная, 3, тел. +7 (4862) 00-00-00, shop@petrov.example\n"
)


def test_a_long_address_line_with_a_phone_number_takes_no_section_practice() -> None:
    document = Document.from_text(POLICY, title="case", format="txt")
    clauses = analyze(document)
    last = clauses[-1]
    assert POLICY.splitlines()[-1] == document.text[last.start : last.end].strip()
    assert "user_access_edit_deletion" not in last.category_ids
    assert "user_access_edit_deletion" in clauses[1].category_ids
