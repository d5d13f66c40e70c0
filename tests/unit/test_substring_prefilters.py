"""The substring tests before rarely matching regexes (`substrings.may_contain`) change no
answer: a controller line, a law named beside a contact block and the count of a line's words
with letters are found as by the regexes and the letter-by-letter count alone, on every line of
the samples and dev policies and on odd spellings (a dotless "ı", a long "ſ", capitals)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core import contact_block, controller_lines
from policylens.core.substrings import may_contain

ROOT = Path(__file__).resolve().parent.parent.parent
ODD = [
    "RESPONSIBLE FOR PROCESSING your data",
    "Who is reſponsıble for processing your data?",
    "RESPONSİBLE FOR THE PROCESSING",
    "Data CONTROLLER: Acme GmbH",
    "ОПЕРАТОРОМ ЯВЛЯЕТСЯ ООО «Ромашка»",
    "Оᲃᲄ ЗАКОН",
    "Under the LAW of Sweden",
    "Acme GmbH, GDPR",
    "Acme GmbH",
    "Acme GmbH AG",
    "LAGEN om elektronisk kommunikation",
    "Verantwortliche Stelle im Sinne der DSGVO:",
]


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "samples").glob("*.txt")]
    documents = ROOT / "resources" / "corpus" / "documents"
    texts += [p.read_text(encoding="utf-8") for p in sorted(documents.glob("*.txt"))]
    return [line for text in texts for line in text.split("\n") if line.strip()] + ODD


def _controller_by_regex(line: str) -> bool:
    return (
        len(line.split()) <= controller_lines.CONTROLLER_MAX_WORDS
        and controller_lines._RESPONSIBLE.search(line) is not None
    )


def _law_by_regex(line: str) -> bool:
    cut = contact_block._LEGAL_FORM.sub("", line)
    return (
        contact_block._LAW_WORD.search(line) is not None
        or contact_block._ACRONYM.search(cut) is not None
    )


def _letter_words_one_by_one(line: str) -> int:
    return sum(1 for word in line.split() if any(ch.isalpha() for ch in word))


def test_every_line_is_read_as_by_the_regexes_alone() -> None:
    for line in _lines():
        assert controller_lines.names_the_controller(line) == _controller_by_regex(line), line
        assert contact_block._names_law(line) == _law_by_regex(line), line
        assert contact_block.letter_words(line) == _letter_words_one_by_one(line), line


def test_odd_letters_are_searched_whatever_their_parts() -> None:
    assert controller_lines.names_the_controller("Who is reſponsible for processing your data?")
    assert may_contain("RESPONSİBLE", ("responsible",))
    assert not may_contain("We keep your data safe.", ("responsible",))


_PIECES = st.sampled_from(
    [
        "Controller",
        "responsible for ",
        "processing",
        "Law",
        "ACT",
        "GmbH",
        "GDPR",
        "AG",
        " ",
        ",",
        ".",
        "ı",
        "ſ",
        "İ",
        "é",
        "1",
        "-",
        "a",
        "B",
        "Ansvarig för",
        "оператор",
        "является",
        "ЗАКОН",
        "قانون",
        "المسؤول عن معالجة",
        "\u200c",
        "x²",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_made_up_lines_are_read_as_by_the_regexes_alone(line: str) -> None:
    assert controller_lines.names_the_controller(line) == _controller_by_regex(line)
    assert contact_block._names_law(line) == _law_by_regex(line)
    assert contact_block.letter_words(line) == _letter_words_one_by_one(line)


DATA_NOUN_PARTS = ["Daten", "DATEN", "personenbezogenen ", "Persönliche ", "Informationen"]
DATA_NOUN_PARTS += ["INFORMATIONEN", "Angaben", "ANGABEN", "ı", "İ", "ſ", "K", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATA_NOUN_PARTS), max_size=4).map("".join))
def test_a_data_noun_cue_always_passes_the_substring_test(phrase: str) -> None:
    # A German word for personal data alone asserts no collection beside a stated sharing
    # (`data_nouns`); the substring test before the regex must never hide such a cue.
    from policylens.core.data_nouns import NOUN_PARTS, is_data_noun

    assert may_contain(phrase, NOUN_PARTS) or not is_data_noun(phrase)
    assert is_data_noun("Personenbezogenen  DATEN")
    assert may_contain("Personenbezogenen  DATEN", NOUN_PARTS)


def _data_noun_alone_cue_by_cue(
    text: str,
    per_category: dict[str, list[tuple[float, int, int]]],
    unblocked: Callable[[list[tuple[float, int, int]]], list[tuple[float, int, int]]],
) -> None:
    """`data_nouns.data_noun_alone` as it was: the substring test on each cue in turn."""
    from policylens.core import data_nouns
    from policylens.core.taxonomy import FIRST_PARTY

    practices = [per_category[p] for p in data_nouns.OTHER_PRACTICES if per_category.get(p)]
    if not practices:
        return
    cues = per_category[FIRST_PARTY]
    if not any(
        weight >= 0 and may_contain(text[start:end], data_nouns.NOUN_PARTS)
        for weight, start, end in cues
    ):
        return
    hits = unblocked(cues)
    if not hits or not all(data_nouns.is_data_noun(text[start:end]) for _, start, end in hits):
        return
    for practice_hits in practices:
        if any(weight >= data_nouns._STRONG - 1e-9 for weight, _, _ in unblocked(practice_hits)):
            del per_category[FIRST_PARTY]
            return


_LINE_PIECES = [*DATA_NOUN_PARTS, "Wir geben ", "weiter", "کوکی", "اطلاعات ", "Ihre ", "ş"]
_CUE = st.tuples(st.sampled_from([0.8, 0.28, 0.1, -1.0]), st.integers(0, 40), st.integers(0, 12))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=8).map("".join),
    st.lists(_CUE, min_size=1, max_size=4),
    st.lists(_CUE, max_size=3),
    st.sampled_from(["third_party_sharing_collection", "data_retention", "data_security"]),
)
def test_data_nouns_test_the_stretch_of_the_cues_as_each_cue(
    line: str,
    collection: list[tuple[float, int, int]],
    practice: list[tuple[float, int, int]],
    practice_id: str,
) -> None:
    # One substring test from the first cue of collection to its last (`data_noun_alone`)
    # drops the collection exactly where the test of each cue alone did.
    from policylens.core.classifier import _unblocked
    from policylens.core.data_nouns import data_noun_alone
    from policylens.core.taxonomy import FIRST_PARTY

    def hits(cues: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
        return [(w, min(a, len(line)), min(a + n, len(line))) for w, a, n in cues]

    per_category = {FIRST_PARTY: hits(collection)}
    if practice:
        per_category[practice_id] = hits(practice)
    expected = {c: list(h) for c, h in per_category.items()}
    _data_noun_alone_cue_by_cue(line, expected, _unblocked)
    data_noun_alone(line, per_category, _unblocked)
    assert per_category == expected
    # A German data noun beside a stated sharing: still dropped.
    line = "Wir geben Ihre Daten nicht weiter"
    found = {FIRST_PARTY: [(0.8, 15, 20)], practice_id: [(0.8, 0, 33)]}
    data_noun_alone(line, found, _unblocked)
    assert FIRST_PARTY not in found
    # Also when it is not the first cue, the one before it inside a "not" phrase.
    found = {FIRST_PARTY: [(0.28, 0, 9), (-1.0, 0, 9), (0.8, 15, 20)], practice_id: [(0.8, 0, 33)]}
    data_noun_alone(line, found, _unblocked)
    assert FIRST_PARTY not in found
