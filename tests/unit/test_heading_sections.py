"""A heading that names no practice takes the one its section covers (the guidelines: "a
heading takes the category its section covers"), read from the lines under it; a generic
heading, a dateline, a long unpunctuated statement and a section of scattered topics give none.
"""

from __future__ import annotations

from tests.unit.test_apply_context import RETENTION, SECURITY, SHARING, categories, run

from policylens.core.analysis import SECTION_SCORE, analyze
from policylens.core.classifier import THRESHOLD
from policylens.core.document import Document
from policylens.core.heading_sections import NOTE

CHANGE = "policy_change"


def test_a_numbered_heading_naming_nothing_takes_its_sections_practice() -> None:
    _title, heading, *_ = run(
        ("Our notice", "heading", {"other": 1.0}),
        ("8. New editions", "heading", {}),
        ("8.1. We may change this policy.", "sentence", {CHANGE: 0.9}),
        ("8.2. A new version applies once posted.", "sentence", {CHANGE: 0.8}),
        ("8.3. Questions go to our office.", "sentence", {}),
        ("9. Other terms", "heading", {}),
        ("9.1. We keep backups for a month.", "sentence", {RETENTION: 0.9}),
        levels={1: 1, 5: 1},
    )
    assert categories(heading) == {CHANGE: (SECTION_SCORE, "context")}
    assert heading.categories[0].note == NOTE


def test_an_unnumbered_headings_section_ends_at_the_next_heading() -> None:
    _title, heading, *_ = run(
        ("Our notice", "heading", {"other": 1.0}),
        ("Information sharing", "heading", {}),
        ("We give your address to couriers.", "sentence", {SHARING: 0.9}),
        ("Keeping data", "heading", {RETENTION: 0.6}),
        ("We keep orders for a year.", "sentence", {RETENTION: 0.9}),
        ("We delete them after that.", "sentence", {RETENTION: 0.9}),
    )
    assert categories(heading) == {SHARING: (SECTION_SCORE, "context")}


def test_a_section_of_scattered_topics_gives_its_heading_nothing() -> None:
    _title, heading, *_ = run(
        ("Our notice", "heading", {"other": 1.0}),
        ("Miscellany", "heading", {}),
        ("We give your address to couriers.", "sentence", {SHARING: 0.9}),
        ("We keep orders for a year.", "sentence", {RETENTION: 0.9}),
        ("We encrypt the database.", "sentence", {SECURITY: 0.9}),
    )
    assert [s.id for s in heading.categories] == ["other"]


def test_generic_headings_datelines_and_statements_take_nothing() -> None:
    section = [
        ("We may change this policy.", "sentence", {CHANGE: 0.9}),
        ("We will post the new version here.", "sentence", {CHANGE: 0.9}),
    ]
    for line, evidence in (
        ("Contact us", {"other": THRESHOLD}),
        ("Updated 2024", {}),
        ("We do not look at the photos on your phone", {}),
    ):
        _title, heading, *_ = run(
            ("Our notice", "heading", {"other": 1.0}), (line, "heading", evidence), *section
        )
        assert [s.id for s in heading.categories] == ["other"], line


def test_in_a_real_analysis_the_heading_of_a_sharing_section_is_sharing() -> None:
    text = (
        "Privacy notice\n"
        "Intro text about the shop.\n"
        "3. Who else sees it\n"
        "3.1. We share your address with the courier that delivers your order.\n"
        "3.2. We disclose data to the police when a court orders us to.\n"
    )
    clauses = analyze(Document.from_text(text, title="t", format="txt"))
    heading = next(c for c in clauses if text[c.start : c.end] == "3. Who else sees it")
    assert heading.category_ids == (SHARING,)


def test_a_list_head_naming_nothing_passes_its_items_practice_to_the_silent_items() -> None:
    # "When you order we ask for:" names no practice; two of its three items do, so the head
    # takes it and so does the item with no word of its own (a reader reads it under the head).
    collection = "first_party_collection_use"
    _title, head, name, _phone, address = run(
        ("Our shop", "heading", {"other": 1.0}),
        ("When you order we ask for:", "heading", {}),
        ("- your name;", "list_item", {collection: 0.9}),
        ("- a phone number;", "list_item", {collection: 0.9}),
        ("- where to deliver.", "list_item", {}),
    )
    assert categories(head) == {collection: (SECTION_SCORE, "context")}
    assert categories(address) == {collection: (SECTION_SCORE, "context")}
    assert categories(name)[collection][1] == "lexicon"


def test_a_heading_without_a_colon_heads_its_list_when_most_items_carry_its_practice() -> None:
    # "What the app stores" over five items, three of which name collection themselves: the
    # two silent ones ("- sick notes you send") are read under it too.
    collection = "first_party_collection_use"
    _title, head, _a, _b, silent, _c, other_silent = run(
        ("Parents' app", "heading", {"other": 1.0}),
        ("What the app stores", "heading", {}),
        ("- your child's name and group", "list_item", {collection: 0.9}),
        ("- phone numbers of the parents", "list_item", {collection: 0.9}),
        ("- sick notes you send", "list_item", {}),
        ("- messages with the group", "list_item", {collection: 0.9}),
        ("- holidays you announce", "list_item", {}),
    )
    assert categories(head) == {collection: (SECTION_SCORE, "context")}
    assert categories(silent) == {collection: (SECTION_SCORE, "context")}
    assert categories(other_silent) == {collection: (SECTION_SCORE, "context")}


def test_a_heading_without_a_colon_leaves_its_list_alone_when_few_items_carry_it() -> None:
    # One item of two names sharing: the heading may take it from its section, the other item
    # (a review of posts) is not thereby sharing.
    _title, head, _shared, silent = run(
        ("Our site", "heading", {"other": 1.0}),
        ("Payments", "heading", {}),
        ("- payment providers handle all payments", "list_item", {SHARING: 0.9}),
        ("- paid posts are reviewed by our editor", "list_item", {}),
    )
    assert categories(head) == {SHARING: (SECTION_SCORE, "context")}
    assert [s.id for s in silent.categories] == ["other"]


def test_a_new_list_after_a_blank_line_is_not_read_with_the_previous_lists_head() -> None:
    # "We collect:" then its bullets, a blank line, then an unmarked line ending with ":" that
    # names no practice of its own: its bullets are not the collection list's items.
    text = (
        "We collect the following details when you sign up:\n"
        "- your name and e-mail address\n"
        "- your postal address\n"
        "\n"
        "Afterwards, at the end of each month, you will see:\n"
        "- the weather in your town\n"
    )
    clauses = analyze(Document.from_text(text, title="t", format="txt"))
    shown = {text[c.start : c.end]: c.category_ids for c in clauses}
    assert "first_party_collection_use" in shown["- your postal address"]
    assert "first_party_collection_use" not in shown["- the weather in your town"]


def test_a_table_rows_last_column_naming_a_place_is_where_the_data_goes() -> None:
    # "Recipient – purpose – place": the place is where the recipient processes the data.
    audience = "international_specific_audiences"
    text = (
        "Our sub-processors\n"
        "Stripe, Inc. – payment processing – United States\n"
        "United States Postal Service – parcel delivery – every order\n"
    )
    clauses = analyze(Document.from_text(text, title="t", format="txt"))
    shown = {text[c.start : c.end]: c.category_ids for c in clauses}
    assert audience in shown["Stripe, Inc. – payment processing – United States"]
    assert audience not in shown["United States Postal Service – parcel delivery – every order"]
