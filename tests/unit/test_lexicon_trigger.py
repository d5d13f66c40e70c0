"""The scans for words that may start a cue (the trigger, and the narrow trigger that also
checks the next word) skip only words at which no cue matches: the matcher finds exactly what
it finds when it tries the cues at every word of the text, on text made of the lexicons' own
cue words (second words after first words, gaps, joiners, stems with endings, line breaks,
clitics)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.lexicon import (
    NARROW_AFTER_CHARS,
    CompiledLexicon,
    compile_lexicons,
    load_lexicons,
)
from policylens.core.normalize import normalize_key

# Lexicons compiled together as the analysis does (a script's siblings with English), and alone.
GROUPS = (("en",), ("fa", "ar", "en"), ("ru", "kk", "en"), ("de",), ("sv",), ("fr", "en"))
# (ZWNJ: Persian writes it between the parts of a word, or between words; normalisation
# drops it, so the words join.)
SEPARATORS = (" ", " ", " ", "  ", "\n", "-", "/", " - ", ", ", ". ", "", "'", "\u200c")
ENDINGS = ("", "", "", "s", "ing", "ed", "ها", "ی", "ы")
FILLERS = ("the", "a", "we", "our", "x", "to", "of", "و", "در", "и")


@cache
def _matchers(
    group: tuple[str, ...],
) -> tuple[CompiledLexicon, CompiledLexicon, CompiledLexicon, tuple[str, ...], tuple[str, ...]]:
    lexicons = [lex for lex in load_lexicons() if lex.get("language") in group]
    compiled = compile_lexicons(lexicons)
    # Each with one scan whatever the length of text it has read.
    scanned = dataclasses.replace(compiled, narrow_build=None)
    narrow = dataclasses.replace(
        compiled,
        trigger=compiled.narrow_trigger(),
        trigger_build=None,
        narrow_build=None,
        _plans={},
        _combined={},
    )
    everywhere = dataclasses.replace(
        compiled, trigger=None, trigger_build=None, narrow_build=None, _plans={}, _combined={}
    )
    broad = scanned.broad_trigger()
    assert narrow.trigger is not None and broad is not None
    assert narrow.trigger.pattern != broad.pattern
    words: set[str] = set(FILLERS)
    phrases: set[str] = set()
    for lexicon in lexicons:
        words.update(lexicon.get("clitics", []))
        for tiers in lexicon.get("categories", {}).values():
            for cues in tiers.values():
                phrases.update(cues)
                for cue in cues:
                    words.update(w.strip("*=") for w in cue.split() if w != "..")
    return (
        scanned,
        narrow,
        everywhere,
        tuple(sorted(w for w in words if w)),
        tuple(sorted(phrases)),
    )


def _written(cue: str, data: st.DataObject) -> str:
    """A cue as a text may write it: its words with or without an ending, a gap's words,
    any joiner."""
    pieces = []
    for word in cue.split():
        if word == "..":
            pieces += data.draw(st.lists(st.sampled_from(FILLERS), max_size=4))
        else:
            pieces.append(word.strip("*=") + data.draw(st.sampled_from(ENDINGS)))
    separators = data.draw(
        st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces))
    )
    return "".join(p + s for p, s in zip(pieces, separators, strict=True))


def cue_text(
    data: st.DataObject, words: tuple[str, ...], cues: tuple[str, ...], max_pieces: int
) -> str:
    """Normalised text of cue words with endings and separators, and whole cues as written."""
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.tuples(
                    st.sampled_from(words), st.sampled_from(ENDINGS), st.sampled_from(SEPARATORS)
                ).map("".join),
                st.sampled_from(cues).map(lambda cue: _written(cue, data)),
            ),
            min_size=1,
            max_size=max_pieces,
        )
    )
    return normalize_key("".join(pieces))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(GROUPS), st.data())
def test_the_scan_finds_what_trying_every_word_finds(
    group: tuple[str, ...], data: st.DataObject
) -> None:
    scanned, narrow, everywhere, words, cues = _matchers(group)
    text = cue_text(data, words, cues, max_pieces=10)
    # The analysis reads runs of paragraphs: a part starts where a word may start.
    starts = [i for i in range(len(text) + 1) if i == 0 or not text[i - 1].isalnum()]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start, len(text)))
    expected = everywhere.find_spans(text)
    assert scanned.find_spans(text) == expected
    assert narrow.find_spans(text) == expected
    expected = everywhere.find_spans(text, start, end)
    assert scanned.find_spans(text, start, end) == expected
    assert narrow.find_spans(text, start, end) == expected


def test_a_cue_after_the_second_word_of_another_is_found() -> None:
    """A first word followed by no second word of its own cues is skipped, not the words
    after it ("service" then "providers")."""
    _, narrow, everywhere, _, _ = _matchers(("en",))
    text = normalize_key("our service service providers; the policy was recently updated")
    found = narrow.find_spans(text)
    assert found == everywhere.find_spans(text)
    assert {text[a:b] for _, _, a, b in found} >= {
        "service providers",
        "policy was recently updated",
    }


@pytest.mark.parametrize(
    "sentence",
    ["We share your data with service providers — ", "We share your data with service providers. "],
)
def test_a_matcher_that_has_read_enough_text_scans_with_the_narrow_trigger(sentence: str) -> None:
    """With the triggers compiled for Unicode text, or for ASCII text (the second sentence)."""
    lexicon = [lex for lex in load_lexicons() if lex.get("language") == "en"]
    matcher = compile_lexicons(lexicon)
    text = normalize_key(sentence * 20)

    def narrow() -> re.Pattern[str] | None:
        return matcher._ascii_triggers.get(True) if text.isascii() else matcher._narrow

    first = matcher.find_spans(text)
    assert narrow() is None  # a short text: the trigger alone
    long_text = text * (NARROW_AFTER_CHARS // len(text) + 1)
    assert matcher.find_spans(long_text)[: len(first)] == first
    assert narrow() is not None
    assert matcher.find_spans(text) == first


def test_a_persian_word_that_only_starts_cues_of_several_words_is_skipped_alone() -> None:
    """In a language that may join words without a space, the narrow trigger checks the next
    word too, written apart or joined: "به مدت" (for a period) and "بهمدت" are found, "به"
    before a word that continues none of its cues is not visited."""
    _, narrow, everywhere, _, _ = _matchers(("fa", "ar", "en"))
    assert narrow.trigger is not None
    for text in ("به مدت دو سال", "بهمدت دو سال", "به\u200cمدت دو سال"):
        key = normalize_key(text)
        assert _first_word_found(narrow.trigger, key)
        assert narrow.find_spans(key) == everywhere.find_spans(key)
        assert any(key[a:b].startswith("به") for _, _, a, b in narrow.find_spans(key))
    assert not _first_word_found(narrow.trigger, normalize_key("به تهران"))
    assert everywhere.find_spans(normalize_key("به تهران")) == []


def _first_word_found(trigger: re.Pattern[str], text: str) -> bool:
    """The trigger's scan stops at the first word of `text` (its group 1: that word)."""
    hit = trigger.match(text)
    return hit is not None and hit.start(1) == 0 and hit.end(1) > 0


def test_a_part_that_starts_inside_a_word_finds_no_cue_in_the_rest_of_it() -> None:
    """A word starts after a non-word character: from inside "cookies" the scan goes on from
    the next word, and compound cues inside the word are still found."""
    scanned, narrow, _, _, _ = _matchers(("en",))
    text = normalize_key("we use cookies to collect data")
    inside = text.index("ookies")
    for matcher in (scanned, narrow):
        found = matcher.find_spans(text, inside)
        assert found == [m for m in matcher.find_spans(text) if m[2] >= text.index(" to")]
    german, _, _, _, _ = _matchers(("de",))
    word = normalize_key("Datenspeicherung")
    assert ("data_retention", 0.8, word.index("speicher"), len(word)) in german.find_spans(word, 1)


def test_a_long_first_text_compiles_only_the_narrow_trigger_and_finds_the_same() -> None:
    lexicon = [lex for lex in load_lexicons() if lex.get("language") == "en"]
    text = normalize_key("We share your data with service providers. " * 20)
    long_text = text * (NARROW_AFTER_CHARS // len(text) + 1)
    short_first = compile_lexicons(lexicon)
    expected = short_first.find_spans(text) + short_first.find_spans(long_text)
    matcher = compile_lexicons(lexicon)
    assert matcher.trigger is None and matcher.trigger_build is not None
    found = matcher.find_spans(long_text)
    assert matcher.trigger is None  # the broad trigger was never needed
    assert False not in matcher._ascii_triggers  # (the text is ASCII: nor its ASCII twin)
    assert matcher.find_spans(text) + found == expected


def test_a_word_cut_by_the_end_position_leaves_the_whole_word_its_cues() -> None:
    """Found by CI: "е", cut from "ес" (the EU) by an end position, was remembered with no
    cues under the whole word's key, so the EU went unfound in every later text."""
    for matcher in _matchers(("ru", "kk", "en"))[:3]:
        fresh = dataclasses.replace(matcher, _plans={}, _combined={})
        assert fresh.find_spans("ес", 0, 1) == []
        assert [span[0] for span in fresh.find_spans("ес")] == ["international_specific_audiences"]


def test_a_two_letter_word_at_the_end_of_the_text_is_found_once() -> None:
    """Its four-letter and two-letter prefixes are the same word there: each cue once, also for
    the same word later in a longer text (its remembered plan)."""
    for group, word in ((("fa", "ar", "en"), "حق"), (("sv",), "år"), (("ru", "kk", "en"), "ел")):
        matcher = dataclasses.replace(_matchers(group)[0], _plans={}, _combined={})
        found = matcher.find_spans(word)
        assert found and len(found) == len(set(found))
        later = matcher.find_spans(normalize_key(f"{word} {word}"))
        assert len(later) == 2 * len(found)


SAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_an_ascii_text_finds_what_the_unicode_patterns_find() -> None:
    """An ASCII text is scanned with the patterns compiled for ASCII text (`re.ASCII`), one
    with a character that only Unicode calls a space (here at its end) with the Unicode ones:
    the same matches, on the samples' ASCII characters, with both triggers."""
    for group in GROUPS:
        scanned, narrow, _, _, _ = _matchers(group)
        for path in sorted(SAMPLES_DIR.glob("*.txt")):
            text = normalize_key(path.read_text(encoding="utf-8")).encode("ascii", "ignore")
            ascii_text = text.decode("ascii")
            for matcher in (scanned, narrow):
                found = matcher.find_spans(ascii_text)
                assert found == matcher.find_spans(ascii_text + "\x1c"), (group, path.name)


def test_a_space_only_unicode_calls_so_joins_cue_words_as_before() -> None:
    """U+001C..U+001F are white space to Unicode, not to ASCII: a text with one is read with
    the Unicode patterns, so "share\\x1cyour data" finds what "share your data" does."""
    scanned, narrow, _, _, _ = _matchers(("en",))
    for separator in ("\x1c", "\x1d", "\x1e", "\x1f"):
        text = normalize_key(f"we may share{separator}your personal data with our partners")
        for matcher in (scanned, narrow):
            assert matcher.find_spans(text) == matcher.find_spans(text.replace(separator, " "))
            assert matcher.find_spans(text)
