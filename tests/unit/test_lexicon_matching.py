"""The cue matcher reports a category where one of its cues, compiled alone, is found: whatever
other cues share the first word (they are tried together), one-word cues (taken as found from
the word alone) and the scan for the words that may start a cue. Of cues of one category and
weight starting at one word, the longest match is reported."""

from __future__ import annotations

from typing import Any

import pytest

from policylens.core.classifier import cue_evidence
from policylens.core.lexicon import compile_lexicons, compiled_lexicon, languages_for, load_lexicons
from policylens.core.normalize import normalize_key

# Written for this test: phrases that start several cues each ("to", "we", "به", "در"), one-word
# cues, clitics, words cut by the end of the text, and words that start no cue.
TEXTS = {
    "en": (
        "We collect and we may share your data with service providers. To respond to you we "
        "use cookies; you can opt out. Information about you is kept for 30 days. Toronto, "
        "tomorrow, wecollect, data-sharing. By accessing our site you agree to this polic"
    ),
    "fa": (
        "ما اطلاعات شما را جمع آوری می کنیم و به روز رسانی این برگه در صورت عدم رضایت شما "
        "انجام می شود. در اختیار اشخاص ثالث قرار نمی گیرد. کوکی ها را می توانید غیرفعال کنید. "
        "بهروز درباره به مرور زمان نگهداری میشود"
    ),
}


def _alone(lexicon: dict[str, Any], category: str, tier: str, cue: str) -> dict[str, Any]:
    return {**lexicon, "categories": {category: {tier: [cue]}}}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_cue_is_found_where_it_alone_is_found(language: str) -> None:
    lexicon = next(lex for lex in load_lexicons() if lex.get("language") == language)
    text = normalize_key(TEXTS[language])
    found = set(compile_lexicons([lexicon]).find_spans(text))
    expected: set[tuple[str, float, int, int]] = set()
    for category, tiers in lexicon["categories"].items():
        for tier, cues in tiers.items():
            for cue in cues:
                matcher = compile_lexicons([_alone(lexicon, category, tier, cue)])
                expected.update(matcher.find_spans(text))
    assert found <= expected
    assert {(c, w, a) for c, w, a, _ in found} == {(c, w, a) for c, w, a, _ in expected}
    assert found  # the text does reach the lexicon


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_part_of_the_text_gives_the_matches_inside_it(language: str) -> None:
    lexicon = next(lex for lex in load_lexicons() if lex.get("language") == language)
    text = normalize_key(TEXTS[language])
    matcher = compile_lexicons([lexicon])
    for start in range(0, len(text), 7):
        for end in (start + 1, start + 13, len(text)):
            for _, _, a, b in matcher.find_spans(text, start, end):
                assert start <= a < b <= end


def test_arabic_clitics_cut_arabic_words_but_not_persian_ones() -> None:
    """An Arabic "و" before "نجمع" (and we collect) is a clitic; in a Persian paragraph,
    which reads the Arabic lexicon too, Arabic clitics are not tried (they cut "به‌کار" to
    "هک…", hack, a security cue), while Persian's own "می" still is."""
    assert "first_party_collection_use" in cue_evidence("ونجمع اسمك ورقم هاتفك", "ar")
    assert cue_evidence("ونجمع اسمك ورقم هاتفك", "fa") == {}
    persian = compiled_lexicon(languages_for("fa"), clitics_of="fa")
    assert set(persian.clitics) == {"می", "نمی"}


@pytest.mark.parametrize(
    "joiner",
    ["\u200c", "", " "],  # with a ZWNJ, glued, or apart, as Iranian sites type them
)
def test_persian_verb_prefix_and_compound_match_however_they_are_joined(joiner: str) -> None:
    """A cue written "پاک میشوند" finds "پاک می‌شوند", "پاک میشوند" and "پاک می شوند"; one of
    "نگه‌داری" finds it written apart ("نگه داری"); with Arabic ي/ك the same. A glued first
    word is no verb form to split ("میزان" stays a word)."""
    retention = "data_retention"
    for text in (
        f"کوکی‌ها پس از یک سال پاک م{'ی'}{joiner}شوند.",
        f"سوابق سفارش تا پنج سال نگه{joiner}داری م{'ی'}{joiner}شوند.",
        f"سوابق سفارش تا پنج سال نگه{joiner}داري مي{joiner}شوند.",
    ):
        assert retention in cue_evidence(text, "fa"), text
    choice = "user_choice_control"
    assert choice in cue_evidence(f"اگر پیامک تبلیغاتی نمی{joiner}خواهید، به ما بگویید.", "fa")
    # A cue's first word with the prefix, too: the lexicon writes it apart ("می خواهید").
    access = "user_access_edit_deletion"
    assert access in cue_evidence(f"می{joiner}خواهید اطلاعاتتان حذف شود؟", "fa")
    assert access in cue_evidence(f"می{joiner}توانید حساب خود را پاک کنید.", "fa")


@pytest.mark.parametrize(
    ("language", "word", "category"),
    [
        # A stem that starts the compound ("daten…", "information…") once hid the cue inside it.
        ("de", "Datenaufbewahrung", "data_retention"),
        ("de", "Kundendatenspeicherung", "data_retention"),
        ("de", "Datensicherheit", "data_security"),
        ("sv", "Informationssäkerhet", "data_security"),
    ],
)
def test_a_cue_inside_a_compound_is_found_whatever_starts_the_word(
    language: str, word: str, category: str
) -> None:
    lexicon = compiled_lexicon(languages_for(language))
    found = {c for c, _w, _s, _e in lexicon.find_spans(normalize_key(word))}
    assert category in found


def test_a_compound_heading_names_its_practice() -> None:
    from policylens.core.analysis import analyze
    from policylens.core.document import Document

    text = "Datenschutzhinweis\nWir verarbeiten Ihre Daten für den Dienst.\nDatenaufbewahrung\n"
    clauses = analyze(Document.from_text(text, title="t", format="txt"))
    heading = next(c for c in clauses if text[c.start : c.end] == "Datenaufbewahrung")
    assert "data_retention" in heading.category_ids
