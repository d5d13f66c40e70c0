"""Cue syntax → regular expressions: a cue's own pattern (`cue_parts`), the alternations of
cues that share a first word (`factored`), and the trigger that finds the words where some cue
may start (`trigger`). `lexicon` compiles a language's cues with them and matches the text."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from policylens.core.normalize import normalize_key

_WORD = re.compile(r"\w+")

# Between two words of a cue in a language whose words are written apart: spaces (not a line
# break), or a hyphen or slash ("opt-out", "and/or").
_SPACE_JOINER = r"[^\S\n]*+[\-/]?+[^\S\n]*+"
# A cue's "..": up to three words, each with what follows it. A word may carry a genitive after
# a colon, as Swedish writes it after an abbreviation ("Ändringar i Exempel AB:s
# integritetspolicy", "EU:s"). A word may sit in square brackets: a template's placeholder
# ("no longer than [NUMBER OF DAYS] days", "höchstens [ANZAHL] Tage") stands for the words.
_GAP_WORD = r"(?:\[?+[\w']++(?::\w++)?+\]?+[^\S\n]*+[\-,]?+[^\S\n]*+)"
_GAP = _GAP_WORD + "{0,3}"
# The trigger checks this many letters of the word after a cue's first word: enough to skip
# most words that start no cue ("service" not before "provider"), in a regex a quarter the
# size of one with whole words (its compilation is part of a document's first analysis).
_FOLLOWER_LETTERS = 3
# Persian verbs' prefixes, written glued ("میشود"), with a ZWNJ (which normalisation drops)
# or apart ("می شود", as many Iranian sites type them): in a language that may join words
# without a space, a cue's later word that begins with one may have a space after it, so
# "نگهداری میشود" also finds "نگهداری می شود". (The first word is left alone: the trigger
# looks it up whole, so the lexicon writes such a first word apart, "می خواهید .. حذف شود";
# a word with two letters or fewer after the prefix is no verb form.)
_VERB_PREFIXES = ("نمی", "می")


# Persian puts a ZWNJ after the plural's noun ("کوکی‌های"), after a final heh inside a compound
# ("تله‌متری", "بیمه‌نامه", "ذخیره‌سازی"): texts write it glued, with the ZWNJ (which
# normalisation drops) or as a space ("کوکی های", "تله متری", as CMS translations type it). A
# cue word with such a seam is read as two words, which then match all three spellings (a
# cue's later word may follow with or without a space in a language that joins words).
_PLURAL_ENDING = re.compile(r"^(\*?\w{2,}?)(ها(?:یی|یمان|یتان|یشان|یم|یت|یش|ی|مان|تان|شان)?[*=]?)$")
# A heh after two letters or more, before two or more: the end of a compound's first part.
_HEH_SEAM = re.compile(r"(?<=\w{2}ه)(?=\w{2})")
# Words that end with the plural's letters and are none.
_NOT_PLURALS = frozenset({"تنها"})


def seams_apart(cue: str) -> str:
    """`cue` (lexicon syntax, normalised) with each word's Persian plural ending and each
    compound's heh seam written as a space ("کوکیهای ماندگار" → "کوکی های ماندگار",
    "تلهمتری" → "تله متری")."""
    words = []
    for word in cue.split():
        found = _PLURAL_ENDING.match(word)
        parts = (
            [found.group(1), found.group(2)]
            if found and word.strip("*=") not in _NOT_PLURALS
            else [word]
        )
        for part in parts:
            # A verb's heh is its stem's ("میدهید"): it keeps its prefix whole (`cue_parts`).
            words += [part] if _verb_prefix(part.lstrip("*")) else _HEH_SEAM.split(part)
    return " ".join(words)


def _verb_prefix(word: str) -> str:
    """The Persian verbal prefix `word` (normalised, lexicon syntax) begins with, or ""."""
    body = word.rstrip("*=")
    for prefix in _VERB_PREFIXES:
        if body.startswith(prefix) and len(body) - len(prefix) >= 3:
            return prefix
    return ""


# The narrow trigger is compiled once a matcher has read this much text: its compilation
# What follows a cue's first word: (whether a ".." comes first, the first letters of the next
# word, whether the cue's language may join words without a space).
Second = tuple[bool, str, bool]


def trie_regex(keys: set[str] | dict[str, str]) -> str:
    """An alternation of literal `keys` as a trie, so the regex engine tries each letter once
    ("ab|ac" → "a(?:b|c)"): the cost per position does not grow with the number of keys.
    Given a dict, each key is followed by its value, a regex ("ab" → "x", "ac" → "" gives
    "a(?:bx|c)")."""
    tails = keys if isinstance(keys, dict) else dict.fromkeys(keys, "")
    trie: dict[str, Any] = {}
    for key, tail in tails.items():
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = tail

    def build(node: dict[str, Any]) -> str:
        tail: str | None = node.get("")
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return tail or ""
        if tail is None:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if tail:
            return "(?:" + "|".join([*branches, tail]) + ")"
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?"

    return build(trie)


def _word_and_end(word: str, open_ended: bool) -> tuple[str, bool]:
    """(a cue word without its ending mark; whether it goes on): "collect*" goes on, "use="
    ends, an unmarked word does as the lexicon's `open_ended` says."""
    if word.endswith("*"):
        return word[:-1], True
    if word.endswith("="):
        return word[:-1], False
    return word, open_ended


def cue_parts(cue: str, *, open_ended: bool, tight_joiner: bool) -> tuple[str, str, bool]:
    """(regex of the first word, regex of the rest, starts inside a word): cues that share a
    first word are compiled as one `first(?:rest1|rest2|…)`, which the regex engine tries
    much faster than whole alternatives each repeating the first word."""
    words = normalize_key(cue).split()
    if not words:
        raise ValueError("empty cue")
    inside = words[0].startswith("*")
    if inside:
        words[0] = words[0][1:]
    # Cues never cross a line: a heading and the paragraph under it are read apart.
    # Possessive quantifiers (Python 3.11): a gap never backtracks into a word, which would
    # make a cue with ".." cost tens of microseconds per try.
    joiner = r"[^\S\n\-]*+" if tight_joiner else _SPACE_JOINER
    pieces: list[str] = []
    for index, word in enumerate(words):
        if word == "..":
            pieces.append(_GAP)
            continue
        body, open_word = _word_and_end(word, open_ended)
        last = index == len(words) - 1
        if open_word and tight_joiner and not last:
            # The space may be missing ("جمع آوری" written "جمعآوری", or with a ZWNJ, which
            # normalisation drops): the ending gives back letters to the next word. (A
            # possessive \w*+ swallowed the next word and such a cue never matched.)
            ending = r"\w*?"
        else:
            ending = r"\w*+" if open_word else r"(?!\w)"
        prefix = _verb_prefix(body) if tight_joiner and index > 0 else ""
        if prefix:
            piece = re.escape(prefix) + joiner + re.escape(body[len(prefix) :]) + ending
        else:
            piece = re.escape(body) + ending
        pieces.append(piece if last else piece + joiner)
    return pieces[0], "".join(pieces[1:]), inside


def trigger(
    closed_firsts: set[str],
    open_firsts: set[str],
    clitics: set[str],
    followers: dict[tuple[bool, str], set[Second] | None] | None,
    flags: int = 0,
) -> re.Pattern[str] | None:
    """The regex of the words that may start a cue: first words that end, first words that
    go on, after an optional clitic; with `followers`, the narrow trigger: a first word that
    only starts cues of several words fires only where one of their second words follows it
    (the regex engine then rejects "service" not followed by "provider", which the Python
    loop of `find_spans` never sees), all first words in one trie (the regex engine tries a
    trie's branches one by one: one dispatch on the first letter, not one per kind of word)."""
    parts: list[str] = []
    if followers is None:
        if closed_firsts:
            parts.append(f"(?:{trie_regex(closed_firsts)})(?!\\w)")
        if open_firsts:
            parts.append(trie_regex(open_firsts))
    else:
        after: dict[str, set[str]] = defaultdict(set)
        for word in closed_firsts:
            after[word].add(follower_regex(followers.get((False, word)), closed=True))
        for word in open_firsts:
            after[word].add(follower_regex(followers.get((True, word)), closed=False))
        tails = {word: either(regexes) for word, regexes in after.items()}
        parts = [trie_regex(tails)] if tails else []
    if not parts:
        return None
    clitic_part = f"(?:{trie_regex(clitics)})?" if clitics else ""
    return word_start_trigger(f"{clitic_part}(?:{'|'.join(parts)})", flags)


def word_start_trigger(lookahead: str, flags: int = 0) -> re.Pattern[str]:
    """The scan for the whole words that start where `lookahead` matches (`\\b(?=lookahead)\\w+`):
    group 1 of each match is such a word; the last match may be empty (at the end).

    Written as `\\W*+(?:(?!lookahead)\\w++\\W*+)*+(\\w*+)`: one match runs over the words that
    start no cue a word at a time, in the regex engine's own loops, where a search for a word
    start began a match at every letter of the text (English: a third less time for the scan).
    It ends at a word that starts a cue, or at the end (an empty group: no search is begun
    anew inside the words it ran over). The scan must begin where no word goes on from the
    character before (`find_spans` moves a start inside a word to its end)."""
    return re.compile(f"\\W*+(?:(?!{lookahead})\\w++\\W*+)*+(\\w*+)", flags)


def add_first_word(
    first: str, open_ended: bool, open_set: set[str], closed_set: set[str]
) -> tuple[bool, str]:
    """Sort a cue's first word (lexicon syntax) into words that go on and words that end;
    (whether it goes on, the word as sorted)."""
    if first.endswith("*"):
        open_set.add(first[:-1])
        return True, first[:-1]
    if first.endswith("="):
        closed_set.add(first[:-1])
        return False, first[:-1]
    if open_ended or not _WORD.fullmatch(first):
        open_set.add(first)  # "u.s.": a literal the text must start with
        return True, first
    closed_set.add(first)
    return False, first


def second_word(words: list[str], tight: bool = False) -> tuple[bool, str] | None:
    """(whether a ".." comes first, the first letters of the next word) of what follows a
    cue's first word and joiner ("policy .. updated": the gap, "upd"); None when the cue has
    no next word, or it does not begin with a letter, or the first word is not a plain word
    ("u.s.": the trigger takes it as a literal prefix). `words`: the cue's, normalised,
    without a leading `*`. In a `tight` language a next word with a verbal prefix gives only
    the prefix: a space may follow it (`cue_parts`)."""
    if not _WORD.fullmatch(words[0].rstrip("*=")):
        return None
    gap = len(words) >= 3 and words[1] == ".."
    if gap:
        words = words[1:]
    if len(words) < 2 or not _WORD.match(words[1]):
        return None
    prefix = _verb_prefix(words[1]) if tight else ""
    return gap, (prefix or words[1].rstrip("*="))[:_FOLLOWER_LETTERS]


def either(regexes: set[str]) -> str:
    """One regex matching where any of `regexes` does ("" matches everywhere)."""
    if "" in regexes:
        return ""
    return next(iter(regexes)) if len(regexes) == 1 else "(?:" + "|".join(sorted(regexes)) + ")"


def follower_regex(seconds: set[Second] | None, closed: bool) -> str:
    """What the trigger requires after a first word: the start of one of the `seconds` (after
    a gap for some), after the word's other letters unless it is `closed`; without `seconds`
    (None), only the word's end when `closed`. The joiner and the gap are looser patterns than
    a cue's: they match wherever a cue's do (and a little more), in a regex half the size (it
    is compiled on a document's first analysis). Since every second word begins with a
    letter, the joiner is one or more non-word characters, taken all at once. In a language
    that may join words without a space (Persian), the next word may begin inside this one,
    after any of its letters (the cue's own lazy ending), and the joiner is the cue's own:
    two words of three Persian ones start a cue, and most of them ("در", "به", "از") start
    only cues of several words, which the narrow trigger then skips unless a second word of
    theirs follows."""
    if not seconds:
        return r"(?!\w)" if closed else ""
    branches_by_joiner = []
    for tight in sorted({tight for _, _, tight in seconds}):
        direct = {letters for gap, letters, joined in seconds if joined == tight and not gap}
        gapped = {letters for gap, letters, joined in seconds if joined == tight and gap}
        branches = [trie_regex(direct)] if direct else []
        if gapped:
            branches.append(r"(?:[\w']++\W*+){0,3}" + trie_regex(gapped))
        after = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if tight:
            # The cue's own ending and joiner (`cue_parts`): a lazy ending, no line break or
            # hyphen between the words, perhaps nothing at all.
            ending = r"(?!\w)" if closed else r"\w*?"
            branches_by_joiner.append(ending + r"[^\S\n\-]*+" + after)
        else:
            branches_by_joiner.append(("" if closed else r"\w*+") + r"\W++" + after)
    if len(branches_by_joiner) == 1:
        return branches_by_joiner[0]
    return "(?:" + "|".join(branches_by_joiner) + ")"


def first_word_literal(first: str, open_ended: bool) -> tuple[str | None, bool]:
    """(the literal a whole word must be, or begin with when it goes on; whether it goes on)
    to start a cue whose first word is `first` (lexicon syntax, normalised); (None, …) when
    that word has non-word characters ("u.s.", "e-mail")."""
    body, open_word = _word_and_end(first, open_ended)
    if not _WORD.fullmatch(body):
        return None, open_word
    return body, open_word


def merged_gaps(regex: str) -> str:
    """`regex` (a cue's, from `cue_parts`) with each run of gaps (".. ..") as one gap of up
    to as many words (`_GAP_WORD{0,6}`). The same matches, found the same way: a gap word,
    all possessive, matches only one way, so both forms try the word counts from the most
    down and stop at the same first count that lets the rest match; but the single gap tries
    each count once, where two tried it as every split (3+3, 3+2, … 0+0: 16 tries for the 7
    counts): a Persian cue such as "فقط .. .. به .. دسترسی دارند" a third faster on a word
    where it fails. (Applied once the alternatives are ordered: their order goes by the
    length of the unmerged regex, and a shorter merged one would move ahead of its equal.)"""
    if _GAP + _GAP not in regex:
        return regex
    parts = regex.split(_GAP)
    merged, run = parts[0], 0
    for part in parts[1:]:
        run += 1
        if part:  # the run of gaps ends here
            merged += f"{_GAP_WORD}{{0,{3 * run}}}{part}"
            run = 0
    if run:
        merged += f"{_GAP_WORD}{{0,{3 * run}}}"
    return merged


def factored(alternatives: list[tuple[str, str]]) -> str:
    """`first(?:rest…)` per distinct first word; longest rests first, since an alternation
    takes the first branch that matches (the empty rest, a one-word cue, comes last)."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for first, rest in alternatives:
        by_first[first].add(rest)
    branches = []
    for first, rests in sorted(
        by_first.items(), key=lambda item: -max(len(item[0]) + len(r) for r in item[1])
    ):
        # Ties broken by the text: a set's order follows PYTHONHASHSEED, which would let two
        # processes build different alternations (and perhaps spans) from the same cues.
        ordered = sorted(rests, key=lambda rest: (-len(rest), rest))
        if ordered == [""]:
            branches.append(first)
        else:
            branches.append(first + "(?:" + "|".join(map(merged_gaps, ordered)) + ")")
    return "(?:" + "|".join(branches) + ")"
