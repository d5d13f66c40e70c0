"""The context rules of `analysis.apply_context`, on hand-made segments and evidence: headings
colour their section, list heads their items, generic headings and numbered ones end a
section, and a category named in passing beside a far better supported one is left out."""

from __future__ import annotations

from policylens.core.analysis import (
    BESIDE_QUALIFIER,
    BESIDE_SCORE,
    DOMINANCE,
    HEADING_THRESHOLD,
    LIST_HEAD_SCORE,
    SECTION_SCORE,
    apply_context,
)
from policylens.core.classifier import THRESHOLD, Evidence
from policylens.core.clause import Clause, ClauseKind, Cue
from policylens.core.heading_sections import NOTE as SECTION_NOTE
from policylens.core.segment import Segment

RETENTION = "data_retention"
SECURITY = "data_security"
SHARING = "third_party_sharing_collection"
ACCESS = "user_access_edit_deletion"
CHOICE = "user_choice_control"


def build(*parts: tuple[str, ClauseKind, dict[str, float]], levels: dict[int, int] | None = None):
    """Text of one paragraph per part, its segments and evidence ({category: score})."""
    text, segments, evidence = "", [], []
    for number, (words, kind, scores) in enumerate(parts):
        start = len(text)
        text += words + "\n"
        segments.append(
            Segment(
                start,
                start + len(words),
                kind,
                "en",
                "ltr",
                number,
                (levels or {}).get(number, 0),
                words.rstrip().endswith(":"),
            )
        )
        evidence.append({c: Evidence(s) for c, s in scores.items()})
    return text, segments, evidence


def categories(clause: Clause) -> dict[str, tuple[float, str]]:
    return {s.id: (s.score, s.source) for s in clause.categories}


def run(*parts: tuple[str, ClauseKind, dict[str, float]], levels: dict[int, int] | None = None):
    text, segments, evidence = build(*parts, levels=levels)
    return apply_context(text, segments, evidence)


def test_a_heading_colours_the_clauses_of_its_section_that_name_nothing() -> None:
    heading, plain, own = run(
        ("How long we keep data", "heading", {RETENTION: HEADING_THRESHOLD}),
        ("We keep it as described here.", "sentence", {}),
        ("We protect it with encryption.", "sentence", {SECURITY: 0.8}),
    )
    assert categories(heading) == {RETENTION: (HEADING_THRESHOLD, "lexicon")}
    assert categories(plain) == {RETENTION: (SECTION_SCORE, "context")}
    assert plain.categories[0].note == "from the section"
    # A clause with words of its own keeps them, and only them.
    assert categories(own) == {SECURITY: (0.8, "lexicon")}


def test_a_heading_below_the_heading_threshold_opens_no_section() -> None:
    _heading, plain = run(
        ("Some words", "heading", {RETENTION: HEADING_THRESHOLD - 0.05}),
        ("We keep it as described here.", "sentence", {}),
    )
    assert [s.id for s in plain.categories] == ["other"]


def test_a_generic_heading_ends_the_section() -> None:
    *_, after = run(
        ("Retention", "heading", {RETENTION: 0.6}),
        ("Contact us", "heading", {"other": THRESHOLD}),
        ("Write to the address below.", "sentence", {}),
    )
    assert [s.id for s in after.categories] == ["other"]


def test_a_dateline_heading_keeps_the_section_it_stands_in() -> None:
    *_, after = run(
        ("Retention", "heading", {RETENTION: 0.6}),
        ("Last updated 1 March 2024", "heading", {SHARING: 0.6}),
        ("We keep it as described here.", "sentence", {}),
    )
    assert categories(after) == {RETENTION: (SECTION_SCORE, "context")}


def test_a_dateline_in_hijri_or_iranian_years_and_eastern_digits_opens_no_section() -> None:
    for dateline in ("تاريخ آخر تحديث: ١٥ رجب ١٤٤٦هـ", "آخرین بروزرسانی: ۱۰ بهمن ۱۴۰۳"):
        _title, _date, intro = run(
            ("Title", "heading", {}),
            (dateline, "heading", {"policy_change": 0.8}),
            ("About us.", "sentence", {}),
        )
        assert [s.id for s in intro.categories] == ["other"], dateline


def test_a_short_unnumbered_heading_naming_nothing_is_a_sub_heading() -> None:
    # ...of a numbered section, or over a list it labels ("Kommunikationsdata", "- Enkätsvar").
    _section, sub, after = run(
        ("3. Retention", "heading", {RETENTION: 0.6}),
        ("In short", "heading", {}),
        ("We keep it as described here.", "sentence", {}),
        levels={0: 1},
    )
    assert categories(sub) == {RETENTION: (SECTION_SCORE, "context")}
    assert categories(after) == {RETENTION: (SECTION_SCORE, "context")}
    _section, sub, item = run(
        ("Retention", "heading", {RETENTION: 0.6}),
        ("Records", "heading", {}),
        ("- invoices", "list_item", {}),
    )
    assert categories(item) == {RETENTION: (SECTION_SCORE, "context")}


def test_in_a_policy_of_unnumbered_headings_one_naming_nothing_starts_its_own_section() -> None:
    # "حسابك" (your account) after a collection section, over sentences: a flat policy's
    # next topic, not a sub-heading; the section's words were bleeding into every later one.
    *_, after = run(
        ("Retention", "heading", {RETENTION: 0.6}),
        ("We keep it a year.", "sentence", {RETENTION: 0.8}),
        ("Your account", "heading", {}),
        ("You can change it any time.", "sentence", {}),
    )
    assert [s.id for s in after.categories] == ["other"]


def test_a_longer_heading_naming_nothing_starts_a_section_of_its_own() -> None:
    *_, after = run(
        ("Retention", "heading", {RETENTION: 0.6}),
        ("What else you should know", "heading", {}),
        ("We keep it as described here.", "sentence", {}),
    )
    assert [s.id for s in after.categories] == ["other"]


def test_a_numbered_heading_at_the_same_level_ends_the_section() -> None:
    *_, after = run(
        ("3. Retention", "heading", {RETENTION: 0.6}),
        ("4. Miscellany", "heading", {}),
        ("We keep it as described here.", "sentence", {}),
        levels={0: 1, 1: 1},
    )
    assert [s.id for s in after.categories] == ["other"]


def test_a_deeper_numbered_heading_naming_nothing_stays_in_the_section() -> None:
    *_, after = run(
        ("3. Retention", "heading", {RETENTION: 0.6}),
        ("3.1 Backups", "heading", {}),
        ("Copies go after a while.", "sentence", {}),
        levels={0: 1, 1: 2},
    )
    assert categories(after) == {RETENTION: (SECTION_SCORE, "context")}


def test_withdrawing_consent_in_a_rights_list_is_a_choice_not_access() -> None:
    # "You have the right to:" / "- withdraw your consent": the item states a choice, which
    # the guidelines keep apart from access; its neighbours still take the rights list's access.
    _head, access, withdraw = run(
        ("You have the right to:", "sentence", {ACCESS: 0.7}),
        ("see a copy of your data;", "list_item", {}),
        ("withdraw your consent at any time.", "list_item", {CHOICE: 0.8}),
    )
    assert categories(access) == {ACCESS: (LIST_HEAD_SCORE, "context")}
    assert categories(withdraw) == {CHOICE: (0.8, "lexicon")}


def test_a_list_head_colours_its_items_and_stops_at_the_next_sentence() -> None:
    head, item, own, after = run(
        ("We share data with:", "sentence", {SHARING: 0.7}),
        ("advertisers", "list_item", {}),
        ("auditors, who keep it for a year", "list_item", {RETENTION: 0.7}),
        ("That is all.", "sentence", {}),
    )
    assert categories(head) == {SHARING: (0.7, "lexicon")}
    assert categories(item) == {SHARING: (LIST_HEAD_SCORE, "context")}
    assert item.categories[0].note == "from the list head"
    # An item with words of its own gets the list head's categories besides them.
    assert categories(own) == {RETENTION: (0.7, "lexicon"), SHARING: (LIST_HEAD_SCORE, "context")}
    assert [s.id for s in after.categories] == ["other"]


def test_a_law_a_list_head_cites_beside_its_practice_is_not_passed_on_to_the_items() -> None:
    audience = "international_specific_audiences"
    collection = "first_party_collection_use"
    head, processor = run(
        (
            "We use these processors, bound by agreements under Art. 28 GDPR:",
            "sentence",
            {SHARING: 0.9, audience: 0.95},
        ),
        ("an e-mail service for account messages", "list_item", {SHARING: 0.6}),
    )
    assert set(categories(head)) == {SHARING, audience}
    assert set(categories(processor)) == {SHARING}
    # A head about the audience alone, or about children, passes the audience on.
    _, right = run(
        ("Under the CCPA, California residents may:", "sentence", {audience: 0.97}),
        ("request that we delete their personal information", "list_item", {}),
    )
    assert set(categories(right)) == {audience}
    _, item = run(
        (
            "We collect only what a child needs to learn to read:",
            "sentence",
            {collection: 0.9, audience: 0.95},
        ),
        ("reading progress and quiz answers", "list_item", {collection: 0.6}),
    )
    assert set(categories(item)) == {collection, audience}


def test_a_category_named_in_passing_beside_a_far_stronger_one_is_left_out() -> None:
    best = 0.9
    (kept,) = run(("x", "sentence", {SECURITY: best, RETENTION: best * DOMINANCE}))
    (dropped,) = run(("x", "sentence", {SECURITY: best, RETENTION: best * DOMINANCE - 0.01}))
    assert set(categories(kept)) == {SECURITY, RETENTION}
    assert set(categories(dropped)) == {SECURITY}


def test_a_clause_that_names_nothing_is_other_and_its_categories_come_sorted() -> None:
    (nothing,) = run(("Hello.", "sentence", {SECURITY: 0.2}))
    assert [s.id for s in nothing.categories] == ["other"]
    assert nothing.categories[0].score == 0.8  # 1 − the strongest unasserted evidence
    (two,) = run(("x", "sentence", {RETENTION: 0.6, SECURITY: 0.65}))
    assert [s.id for s in two.categories] == [SECURITY, RETENTION]


def test_consent_stated_outright_beside_a_stronger_practice_is_kept() -> None:
    choice = "user_choice_control"
    (shared,) = run(("x", "sentence", {SHARING: 0.99, choice: BESIDE_SCORE}))
    (passing,) = run(("x", "sentence", {SHARING: 0.99, choice: BESIDE_SCORE - 0.05}))
    (other,) = run(("x", "sentence", {SHARING: 0.99, RETENTION: BESIDE_SCORE}))
    assert set(categories(shared)) == {SHARING, choice}
    assert set(categories(passing)) == {SHARING}
    assert set(categories(other)) == {SHARING}


def test_an_audience_or_law_does_not_push_out_the_practice_it_qualifies() -> None:
    audience = "international_specific_audiences"
    (law,) = run(("x", "sentence", {audience: 0.97, RETENTION: 0.85}))
    (weak,) = run(("x", "sentence", {audience: 0.97, RETENTION: 0.45}))
    (passing,) = run(("x", "sentence", {RETENTION: 0.99, audience: BESIDE_SCORE - 0.05}))
    assert set(categories(law)) == {audience, RETENTION}
    assert set(categories(weak)) == {audience}
    assert set(categories(passing)) == {RETENTION}
    # "You must be 18 to create an account": one plain cue of collection beside a sure
    # audience is the age gate's condition, not a practice of its own.
    (gate,) = run(("x", "sentence", {audience: 0.97, RETENTION: BESIDE_QUALIFIER - 0.05}))
    assert set(categories(gate)) == {audience}


def test_a_cue_a_model_vetoed_withholds_the_section_context_however_sure_the_veto() -> None:
    # Only cues that could assert are vetoed (`analysis.HEADING_THRESHOLD`), so a low score with
    # the model's note is a sure veto, not a weak hint: it spoke of something else.
    access = "user_access_edit_deletion"
    text, segments, evidence = build(
        ("Purposes", "heading", {RETENTION: 0.6}),
        ("To answer your request.", "sentence", {}),
        ("To keep the list.", "sentence", {}),
    )
    evidence[1] = {
        access: Evidence(0.02, [Cue(0, 1, "x")], "lexicon", "model, 0.01", by_model=True)
    }
    evidence[2] = {access: Evidence(0.3, [Cue(0, 1, "x")], "lexicon", "model, 0.05", by_model=True)}
    _heading, sure, vetoed = apply_context(text, segments, evidence)
    assert [s.id for s in sure.categories] == ["other"]
    assert [s.id for s in vetoed.categories] == ["other"]


def test_a_weak_cue_no_model_overruled_keeps_the_section_context() -> None:
    access = "user_access_edit_deletion"
    text, segments, evidence = build(
        ("Purposes", "heading", {RETENTION: 0.6}),
        ("To answer your request.", "sentence", {}),
    )
    evidence[1] = {access: Evidence(0.1, [Cue(0, 1, "x")])}
    _heading, weak = apply_context(text, segments, evidence)
    assert categories(weak) == {RETENTION: (SECTION_SCORE, "context")}


def test_a_labelled_contact_detail_states_no_practice_but_a_dateline_does() -> None:
    collection = "first_party_collection_use"
    (mail,) = run(("E-mail: privacy@example.com", "sentence", {collection: 0.8}))
    (phone,) = run(("Phone: +46 8 123 45 67", "sentence", {collection: 0.8}))
    (dated,) = run(("Last revised: 2024/02/11", "sentence", {"policy_change": 0.8}))
    (said,) = run(
        ("Write to privacy@example.com to have it deleted.", "sentence", {collection: 0.8})
    )
    assert [s.id for s in mail.categories] == [s.id for s in phone.categories] == ["other"]
    assert [s.id for s in dated.categories] == ["policy_change"]
    assert [s.id for s in said.categories] == [collection]


def test_a_heading_naming_nothing_takes_the_practice_its_section_states() -> None:
    _title, _intro, heading, *_ = run(
        ("Privacy notice", "heading", {}),
        ("Please read on.", "sentence", {}),
        ("4. Contact form", "heading", {}),
        ("What you type in the form is kept for a month.", "sentence", {RETENTION: 0.8}),
        ("Nobody else sees it.", "sentence", {SHARING: 0.7}),
        ("It travels over TLS and is stored encrypted.", "sentence", {SECURITY: 0.9}),
        ("Backups are encrypted too.", "sentence", {SECURITY: 0.9}),
        levels={2: 1},
    )
    assert categories(heading) == {SECURITY: (SECTION_SCORE, "context")}
    assert heading.categories[0].note == SECTION_NOTE


def test_a_heading_takes_the_practice_most_of_its_section_states() -> None:
    _intro, heading, *_ = run(
        ("Some words first.", "sentence", {}),
        ("Newsletter", "heading", {}),
        ("Sent to your e-mail for a year.", "sentence", {RETENTION: 0.7, SHARING: 0.8}),
        ("Our mailer sees your address.", "sentence", {SHARING: 0.8}),
        ("We delete it when you leave.", "sentence", {RETENTION: 0.8}),
    )
    assert categories(heading) == {SHARING: (SECTION_SCORE, "context")}


def test_titles_generic_headings_and_sentences_without_a_full_stop_stay_other() -> None:
    clauses = run(
        ("Our shop", "heading", {}),
        ("Copies go after a while.", "sentence", {RETENTION: 0.8}),
        ("Contact", "heading", {"other": THRESHOLD}),
        ("Copies go after a while.", "sentence", {RETENTION: 0.8}),
        ("we never look at the photos and files on the phones you bring", "heading", {}),
        ("Copies go after a while.", "sentence", {RETENTION: 0.8}),
        ("Plain heading", "heading", {}),
        ("Write to the address below.", "sentence", {}),
    )
    assert [[s.id for s in clauses[i].categories] for i in (0, 2, 4, 6)] == [["other"]] * 4


def _with_other(
    parts: tuple[tuple[str, ClauseKind, dict[str, float]], ...], at: int, cue: bool
) -> list[Clause]:
    """`parts` analysed with part `at` read as "other" at 0.7: by the model alone, or (`cue`)
    by a cue of a generic heading."""
    text, segments, evidence = build(*parts)
    cues = [Cue(0, 1, "x")] if cue else []
    evidence[at] = {"other": Evidence(0.7, cues, "lexicon", "" if cue else "model, 0.70", not cue)}
    return apply_context(text, segments, evidence)


PURPOSE_SECTION = (
    ("How we use your information", "heading", {"first_party_collection_use": 0.9}),
    ("Service delivery", "heading", {}),
    ("- run your account", "list_item", {}),
)


def test_a_subheading_the_model_alone_calls_other_keeps_its_practice_heading_section() -> None:
    """A subheading right under a practice heading, in words no cue knows ("Tjänsteleverans"
    under "Hur vi använder din information"), is read by the model as naming nothing: its
    items still belong to the section."""
    *_, item = _with_other(PURPOSE_SECTION, 1, cue=False)
    assert [s.id for s in item.categories] == ["first_party_collection_use"]


def test_a_generic_heading_named_by_a_cue_ends_the_section_even_right_under_a_heading() -> None:
    *_, item = _with_other(PURPOSE_SECTION, 1, cue=True)
    assert [s.id for s in item.categories] == ["other"]


def test_the_model_alone_still_ends_a_section_after_its_first_clauses() -> None:
    parts = (
        PURPOSE_SECTION[0],
        ("We use it to run the service.", "sentence", {"first_party_collection_use": 0.9}),
        ("Anything else", "heading", {}),
        ("- a remark", "list_item", {}),
    )
    *_, item = _with_other(parts, 2, cue=False)
    assert [s.id for s in item.categories] == ["other"]


def test_a_list_head_naming_nothing_takes_the_sentence_before_it_on_its_line() -> None:
    collection = "first_party_collection_use"

    def items_after(first: str, joint: str) -> dict[str, tuple[float, str]]:
        head = "This may include:"
        text = first + joint + head + "\n" + "your language setting" + "\n"
        second = len(first) + len(joint)
        segments = [
            Segment(0, len(first), "sentence", "en", "ltr", 0, 0, False),
            Segment(second, second + len(head), "sentence", "en", "ltr", 0, 0, True),
            Segment(second + len(head) + 1, len(text) - 1, "list_item", "en", "ltr", 1, 0, False),
        ]
        evidence = [{collection: Evidence(0.8)}, {}, {}]
        return categories(apply_context(text, segments, evidence)[2])

    # "Like most programs, it sends us some technical data. This may include:" - the items
    # are that sentence's list, though the head's own words name nothing.
    first = "Like most programs, it sends us some technical data."
    assert items_after(first, " ") == {collection: (LIST_HEAD_SCORE, "context")}
    # A sentence on a line of its own before the head is no part of it.
    assert collection not in items_after(first, "\n")
