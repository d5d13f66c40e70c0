"""The substring tests before rarely matching regexes (`substrings.may_contain`) change no
answer: a controller line, a law named beside a contact block and the count of a line's words
with letters are found as by the regexes and the letter-by-letter count alone, on every line of
the samples and dev policies and on odd spellings (a dotless "ı", a long "ſ", capitals)."""

from __future__ import annotations

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
