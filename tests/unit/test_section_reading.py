"""Lines read with the heading or list above them, as the guidelines label them (issue 11):
each case is a short English policy and the categories one of its lines must and must not get,
analysed as the CLI and the window do by default (lexicon + shipped model)."""

from __future__ import annotations

import pytest

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# (policy text, the line looked at, categories it must get, categories it must not get)
CASES = [
    # A weak cue the model sets aside ("password", "stored") does not hide the section's
    # practice: these items say what is collected.
    (
        "What we collect\n- Your profile: a username and a password you choose.\n"
        "- Your orders: what you bought and where it was stored before shipping.\n",
        "- Your profile: a username and a password you choose.",
        {"first_party_collection_use"},
        set(),
    ),
    (
        "What we collect\n- Your profile: a username and a password you choose.\n"
        "- Your orders: what you bought and where it was stored before shipping.\n",
        "- Your orders: what you bought and where it was stored before shipping.",
        {"first_party_collection_use"},
        set(),
    ),
    # A heading that names deleting an account names the deletion right, and its section
    # follows it.
    (
        "Deleting your account\nOpen Settings, tap Profile, then Remove profile; everything "
        "goes with it.\n",
        "Deleting your account",
        {"user_access_edit_deletion"},
        {"data_retention"},
    ),
    (
        "Deleting your account\nOpen Settings, tap Profile, then Remove profile; everything "
        "goes with it.\n",
        "Open Settings, tap Profile, then Remove profile; everything goes with it.",
        {"user_access_edit_deletion"},
        set(),
    ),
    # A named payment, analytics or advertising service is a third party.
    (
        "Payments\nCard payments in the shop are handled by Stripe.\n",
        "Card payments in the shop are handled by Stripe.",
        {"third_party_sharing_collection"},
        set(),
    ),
    # A bulleted list right under a heading is read with the heading, as a list with its
    # list head: an item that also names a partner keeps the collection it lists.
    (
        "Information we collect\n- Crash reports, sent through our error tracker Sentry.\n"
        "- Your e-mail address.\n",
        "- Crash reports, sent through our error tracker Sentry.",
        {"first_party_collection_use", "third_party_sharing_collection"},
        set(),
    ),
    # A bare phone number is a contact detail; a date of the same length is a version's.
    ("Contact\nTel.: 555 0142 8890\n", "Tel.: 555 0142 8890", {"other"}, {"policy_change"}),
    ("تاريخ التحديث: ١٥/٠٣/٢٠٢٥\n", "تاريخ التحديث: ١٥/٠٣/٢٠٢٥", {"policy_change"}, set()),
    # Rows of a table set out as text belong to the section they stand in, and a row with
    # words of its own ("encrypted") does not start a section of its own.
    (
        "Retention\nSaved carts – 90 days\nSecurity logs – encrypted, 12 months\n"
        "Invoices – 10 years after the sale\n",
        "Invoices – 10 years after the sale",
        {"data_retention"},
        {"data_security"},
    ),
    (
        "Retention\nSaved carts – 90 days\nSecurity logs – encrypted, 12 months\n"
        "Invoices – 10 years after the sale\n",
        "Saved carts – 90 days",
        {"data_retention"},
        set(),
    ),
    # An app's version under the section on changes is no change of the policy (nor any
    # practice); the policy's own version and date are.
    (
        "Changes to this policy\nWe will post any new version in the app.\n"
        "Current app version: 4.12.0\n",
        "Current app version: 4.12.0",
        set(),
        {"policy_change"},
    ),
    (
        "Өзгерістер\nСаясат өзгерсе, жаңа нұсқасын қосымшада жариялаймыз.\n"
        "Қосымша нұсқасы: 2.7.1 (сборка 305)\n",
        "Қосымша нұсқасы: 2.7.1 (сборка 305)",
        set(),
        {"policy_change"},
    ),
    (
        "Изменения политики\nО новой редакции сообщим в приложении.\nРедакция 3 от 14.01.2026\n",
        "Редакция 3 от 14.01.2026",
        {"policy_change"},
        set(),
    ),
]


# Headings that name a practice take it (GUIDELINES): one heading, then one plain line.
HEADINGS = [
    ("Business Transfers", "third_party_sharing_collection"),
    ("Accessing and Updating Your Information", "user_access_edit_deletion"),
    ("International Users", "international_specific_audiences"),
    ("Protecting Your Information", "data_security"),
    ("Location Information", "first_party_collection_use"),
    ("Communication Preferences", "user_choice_control"),
]


@pytest.mark.parametrize(("heading", "category"), HEADINGS)
def test_heading_names_its_practice(heading: str, category: str) -> None:
    document = Document.from_text(f"{heading}\nRead on.\n", title="case", format="txt")
    assert category in analyze_with_model(document)[0].category_ids


@pytest.mark.parametrize("case", CASES, ids=[c[1][:40] for c in CASES])
def test_line_in_context(case: tuple[str, str, set[str], set[str]]) -> None:
    text, line, expected, forbidden = case
    document = Document.from_text(text, title="case", format="txt")
    at = text.index(line)
    found = {
        category
        for clause in analyze_with_model(document)
        if clause.start < at + len(line) and at < clause.end
        for category in clause.category_ids
    }
    assert expected <= found, found
    assert not found & forbidden, found
