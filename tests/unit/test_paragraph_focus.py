"""A paragraph is about its main practices: a category it only mentions in passing is dropped,
the clause left with nothing reads `other` and says why. Also the rules that came with it:
contact details and clauses whose cues a model overruled take no section context, and
"ст. 9" / "Art. 6" end no sentence."""

from __future__ import annotations

from policylens.core.analysis import analyze, apply_context
from policylens.core.classifier import Evidence, noisy_or
from policylens.core.clause import CategoryScore, Clause
from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model
from policylens.core.lexicon import WEIGHTS
from policylens.core.paragraph_focus import (
    FOCUS_SHARE,
    OUTRIGHT_SCORE,
    RETENTION_OUTRIGHT_SCORE,
    focus_paragraphs,
    paragraph_starts,
)
from policylens.core.segment import Segment, segment

SHARING = "third_party_sharing_collection"
CHOICE = "user_choice_control"
COLLECTION = "first_party_collection_use"
RETENTION = "data_retention"


def build(lines: list[list[tuple[str, dict[str, float]]]], blank: bool = False):
    """A text of `lines` (each a list of sentences with their evidence), the lines separated
    by blank lines when `blank`; its segments and evidence."""
    text, segments, evidence = "", [], []
    for number, sentences in enumerate(lines):
        for words, scores in sentences:
            if text and not text.endswith("\n"):
                text += " "
            start = len(text)
            text += words
            segments.append(Segment(start, len(text), "sentence", "en", "ltr", number))
            evidence.append({c: Evidence(s) for c, s in scores.items()})
        text += "\n\n" if blank else "\n"
    return text, segments, evidence


LONG_SHARING = "We share your purchase history with our advertising partners and their agencies."
POINTER = "See our cookie page."


def ids(clause: Clause) -> list[str]:
    return [s.id for s in clause.categories]


def test_a_category_mentioned_in_passing_is_dropped_and_the_clause_says_why() -> None:
    text, segments, evidence = build(
        [[(LONG_SHARING, {SHARING: 0.9}), (LONG_SHARING, {SHARING: 0.9}), (POINTER, {CHOICE: 0.6})]]
    )
    sharing, _, pointer = apply_context(text, segments, evidence)
    assert ids(sharing) == [SHARING]
    assert ids(pointer) == ["other"]
    assert CHOICE in pointer.categories[0].note


def test_a_second_practice_with_real_weight_stays() -> None:
    opt_out = "You can opt out of this sharing at any time in the settings of your account."
    text, segments, evidence = build([[(LONG_SHARING, {SHARING: 0.9}), (opt_out, {CHOICE: 0.8})]])
    clauses = apply_context(text, segments, evidence)
    assert [ids(c) for c in clauses] == [[SHARING], [CHOICE]]


def test_a_clause_keeps_its_main_category_when_a_passing_one_goes() -> None:
    both = "We share your purchase history with partners; see your choices."
    text, segments, evidence = build(
        [
            [
                (LONG_SHARING, {SHARING: 0.9}),
                (LONG_SHARING, {SHARING: 0.9}),
                (both, {SHARING: 0.9, CHOICE: 0.85}),
            ]
        ]
    )
    clauses = apply_context(text, segments, evidence)
    assert ids(clauses[2]) == [SHARING]


def test_paragraphs_are_lines_unless_the_text_separates_them_by_blank_lines() -> None:
    lines = [[(LONG_SHARING, {SHARING: 0.9})], [(POINTER, {CHOICE: 0.6})]] * 3
    text, segments, evidence = build(lines)
    assert paragraph_starts(text, segments) == list(range(6))  # one line, one paragraph
    clauses = apply_context(text, segments, evidence)
    assert ids(clauses[1]) == [CHOICE]  # alone on its line: not a passing mention

    # Blank lines between pairs of lines: each pair is one paragraph (a lead-in and its line).
    text = "\n\n".join(f"{LONG_SHARING} {LONG_SHARING}\n{POINTER}" for _ in range(3)) + "\n"
    document = Document.from_text(text, title="t", format="txt")
    segments = segment(document)
    assert paragraph_starts(text, segments) == [0, 3, 6]


def test_weights_below_the_share_are_passing_and_at_it_are_not() -> None:
    unit = "x" * 100
    for weight, kept in ((FOCUS_SHARE - 0.01, False), (FOCUS_SHARE + 0.01, True)):
        text, segments, evidence = build([[(unit, {SHARING: 1.0}), (unit, {CHOICE: weight})]])
        scores = [{c: e.score for c, e in own.items()} for own in evidence]
        clauses = [
            Clause(
                s.start,
                s.end,
                "sentence",
                "en",
                "ltr",
                tuple(CategoryScore(c, v) for c, v in own.items()),
            )
            for s, own in zip(segments, scores, strict=True)
        ]
        result = focus_paragraphs(text, segments, clauses)
        assert (CHOICE in ids(result[1])) is kept


def test_contact_details_take_no_section_context() -> None:
    text = (
        "Your rights\n"
        "You can ask us for a copy of your data, and have it corrected or erased.\n"
        "Email:\n"
        "privacy@example.com\n"
        "Tel. +46 8 123 45 67\n"
    )
    document = Document.from_text(text, title="t", format="txt")
    clauses = analyze(document)
    by_text = {text[c.start : c.end]: ids(c) for c in clauses}
    for contact in ("Email:", "privacy@example.com", "Tel. +46 8 123 45 67"):
        assert by_text[contact] == ["other"], contact


def test_an_abbreviation_before_a_number_ends_no_sentence() -> None:
    for line in (
        "Данные врача обрабатываются на основании ст. 9(2)(h) GDPR.",
        "Wir verarbeiten die Daten nach Art. 6 Abs. 1 lit. b DSGVO.",
    ):
        document = Document.from_text(line + "\n", title="t", format="txt")
        assert len(segment(document)) == 1, line


def test_a_clause_whose_cues_a_model_overruled_takes_no_section_context() -> None:
    from policylens.core.clause import Cue

    text = "How we protect data\nWe use strong locks.\nOur office has a security desk.\n"
    heading, plain, vetoed = (0, 19), (20, 40), (41, 72)
    segments = [
        Segment(*heading, "heading", "en", "ltr", 0),
        Segment(*plain, "sentence", "en", "ltr", 1),
        Segment(*vetoed, "sentence", "en", "ltr", 2),
    ]
    security = "data_security"
    cue = Cue(58, 66, "security")
    evidence = [
        {security: Evidence(0.8)},
        {},
        {security: Evidence(0.2, [cue], "lexicon", "model, 0.05", by_model=True)},
    ]
    _, locks, desk = apply_context(text, segments, evidence)
    assert ids(locks) == [security]  # names nothing itself: its section's practice
    assert ids(desk) == ["other"]  # the model read "security" there and said no


def test_a_short_clause_wholly_about_one_practice_in_certain_words_keeps_it() -> None:
    disable = "You can disable cookies."
    for score, kept in ((OUTRIGHT_SCORE, True), (OUTRIGHT_SCORE - 0.05, False)):
        text, segments, evidence = build(
            [
                [
                    (LONG_SHARING, {SHARING: 0.9}),
                    (LONG_SHARING, {SHARING: 0.9}),
                    (disable, {CHOICE: score}),
                ]
            ]
        )
        clauses = apply_context(text, segments, evidence)
        assert ids(clauses[2]) == ([CHOICE] if kept else ["other"])


def test_a_sole_practice_of_two_strong_cues_is_not_a_passing_mention() -> None:
    """A cookie lifetime ("ماندگاری کوکیها در وبسایت به مدت 1 سال است.", retention) closing a
    long paragraph on what is collected and the choices about it stays retention."""
    strong = WEIGHTS["strong"]
    lifetime = "Cookies last one year."
    text, segments, evidence = build(
        [
            [
                (LONG_SHARING, {COLLECTION: 0.9, CHOICE: 0.87}),
                (LONG_SHARING, {CHOICE: 0.86, SHARING: 0.8}),
                (lifetime, {RETENTION: noisy_or([strong, strong])}),
            ]
        ]
    )
    clauses = apply_context(text, segments, evidence)
    assert ids(clauses[2]) == [RETENTION]


def test_a_retention_period_beside_access_and_deletion_is_no_passing_mention() -> None:
    """ "Billing records are stored for ten years." in a paragraph on seeing and deleting one's
    data states how long data is kept (as sure as the model is of it); a weaker mention goes."""
    access = "user_access_edit_deletion"
    long_access = "You can see, correct or download your data and ask us to delete your account."
    period = "Billing records are stored for ten years."
    for score, kept in ((RETENTION_OUTRIGHT_SCORE, True), (RETENTION_OUTRIGHT_SCORE - 0.1, False)):
        text, segments, evidence = build(
            [
                [
                    (long_access, {access: 0.95}),
                    (long_access, {access: 0.95}),
                    (period, {RETENTION: score}),
                ]
            ]
        )
        clauses = apply_context(text, segments, evidence)
        assert ids(clauses[2]) == ([RETENTION] if kept else ["other"])
    # Through the whole analysis, with the shipped model.
    text = f"Your rights\n{long_access} {long_access} {period}\n"
    shown = {
        text[c.start : c.end]: c.category_ids
        for c in analyze_with_model(Document.from_text(text, title="t", format="txt"))
    }
    assert RETENTION in shown[period]
