"""The scan for words that may start a cue skips only words at which no cue matches: the
matcher finds exactly what it finds when it tries the cues at every word of the text, on text
made of the lexicons' own cue words (second words after first words, gaps, joiners, stems with
endings, line breaks, clitics)."""

from __future__ import annotations

import dataclasses
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.lexicon import CompiledLexicon, compile_lexicons, load_lexicons
from policylens.core.normalize import normalize_key

# Lexicons compiled together as the analysis does (a script's siblings with English), and alone.
GROUPS = (("en",), ("fa", "ar", "en"), ("ru", "kk", "en"), ("de",), ("sv",), ("fr", "en"))
SEPARATORS = (" ", " ", " ", "  ", "\n", "-", "/", " - ", ", ", ". ", "", "'")
ENDINGS = ("", "", "", "s", "ing", "ed", "ها", "ی", "ы")
FILLERS = ("the", "a", "we", "our", "x", "to", "of", "و", "در", "и")


@cache
def _matchers(group: tuple[str, ...]) -> tuple[CompiledLexicon, CompiledLexicon, tuple[str, ...]]:
    lexicons = [lex for lex in load_lexicons() if lex.get("language") in group]
    scanned = compile_lexicons(lexicons)
    everywhere = dataclasses.replace(scanned, trigger=None, _plans={}, _combined={})
    words: set[str] = set(FILLERS)
    for lexicon in lexicons:
        words.update(lexicon.get("clitics", []))
        for tiers in lexicon.get("categories", {}).values():
            for cues in tiers.values():
                for cue in cues:
                    words.update(w.strip("*=") for w in cue.split() if w != "..")
    return scanned, everywhere, tuple(sorted(w for w in words if w))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(GROUPS), st.data())
def test_the_scan_finds_what_trying_every_word_finds(
    group: tuple[str, ...], data: st.DataObject
) -> None:
    scanned, everywhere, words = _matchers(group)
    pieces = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(words), st.sampled_from(ENDINGS), st.sampled_from(SEPARATORS)
            ),
            min_size=1,
            max_size=12,
        )
    )
    text = normalize_key("".join(w + e + s for w, e, s in pieces))
    # The analysis reads runs of paragraphs: a part starts where a word may start.
    starts = [i for i in range(len(text) + 1) if i == 0 or not text[i - 1].isalnum()]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start, len(text)))
    assert scanned.find_spans(text) == everywhere.find_spans(text)
    assert scanned.find_spans(text, start, end) == everywhere.find_spans(text, start, end)


def test_a_cue_after_the_second_word_of_another_is_found() -> None:
    """A first word followed by no second word of its own cues is skipped, not the words
    after it ("service" then "providers")."""
    scanned, everywhere, _ = _matchers(("en",))
    text = normalize_key("our service service providers; the policy was recently updated")
    found = scanned.find_spans(text)
    assert found == everywhere.find_spans(text)
    assert {text[a:b] for _, _, a, b in found} >= {
        "service providers",
        "policy was recently updated",
    }
