"""A cue entry's first-word test (`_Entry.may_start`) is a set look-up and a prefix test: it
accepts exactly the words the regex `word1|word2|stem\\w*` (its earlier form, one compilation
per entry on a document's first analysis) fullmatches, for every entry of every lexicon, on
words made of the entries' own first words and stems with endings, clitics and letter variants
(as the matcher gives them: a run of word characters, normalised)."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.lexicon import _Entry, compiled_lexicon
from policylens.core.normalize import normalize_key

ENDINGS = ("", "", "s", "ing", "ed", "er", "ها", "ی", "های", "ы", "ов", "ung", "en", "_", "2")
PREFIXES = ("", "", "", "و", "ال", "می", "ب", "un", "da")


@cache
def _entries() -> tuple[_Entry, ...]:
    lexicon = compiled_lexicon(None)
    return tuple(
        entry
        for table in (lexicon.by_word, lexicon.by_prefix)
        for entries in table.values()
        for entry in entries
    )


@cache
def _old_test(first_words: tuple[frozenset[str], tuple[str, ...]] | None) -> re.Pattern[str] | None:
    """The first-word regex as it was built before: whole words, then stems with `\\w*`."""
    if first_words is None:
        return None
    whole, stems = first_words
    sources = {re.escape(w) for w in whole} | {re.escape(s) + r"\w*" for s in stems}
    return re.compile("|".join(sorted(sources)))


@cache
def _pieces() -> tuple[str, ...]:
    found: set[str] = set()
    for entry in _entries():
        if entry.first_words is not None:
            whole, stems = entry.first_words
            found.update(whole, stems)
    return tuple(sorted(found))


def _words() -> st.SearchStrategy[str]:
    piece = st.sampled_from(_pieces())
    cut = st.integers(min_value=-3, max_value=0)
    return st.builds(
        lambda prefix, word, trim, ending: normalize_key(
            prefix + (word[: len(word) + trim] if trim else word) + ending
        ),
        st.sampled_from(PREFIXES),
        piece,
        cut,
        st.sampled_from(ENDINGS),
    ).filter(lambda word: re.fullmatch(r"\w+", word) is not None)


@settings(max_examples=300, deadline=None)
@given(word=_words())
def test_first_word_test_is_the_old_regex(word: str) -> None:
    for entry in _entries():
        old = _old_test(entry.first_words)
        expected = True if old is None else old.fullmatch(word) is not None
        assert entry.may_start(word) == expected, (word, entry.first_words)


def test_first_words_of_the_lexicons_are_plain_words() -> None:
    # Both sets hold literals made of word characters only, so a prefix test is the regex.
    for entry in _entries():
        if entry.first_words is not None:
            whole, stems = entry.first_words
            assert all(re.fullmatch(r"\w+", w) for w in (*whole, *stems))
