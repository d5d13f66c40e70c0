"""Cue lexicons (data files `resources/taxonomy/cues/<lang>.json`) compiled into fast matchers.

A cue is a phrase in the file's language, written as a reader would (it is normalised like the
text: no ZWNJ, Persian/Arabic letter variants folded, lower case). Syntax, per word:
`word*` takes any ending (a stem), `word=` must end there even in a language whose words are
open-ended by default, a leading `*` on the first word lets it start inside a word (German and
Swedish compounds: `*speicher` in "Datenspeicherung"), `..` stands for up to three other words.
The format is described in `resources/taxonomy/README.md`; its `not` tier holds phrases that
cancel the category's cues they overlap (applied by `classifier`).

Matching runs once over the normalised text of the whole document: at every word start, the
first two letters pick the few cue patterns that could match there (a dictionary, so the cost
per word does not grow with the lexicon); Arabic clitics (و ب ل ف ال …) are tried off too.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from policylens.core.normalize import normalize_key

# "not": phrases in which a cue of the category does not state it ("delete your cookies" holds
# the deletion-right cue "delete your"); they cancel that category's cues they overlap.
NOT_A_CUE = -1.0
WEIGHTS = {"strong": 0.8, "medium": 0.28, "weak": 0.1, "not": NOT_A_CUE}
_WORD = re.compile(r"\w+")
# Every word, as the trigger's group 1 (`find_spans` without a trigger), and a word's rest.
_ANY_WORD = re.compile(r"(\w+)")
_WORD_REST = re.compile(r"\w*")
# Between two words of a cue in a language whose words are written apart: spaces (not a line
# break), or a hyphen or slash ("opt-out", "and/or").
_SPACE_JOINER = r"[^\S\n]*+[\-/]?+[^\S\n]*+"
# A cue's "..": up to three words, each with what follows it.
_GAP = r"(?:[\w']++[^\S\n]*+[\-,]?+[^\S\n]*+){0,3}"
# The trigger checks this many letters of the word after a cue's first word: enough to skip
# most words that start no cue ("service" not before "provider"), in a regex a quarter the
# size of one with whole words (its compilation is part of a document's first analysis).
_FOLLOWER_LETTERS = 3
# The narrow trigger is compiled once a matcher has read this much text: its compilation
# (~20 ms for English, ~60 ms for every language) against ~80 ns saved per character of
# English, so a process that reads a few policies gains it back, and a short document's first
# analysis (or the warm-up) does not pay for it.
NARROW_AFTER_CHARS = 250_000
# On a text of ASCII characters, every pattern here matches the same compiled with re.ASCII,
# where `\w`, `\W` and `\s` read a table instead of the Unicode database (the scan of 1 MB of
# English: 441 -> 364 M instructions), except at these four, which only Unicode calls spaces.
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the normalised text at `[start, end)`."""

    category: str
    weight: float
    start: int
    end: int


@dataclass
class _Entry:
    """The cues of one (index key, category, weight). Their regexes are compiled on first use:
    a lexicon set has ~1,800 of them and one document reaches a fraction, so compiling all up
    front cost ~250 ms on a document's first analysis."""

    category: str
    weight: float
    source: str
    # Whether a word can start one of these cues, judged from the word alone: (the first words
    # that end, those that go on), or None when some first word has a non-word character
    # ("u.s.": the pattern is always tried).
    first_words: tuple[frozenset[str], tuple[str, ...]] | None = None
    # Every cue here is one whole word (no "..", no second word) whose first-word test is
    # exact: where `may_start` accepts a word, the pattern matches that word, to its end.
    one_word: bool = False
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _ascii_pattern: re.Pattern[str] | None = field(default=None, repr=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        return self._pattern

    def pattern_for(self, ascii: bool) -> re.Pattern[str]:
        """`pattern`, or the same compiled for ASCII text (see `_UNICODE_ONLY_SPACES`)."""
        if not ascii:
            return self.pattern
        if self._ascii_pattern is None:
            self._ascii_pattern = re.compile(self.source, re.ASCII)
        return self._ascii_pattern

    def may_start(self, word: str) -> bool:
        """Whether the whole word `word` (word characters only) starts one of these cues: it
        is a first word that ends, or begins with one that goes on (string tests: a regex per
        entry, `word|stem\\w*`, cost a compilation each on a document's first analysis)."""
        if self.first_words is None:
            return True
        whole, stems = self.first_words
        return word in whole or word.startswith(stems)


# One cue to try in a word: (offset into the word, the cue's `Pattern.match`, category, weight,
# whether it matches the whole word without trying: a one-word cue that `may_start` accepted,
# its group in a combined pattern or -1). Cues tried at the same offset of a word are matched
# by one combined pattern, `(?:(?=(cue1)))?(?:(?=(cue2)))?…`, whose group k is where cue k
# alone would match: one regex call per word instead of one per cue (most of them fail:
# "to" starts a dozen multi-word cues).
_MatchAt = Callable[[str, int, int], "re.Match[str] | None"]
_Try = tuple[int, _MatchAt, str, float, bool, int]
# The same tries as steps, for a word of two letters or more: (offset, match, category,
# weight, kind, block). Kind 0: a one-word cue, matched as it is; 1: one cue's own pattern;
# 2: a combined pattern and the tries it stands for, `block` = (every try from its first cue
# to its last, in order, as (category, weight, group; 0 for a one-word cue), the one-word
# cues among them): when none of its groups matched (`lastindex` None, most words), the step
# adds its one-word cues and skips the rest, in one test instead of one per cue. The matches
# come out in the order of the tries.
_Block = tuple[tuple[tuple[str, float, int], ...], tuple[tuple[str, float], ...]]
_Step = tuple[int, _MatchAt, str, float, int, _Block]
_NO_BLOCK: _Block = ((), ())
# What follows a cue's first word: (whether a ".." comes first, the first letters of the next
# word, whether the cue's language may join words without a space).
_Second = tuple[bool, str, bool]

# Words whose candidate cues are remembered per lexicon (a policy's vocabulary is a few
# thousand words; the cap only guards against pathological input).
_CANDIDATE_CACHE_MAX = 200_000
# Combined patterns remembered per lexicon (a combination is a set of cues sharing a first
# word's start: a few hundred in a policy; the cap only guards against pathological input).
_COMBINED_CACHE_MAX = 5_000


@dataclass
class CompiledLexicon:
    """Every cue of every language, indexed by the first two letters of its first word."""

    by_prefix: dict[str, list[_Entry]] = field(default_factory=dict)
    # Cues whose first word is a whole word (no stem): looked up by that word, exactly.
    by_word: dict[str, list[_Entry]] = field(default_factory=dict)
    # Substring (compound) cues: one pattern with a named group per (category, weight).
    compound: re.Pattern[str] | None = None
    compound_groups: dict[str, tuple[str, float]] = field(default_factory=dict)
    clitics: tuple[str, ...] = ()
    # Clitics by their first letter, longest first: "وال" before "و".
    clitics_by_letter: dict[str, tuple[str, ...]] = field(default_factory=dict)
    languages: tuple[str, ...] = ()
    cue_count: int = 0
    # Finds the word starts where some cue may begin (a trie of every index key): the Python
    # loop then only visits those words. None: every word is visited.
    trigger: re.Pattern[str] | None = None
    # Builds `trigger` on first use (then cleared): a document long enough for the narrow
    # trigger never needs this one, and compiling it was ~17 ms of a Persian lexicon's ~140.
    # (Given re.ASCII, the builders compile for ASCII text: `ascii_trigger`.)
    trigger_build: Callable[..., re.Pattern[str] | None] | None = field(default=None, repr=False)
    # Builds the narrow trigger, which also checks the start of the word after a first word
    # ("service" only before "provider"): half the words to visit in English, but a regex
    # twice the size, so it is compiled only once this matcher has read enough text to gain
    # back its compilation (`NARROW_AFTER_CHARS`).
    narrow_build: Callable[..., re.Pattern[str] | None] | None = field(default=None, repr=False)
    _narrow: re.Pattern[str] | None = field(default=None, repr=False)
    _scanned: int = field(default=0, repr=False)
    # Word → the cues that may start with it: the dictionary lookups and first-word tests
    # are done once per distinct word, not once per occurrence.
    _plans: dict[str, tuple[tuple[_Try, ...], tuple[_Step, ...]]] = field(
        default_factory=dict, repr=False
    )
    # The same with the patterns compiled for ASCII text, and the (narrow) triggers so compiled.
    _ascii_plans: dict[str, tuple[tuple[_Try, ...], tuple[_Step, ...]]] = field(
        default_factory=dict, repr=False
    )
    _ascii_triggers: dict[bool, re.Pattern[str] | None] = field(default_factory=dict, repr=False)
    # The combined patterns, by the entries they try (in order).
    _combined: dict[tuple[bool | int, ...], _MatchAt] = field(default_factory=dict, repr=False)

    def broad_trigger(self) -> re.Pattern[str] | None:
        """The trigger (compiled on first use)."""
        if self.trigger_build is not None:
            self.trigger = self.trigger_build()
            self.trigger_build = None
        return self.trigger

    def narrow_trigger(self) -> re.Pattern[str] | None:
        """The narrow trigger (compiled on first use), or the trigger when there is none."""
        if self._narrow is None and self.narrow_build is not None:
            self._narrow = self.narrow_build()
        return self._narrow or self.broad_trigger()

    def ascii_trigger(self, narrow: bool) -> re.Pattern[str] | None:
        """`narrow_trigger()` or `broad_trigger()` compiled for ASCII text (on first use; see
        `_UNICODE_ONLY_SPACES`)."""
        if narrow not in self._ascii_triggers:
            found: re.Pattern[str] | None = None
            if narrow and self.narrow_build is not None:
                found = self.narrow_build(re.ASCII)
            if found is None and self.trigger_build is not None:
                found = self.trigger_build(re.ASCII)
            elif found is None and self.trigger is not None:
                found = re.compile(self.trigger.pattern, re.ASCII)
            self._ascii_triggers[narrow] = found
        return self._ascii_triggers[narrow]

    def _combined_match(self, entries: list[_Entry], ascii: bool = False) -> _MatchAt:
        key = (ascii, *(id(entry) for entry in entries))
        match = self._combined.get(key)
        if match is None:
            source = "".join(f"(?:(?=({entry.source})))?" for entry in entries)
            match = re.compile(source, re.ASCII if ascii else 0).match
            if len(self._combined) >= _COMBINED_CACHE_MAX:
                self._combined.clear()
            self._combined[key] = match
        return match

    def _entries_at(self, text: str, at: int, end: int) -> tuple[_Entry, ...]:
        """The cues worth trying at `at`, inside the word that ends at `end`."""
        word = text[at:end]
        long_prefix, short_prefix = text[at : at + 4], text[at : at + 2]
        # At the end of the text the two prefixes may be one: look it up once ("حق", "år").
        lookups = [(self.by_word, word), (self.by_prefix, long_prefix)]
        if short_prefix != long_prefix:
            lookups.append((self.by_prefix, short_prefix))
        return tuple(
            entry
            for table, lookup in lookups
            for entry in table.get(lookup, ())
            if entry.may_start(word)
        )

    def _plan(
        self, text: str, start: int, end: int, ascii: bool = False
    ) -> tuple[tuple[_Try, ...], tuple[_Step, ...]]:
        """(offset into the word, cues to try there) for the word `text[start:end]`: at its
        start and after each clitic it begins with (`ascii`: with the patterns compiled for
        ASCII text, remembered apart). Remembered per word (the key reaches one
        character past a one-letter word, since a two-letter prefix may: "u.s."); with the same
        tries as steps (`_steps`) for a word of two letters or more."""
        # A one-letter word's key starts with a mark of its own: "е" cut from "ес" by an end
        # position would otherwise leave its plan (no cues) under the word "ес"'s key.
        key = text[start:end] if end - start >= 2 else "\0" + text[start : start + 2]
        plans = self._ascii_plans if ascii else self._plans
        plan = plans.get(key)
        if plan is None:
            starts = (
                _starts(text, start, end, self.clitics_by_letter)
                if text[start] in self.clitics_by_letter
                else (start,)
            )
            # Flat, with each cue's bound match method: the hot loop in `find_spans` then does
            # no attribute look-ups per word.
            # A plan is remembered by `key`, which is the word itself only from two letters on
            # (a one-letter key holds the next character): only then are one-word cues taken
            # as matched without running their pattern.
            whole_word = end - start >= 2
            items = [
                (at - start, entry, whole_word and entry.one_word)
                for at in starts
                for entry in self._entries_at(text, at, end)
            ]
            tries: dict[int, list[_Entry]] = {}
            for offset, entry, whole in items:
                if not whole:
                    tries.setdefault(offset, []).append(entry)
            combined = {
                offset: self._combined_match(entries, ascii)
                for offset, entries in tries.items()
                if len(entries) >= 2
            }
            slots: dict[int, int] = {}
            plan_items: list[_Try] = []
            for offset, entry, whole in items:
                match_at: _MatchAt
                if whole or offset not in combined:
                    match_at, slot = entry.pattern_for(ascii).match, -1
                else:
                    match_at, slot = combined[offset], slots.get(offset, 0) + 1
                    slots[offset] = slot
                plan_items.append((offset, match_at, entry.category, entry.weight, whole, slot))
            plan = (tuple(plan_items), _steps(plan_items) if whole_word else ())
            if len(plans) >= _CANDIDATE_CACHE_MAX:
                plans.clear()
            plans[key] = plan
        return plan

    def find(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        tick: Callable[[int], bool] | None = None,
    ) -> Iterator[CueMatch]:
        """Cue matches in normalised `text[pos:endpos]`, in text order of their word.
        `tick(pos)` is called every few thousand words; when it returns True matching stops."""
        for category, weight, start, end in self.find_spans(text, pos, endpos, tick=tick):
            yield CueMatch(category, weight, start, end)

    def find_spans(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        tick: Callable[[int], bool] | None = None,
    ) -> list[tuple[str, float, int, int]]:
        """`find` as plain (category, weight, start, end) tuples (the analysis's hot path: a
        list, since a generator's resumption per match cost more than the list)."""
        found: list[tuple[str, float, int, int]] = []
        append = found.append
        if endpos is None:
            endpos = len(text)
        compound = self.compound
        groups = self.compound_groups
        count = 0
        self._scanned += endpos - pos
        narrow = self._scanned >= NARROW_AFTER_CHARS
        # (`isascii` reads a flag of the string; the four searches run at memchr speed.)
        ascii = text.isascii() and not any(
            text.find(space, pos, endpos) >= 0 for space in _UNICODE_ONLY_SPACES
        )
        make_plan: Callable[[str, int, int], tuple[tuple[_Try, ...], tuple[_Step, ...]]]
        if ascii:
            plans = self._ascii_plans
            make_plan = partial(self._plan, ascii=True)
            trigger = self.ascii_trigger(narrow)
            if compound is not None:
                compound = re.compile(compound.pattern, re.ASCII)
        else:
            plans = self._plans
            make_plan = self._plan
            trigger = self.narrow_trigger() if narrow else self.broad_trigger()
        spans: tuple[tuple[int, int], ...] = ()
        scan_from = pos
        if 0 < pos < endpos and _IS_WORD(text[pos - 1]):
            # Inside a word: no word starts before its end (the scan takes its start for one).
            rest = _WORD_REST.match(text, pos, endpos)
            scan_from = rest.end() if rest is not None else pos
        # Group 1 of the trigger's matches: whole words where a cue may start (see
        # `_word_start_trigger`), the last perhaps empty.
        for hit in (trigger or _ANY_WORD).finditer(text, scan_from, endpos):
            start, end = hit.span(1)
            if start == end:
                continue  # the end of the text
            count += 1
            if tick is not None and count % 2048 == 0 and tick(start):
                return found
            if end - start >= 2:
                plan = plans.get(text[start:end])
                if plan is None:
                    plan = make_plan(text, start, end)
                for offset, match_at, category, weight, kind, block in plan[1]:
                    if kind == 0:  # a one-word cue accepted by its first-word test
                        append((category, weight, start, end))
                    elif kind == 1:
                        match = match_at(text, start + offset, endpos)
                        if match is not None:
                            append((category, weight, start, match.end()))
                    else:
                        combined = match_at(text, start + offset, endpos)
                        if combined is None or combined.lastindex is None:
                            for category, weight in block[1]:
                                append((category, weight, start, end))
                            continue
                        spans = combined.regs
                        for category, weight, slot in block[0]:
                            if not slot:
                                append((category, weight, start, end))
                            elif spans[slot][1] >= 0:
                                append((category, weight, start, spans[slot][1]))
                continue
            plan = plans.get(text[start : start + 2])
            if plan is None:
                plan = make_plan(text, start, end)
            # A one-letter word: every cue, one-word cues too, is tried by its own pattern.
            for offset, match_at, category, weight, _whole, slot in plan[0]:
                if slot < 0:
                    match = match_at(text, start + offset, endpos)
                    if match is not None:
                        append((category, weight, start, match.end()))
                    continue
                if slot == 1:  # the combined pattern always matches (every group optional)
                    combined = match_at(text, start + offset, endpos)
                    spans = combined.regs if combined is not None else ()
                cue_end = spans[slot][1]
                if cue_end >= 0:
                    append((category, weight, start, cue_end))
        if compound is not None:
            # Inside long words only (a word start was handled above): "Datenspeicherung".
            for match in compound.finditer(text, pos, endpos):
                at = match.start()
                if at > 0 and _IS_WORD(text[at - 1]):
                    name = match.lastgroup
                    if name is not None:
                        category, weight = groups[name]
                        append((category, weight, at, match.end()))
        return found


def _steps(tries: list[_Try]) -> tuple[_Step, ...]:
    """The tries of a word of two letters or more as steps (see `_Step`): those from the first
    to the last cue of a combined pattern become one step."""
    # By offset too: two clitic offsets may try the same cues, with one combined pattern.
    last_of: dict[tuple[int, _MatchAt], int] = {}
    for index, (offset, match_at, _, _, _, slot) in enumerate(tries):
        if slot > 0:
            last_of[(offset, match_at)] = index
    steps: list[_Step] = []
    index = 0
    while index < len(tries):
        offset, match_at, category, weight, whole, slot = tries[index]
        if slot < 0:
            steps.append((offset, match_at, category, weight, 0 if whole else 1, _NO_BLOCK))
            index += 1
            continue
        # A combined pattern's cues lie together, with only one-word cues of the same word
        # start between them (every other cue there is in the combination).
        last = last_of[(offset, match_at)]
        inside = tries[index : last + 1]
        assert all((t[0], t[1]) == (offset, match_at) if t[5] > 0 else t[4] for t in inside), (
            "another cue inside a combination"
        )
        block = (
            tuple((t[2], t[3], max(t[5], 0)) for t in inside),
            tuple((t[2], t[3]) for t in inside if t[5] < 0),
        )
        steps.append((offset, match_at, "", 0.0, 2, block))
        index = last + 1
    return tuple(steps)


def _IS_WORD(char: str) -> bool:
    return char.isalnum() or char == "_"


def _trie_regex(keys: set[str] | dict[str, str]) -> str:
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


def _starts(
    text: str, start: int, end: int, clitics_by_letter: dict[str, tuple[str, ...]]
) -> tuple[int, ...]:
    """Where cues may begin in the word `text[start:end]`: its start, and after a clitic
    ("وال", "ب", "می"…) when the word begins with one."""
    clitics = clitics_by_letter.get(text[start]) if clitics_by_letter else None
    if clitics is None or end - start <= 3:
        return (start,)
    found = [start]
    for clitic in clitics:
        if end - start - len(clitic) >= 2 and text.startswith(clitic, start):
            found.append(start + len(clitic))
    return tuple(found)


def cue_regex(cue: str, *, open_ended: bool, tight_joiner: bool) -> tuple[str, bool]:
    """(regex source, starts inside a word) for one cue written in the lexicon syntax."""
    first, rest, inside = cue_parts(cue, open_ended=open_ended, tight_joiner=tight_joiner)
    return first + rest, inside


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
        if word.endswith("*"):
            body, open_word = word[:-1], True
        elif word.endswith("="):
            body, open_word = word[:-1], False
        else:
            body, open_word = word, open_ended
        last = index == len(words) - 1
        if open_word and tight_joiner and not last:
            # The space may be missing ("جمع آوری" written "جمعآوری", or with a ZWNJ, which
            # normalisation drops): the ending gives back letters to the next word. (A
            # possessive \w*+ swallowed the next word and such a cue never matched.)
            ending = r"\w*?"
        else:
            ending = r"\w*+" if open_word else r"(?!\w)"
        piece = re.escape(body) + ending
        pieces.append(piece if last else piece + joiner)
    return pieces[0], "".join(pieces[1:]), inside


def compile_lexicons(
    lexicons: list[dict[str, Any]], *, clitics_of: str | None = None
) -> CompiledLexicon:
    """One matcher for several languages' lexicons (all those of one script, or all).
    Cues are also tried after the clitics a lexicon declares (Arabic's و ب ل ف ال, Persian's
    می): those of the language `clitics_of` only, when given. A Persian paragraph reads the
    Arabic lexicon too, and Arabic's clitics cut Persian words ("به‌کار" → "هک…")."""
    sources: dict[tuple[str, str, float], list[tuple[str, str]]] = defaultdict(list)
    first_words: dict[tuple[str, str, float], list[tuple[str | None, bool]]] = defaultdict(list)
    # First words of every cue: those that go on ("collect*") and those that end ("opt").
    open_firsts: set[str] = set()
    closed_firsts: set[str] = set()
    # What must follow a first word (closed or open, as sorted above) for one of its cues to
    # match: the literal starts of their second words (with whether the language may join
    # words without a space), or None when some cue needs nothing more (one word, "..").
    followers: dict[tuple[bool, str], set[_Second] | None] = {}
    compound_sources: dict[tuple[str, float], list[str]] = defaultdict(list)
    clitics: set[str] = set()
    languages: list[str] = []
    count = 0
    for lexicon in lexicons:
        languages.append(str(lexicon.get("language", "")))
        open_ended = bool(lexicon.get("open_ended", False))
        tight = lexicon.get("joiner", "space") == "optional"
        if clitics_of is None or lexicon.get("language") == clitics_of:
            clitics.update(normalize_key(c) for c in lexicon.get("clitics", []))
        for category, tiers in lexicon.get("categories", {}).items():
            for tier, cues in tiers.items():
                weight = WEIGHTS[tier]
                for cue in cues:
                    first_re, rest_re, inside = cue_parts(
                        cue, open_ended=open_ended, tight_joiner=tight
                    )
                    count += 1
                    if inside:
                        compound_sources[(category, weight)].append(first_re + rest_re)
                    # Also as a word start: "*lagring" matches "lagring" and "datalagring".
                    words = normalize_key(cue.lstrip("*")).split()
                    first = words[0]
                    slot = _add_first_word(first, open_ended, open_firsts, closed_firsts)
                    second = _second_word(words)
                    known = followers.get(slot, set())
                    if known is not None:
                        followers[slot] = None if second is None else known | {(*second, tight)}
                    whole = first.rstrip("=")
                    if not first.endswith("*") and (first.endswith("=") or not open_ended):
                        if _WORD.fullmatch(whole):
                            source_key = ("w:" + whole, category, weight)
                            sources[source_key].append((first_re, rest_re))
                            first_words[source_key].append(_first_word(first, open_ended))
                            continue
                    body = whole.rstrip("*")
                    key = body[:4] if len(body) >= 4 and _WORD.fullmatch(body[:4]) else body[:2]
                    if len(key) < 2 and not tight:
                        key = normalize_key(cue.lstrip("*"))[:2]
                    if len(key) < 2 or not key[0].isalnum() or (tight and not key.isalnum()):
                        raise ValueError(f"cue {cue!r}: the first word needs two letters")
                    source_key = ("p:" + key, category, weight)
                    sources[source_key].append((first_re, rest_re))
                    first_words[source_key].append(_first_word(first, open_ended))
    by_prefix: dict[str, list[_Entry]] = defaultdict(list)
    by_word: dict[str, list[_Entry]] = defaultdict(list)
    for (key, category, weight), alternatives in sources.items():
        firsts = first_words[(key, category, weight)]
        first_word = (
            None
            if any(body is None for body, _ in firsts)
            else (
                frozenset(body for body, goes_on in firsts if body is not None and not goes_on),
                tuple(sorted({body for body, goes_on in firsts if body is not None and goes_on})),
            )
        )
        table = by_word if key.startswith("w:") else by_prefix
        one_word = first_word is not None and all(rest == "" for _, rest in alternatives)
        table[key[2:]].append(
            _Entry(category, weight, _factored(alternatives), first_word, one_word)
        )
    compound = None
    groups: dict[str, tuple[str, float]] = {}
    if compound_sources:
        branches = []
        for index, ((category, weight), compounds) in enumerate(compound_sources.items()):
            name = f"g{index}"
            groups[name] = (category, weight)
            longest_first = sorted(set(compounds), key=len, reverse=True)
            branches.append(f"(?P<{name}>" + "|".join(longest_first) + ")")
        compound = re.compile("|".join(branches))
    # The trigger fires only at words that can start some cue (most words cannot), so the
    # Python loop of `find` visits few words.
    # (Both compiled on first use; `_trigger` gives None, every word, only without cues.)
    any_cue = bool(closed_firsts or open_firsts)
    trigger_build = partial(_trigger, closed_firsts, open_firsts, clitics, None)
    narrow_build = partial(_trigger, closed_firsts, open_firsts, clitics, followers)
    return CompiledLexicon(
        by_prefix=dict(by_prefix),
        by_word=dict(by_word),
        compound=compound,
        compound_groups=groups,
        clitics=tuple(sorted(clitics, key=len, reverse=True)),
        clitics_by_letter={
            letter: tuple(sorted((c for c in clitics if c[0] == letter), key=len, reverse=True))
            for letter in {c[0] for c in clitics}
        },
        languages=tuple(languages),
        cue_count=count,
        trigger_build=trigger_build if any_cue else None,
        narrow_build=narrow_build if any_cue else None,
    )


def _trigger(
    closed_firsts: set[str],
    open_firsts: set[str],
    clitics: set[str],
    followers: dict[tuple[bool, str], set[_Second] | None] | None,
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
            parts.append(f"(?:{_trie_regex(closed_firsts)})(?!\\w)")
        if open_firsts:
            parts.append(_trie_regex(open_firsts))
    else:
        after: dict[str, set[str]] = defaultdict(set)
        for word in closed_firsts:
            after[word].add(_follower_regex(followers.get((False, word)), closed=True))
        for word in open_firsts:
            after[word].add(_follower_regex(followers.get((True, word)), closed=False))
        tails = {word: _either(regexes) for word, regexes in after.items()}
        parts = [_trie_regex(tails)] if tails else []
    if not parts:
        return None
    clitic_part = f"(?:{_trie_regex(clitics)})?" if clitics else ""
    return _word_start_trigger(f"{clitic_part}(?:{'|'.join(parts)})", flags)


def _word_start_trigger(lookahead: str, flags: int = 0) -> re.Pattern[str]:
    """The scan for the whole words that start where `lookahead` matches (`\\b(?=lookahead)\\w+`):
    group 1 of each match is such a word; the last match may be empty (at the end).

    Written as `\\W*+(?:(?!lookahead)\\w++\\W*+)*+(\\w*+)`: one match runs over the words that
    start no cue a word at a time, in the regex engine's own loops, where a search for a word
    start began a match at every letter of the text (English: a third less time for the scan).
    It ends at a word that starts a cue, or at the end (an empty group: no search is begun
    anew inside the words it ran over). The scan must begin where no word goes on from the
    character before (`find_spans` moves a start inside a word to its end)."""
    return re.compile(f"\\W*+(?:(?!{lookahead})\\w++\\W*+)*+(\\w*+)", flags)


def _add_first_word(
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


def _second_word(words: list[str]) -> tuple[bool, str] | None:
    """(whether a ".." comes first, the first letters of the next word) of what follows a
    cue's first word and joiner ("policy .. updated": the gap, "upd"); None when the cue has
    no next word, or it does not begin with a letter, or the first word is not a plain word
    ("u.s.": the trigger takes it as a literal prefix). `words`: the cue's, normalised,
    without a leading `*`."""
    if not _WORD.fullmatch(words[0].rstrip("*=")):
        return None
    gap = len(words) >= 3 and words[1] == ".."
    if gap:
        words = words[1:]
    if len(words) < 2 or not _WORD.match(words[1]):
        return None
    return gap, words[1].rstrip("*=")[:_FOLLOWER_LETTERS]


def _either(regexes: set[str]) -> str:
    """One regex matching where any of `regexes` does ("" matches everywhere)."""
    if "" in regexes:
        return ""
    return next(iter(regexes)) if len(regexes) == 1 else "(?:" + "|".join(sorted(regexes)) + ")"


def _follower_regex(seconds: set[_Second] | None, closed: bool) -> str:
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
        branches = [_trie_regex(direct)] if direct else []
        if gapped:
            branches.append(r"(?:[\w']++\W*+){0,3}" + _trie_regex(gapped))
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


def _first_word(first: str, open_ended: bool) -> tuple[str | None, bool]:
    """(the literal a whole word must be, or begin with when it goes on; whether it goes on)
    to start a cue whose first word is `first` (lexicon syntax, normalised); (None, …) when
    that word has non-word characters ("u.s.", "e-mail")."""
    if first.endswith("*"):
        body, open_word = first[:-1], True
    elif first.endswith("="):
        body, open_word = first[:-1], False
    else:
        body, open_word = first, open_ended
    if not _WORD.fullmatch(body):
        return None, open_word
    return body, open_word


def _factored(alternatives: list[tuple[str, str]]) -> str:
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
            branches.append(first + "(?:" + "|".join(ordered) + ")")
    return "(?:" + "|".join(branches) + ")"


def cues_dir() -> Path:
    from policylens.paths import resource

    return resource("taxonomy", "cues")


def read_lexicon(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def load_lexicons() -> tuple[dict[str, Any], ...]:
    return tuple(read_lexicon(p) for p in sorted(cues_dir().glob("*.json")))


# Languages whose lexicons are read together: the detector may confuse them on short lines.
_SIBLINGS = {"fa": {"ar"}, "ar": {"fa"}, "ru": {"kk"}, "kk": {"ru"}}


def languages_for(*languages: str) -> frozenset[str]:
    """The lexicons to read a paragraph with: its language, the document's, their script
    siblings (fa/ar, ru/kk) and English (English terms turn up everywhere: "cookies",
    "Google Analytics"). Another language's stems are left out: a French "ans" or a German
    "usa" would fire inside English words."""
    chosen = {"en"}
    for language in languages:
        base = language.split("-")[0].lower()
        chosen.add(base)
        chosen.update(_SIBLINGS.get(base, ()))
    return frozenset(chosen)


@cache
def compiled_lexicon(
    languages: frozenset[str] | None = None, *, clitics_of: str | None = None
) -> CompiledLexicon:
    """One matcher for the lexicons of `languages` (all bundled ones when None, or when none
    of them has a lexicon)."""
    lexicons = load_lexicons()
    if languages is not None:
        chosen = [lex for lex in lexicons if lex.get("language") in languages]
        if any(lex.get("language") != "en" for lex in chosen) or languages <= {"en"}:
            return compile_lexicons(chosen, clitics_of=clitics_of)
    return compile_lexicons(list(lexicons), clitics_of=clitics_of)


def clitics_of(language: str) -> str | None:
    """Whose clitics are tried off the words of a paragraph in `language`: its own (None,
    every lexicon's, when the language is not known)."""
    base = language.split("-")[0].lower()
    return None if base == "und" else base
