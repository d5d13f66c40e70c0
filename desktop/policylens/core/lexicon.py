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

from policylens.core.cue_patterns import (
    Second,
    add_first_word,
    cue_parts,
    factored,
    first_word_literal,
    merged_gaps,
    seams_apart,
    second_word,
    trigger,
)
from policylens.core.normalize import normalize_key

# "not": phrases in which a cue of the category does not state it ("delete your cookies" holds
# the deletion-right cue "delete your"); they cancel that category's cues they overlap.
NOT_A_CUE = -1.0
WEIGHTS = {"strong": 0.8, "medium": 0.28, "weak": 0.1, "not": NOT_A_CUE}
_WORD = re.compile(r"\w+")
# Every word, as the trigger's group 1 (`find_spans` without a trigger), and a word's rest.
_ANY_WORD = re.compile(r"(\w+)")
_WORD_REST = re.compile(r"\w*")
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
        # `word_start_trigger`), the last perhaps empty.
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
            # Inside long words only (a word start was handled above; the pattern's "(?<=\w)"
            # is `_IS_WORD` of the letter before): "Datenspeicherung". Overlapping, each start
            # tried: in "Informationssäkerhet" a match from "nformation…" must not hide
            # "säkerhet".
            search = compound.search
            match = search(text, pos, endpos)
            while match is not None:
                at = match.start()
                name = match.lastgroup
                if name is not None:
                    category, weight = groups[name]
                    append((category, weight, at, match.end()))
                match = search(text, at + 1, endpos)
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
    followers: dict[tuple[bool, str], set[Second] | None] = {}
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
                    if tight:
                        cue = seams_apart(normalize_key(cue))
                    first_re, rest_re, inside = cue_parts(
                        cue, open_ended=open_ended, tight_joiner=tight
                    )
                    count += 1
                    if inside:
                        compound_sources[(category, weight)].append(first_re + rest_re)
                    # Also as a word start: "*lagring" matches "lagring" and "datalagring".
                    words = normalize_key(cue.lstrip("*")).split()
                    first = words[0]
                    slot = add_first_word(first, open_ended, open_firsts, closed_firsts)
                    second = second_word(words, tight)
                    known = followers.get(slot, set())
                    if known is not None:
                        followers[slot] = None if second is None else known | {(*second, tight)}
                    whole = first.rstrip("=")
                    if not first.endswith("*") and (first.endswith("=") or not open_ended):
                        if _WORD.fullmatch(whole):
                            source_key = ("w:" + whole, category, weight)
                            sources[source_key].append((first_re, rest_re))
                            first_words[source_key].append(first_word_literal(first, open_ended))
                            continue
                    body = whole.rstrip("*")
                    key = body[:4] if len(body) >= 4 and _WORD.fullmatch(body[:4]) else body[:2]
                    if len(key) < 2 and not tight:
                        key = normalize_key(cue.lstrip("*"))[:2]
                    if len(key) < 2 or not key[0].isalnum() or (tight and not key.isalnum()):
                        raise ValueError(f"cue {cue!r}: the first word needs two letters")
                    source_key = ("p:" + key, category, weight)
                    sources[source_key].append((first_re, rest_re))
                    first_words[source_key].append(first_word_literal(first, open_ended))
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
            _Entry(category, weight, factored(alternatives), first_word, one_word)
        )
    compound = None
    groups: dict[str, tuple[str, float]] = {}
    if compound_sources:
        branches = []
        for index, ((category, weight), compounds) in enumerate(compound_sources.items()):
            name = f"g{index}"
            groups[name] = (category, weight)
            longest_first = sorted(set(compounds), key=len, reverse=True)
            branches.append(f"(?P<{name}>" + "|".join(map(merged_gaps, longest_first)) + ")")
        # Only inside a word (a word start is the word scan's), and so never consuming a word's
        # start: "Datenaufbewahrung" once lost its retention cue to a match at "daten".
        compound = re.compile("(?<=\\w)(?:" + "|".join(branches) + ")")
    # The trigger fires only at words that can start some cue (most words cannot), so the
    # Python loop of `find` visits few words.
    # (Both compiled on first use; `trigger` gives None, every word, only without cues.)
    any_cue = bool(closed_firsts or open_firsts)
    trigger_build = partial(trigger, closed_firsts, open_firsts, clitics, None)
    narrow_build = partial(trigger, closed_firsts, open_firsts, clitics, followers)
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
