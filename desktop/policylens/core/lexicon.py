"""Cue lexicons (data files `resources/taxonomy/cues/<lang>.json`) compiled into fast matchers.

A cue is a phrase in the file's language, written as a reader would (it is normalised like the
text: no ZWNJ, Persian/Arabic letter variants folded, lower case). Syntax, per word:
`word*` takes any ending (a stem), `word=` must end there even in a language whose words are
open-ended by default, a leading `*` on the first word lets it start inside a word (German and
Swedish compounds: `*speicher` in "Datenspeicherung"), `..` stands for up to three other words.
The format is described in `resources/taxonomy/README.md`.

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
from functools import cache
from pathlib import Path
from typing import Any

from policylens.core.normalize import normalize_key

WEIGHTS = {"strong": 0.8, "medium": 0.28, "weak": 0.1}
_WORD = re.compile(r"\w+")
# Compounds are looked into only when the word is at least this long.
_COMPOUND_MIN = 7


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the normalised text at `[start, end)`."""

    category: str
    weight: float
    start: int
    end: int


@dataclass
class _Entry:
    category: str
    weight: float
    pattern: re.Pattern[str]


@dataclass
class CompiledLexicon:
    """Every cue of every language, indexed by the first two letters of its first word."""

    by_prefix: dict[str, list[_Entry]] = field(default_factory=dict)
    # Substring (compound) cues: one pattern with a named group per (category, weight).
    compound: re.Pattern[str] | None = None
    compound_groups: dict[str, tuple[str, float]] = field(default_factory=dict)
    clitics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    cue_count: int = 0

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
        if endpos is None:
            endpos = len(text)
        by_prefix = self.by_prefix
        clitics = self.clitics
        compound = self.compound
        groups = self.compound_groups
        count = 0
        for word in _WORD.finditer(text, pos, endpos):
            start = word.start()
            count += 1
            if tick is not None and count % 4096 == 0 and tick(start):
                return
            entries = by_prefix.get(text[start : start + 2])
            if entries is not None:
                for entry in entries:
                    match = entry.pattern.match(text, start, endpos)
                    if match is not None:
                        yield CueMatch(entry.category, entry.weight, start, match.end())
            end = word.end()
            length = end - start
            if clitics and length > 3 and "\u0600" <= text[start] <= "\u06ff":
                for clitic in clitics:
                    if length - len(clitic) >= 2 and text.startswith(clitic, start):
                        inner = start + len(clitic)
                        for entry in by_prefix.get(text[inner : inner + 2], ()):
                            match = entry.pattern.match(text, inner, endpos)
                            if match is not None:
                                yield CueMatch(entry.category, entry.weight, start, match.end())
            if compound is not None and length >= _COMPOUND_MIN:
                for match in compound.finditer(text, start + 1, end):
                    name = match.lastgroup
                    if name is not None:
                        category, weight = groups[name]
                        yield CueMatch(category, weight, match.start(), match.end())


def cue_regex(cue: str, *, open_ended: bool, tight_joiner: bool) -> tuple[str, bool]:
    """(regex source, starts inside a word) for one cue written in the lexicon syntax."""
    words = normalize_key(cue).split()
    if not words:
        raise ValueError("empty cue")
    inside = words[0].startswith("*")
    if inside:
        words[0] = words[0][1:]
    # Cues never cross a line: a heading and the paragraph under it are read apart.
    joiner = r"[^\S\n\-]*" if tight_joiner else r"[^\S\n]*[\-/]?[^\S\n]*"
    pieces: list[str] = []
    for index, word in enumerate(words):
        if word == "..":
            pieces.append(r"(?:[\w']+[^\S\n]*[\-,]?[^\S\n]*){0,3}")
            continue
        if word.endswith("*"):
            body, open_word = word[:-1], True
        elif word.endswith("="):
            body, open_word = word[:-1], False
        else:
            body, open_word = word, open_ended
        piece = re.escape(body) + (r"\w*" if open_word else r"(?!\w)")
        last = index == len(words) - 1
        pieces.append(piece if last else piece + joiner)
    return "".join(pieces), inside


def compile_lexicons(lexicons: list[dict[str, Any]]) -> CompiledLexicon:
    """One matcher for several languages' lexicons (all those of one script, or all)."""
    sources: dict[tuple[str, str, float], list[str]] = defaultdict(list)
    compound_sources: dict[tuple[str, float], list[str]] = defaultdict(list)
    clitics: set[str] = set()
    languages: list[str] = []
    count = 0
    for lexicon in lexicons:
        languages.append(str(lexicon.get("language", "")))
        open_ended = bool(lexicon.get("open_ended", False))
        tight = lexicon.get("joiner", "space") == "optional"
        clitics.update(normalize_key(c) for c in lexicon.get("clitics", []))
        for category, tiers in lexicon.get("categories", {}).items():
            for tier, cues in tiers.items():
                weight = WEIGHTS[tier]
                for cue in cues:
                    source, inside = cue_regex(cue, open_ended=open_ended, tight_joiner=tight)
                    count += 1
                    if inside:
                        compound_sources[(category, weight)].append(source)
                    # Also as a word start: "*lagring" matches "lagring" and "datalagring".
                    key = normalize_key(cue.lstrip("*"))[:2]
                    if len(key) < 2 or not key[0].isalnum() or (tight and not key.isalnum()):
                        raise ValueError(f"cue {cue!r}: the first word needs two letters")
                    sources[(key, category, weight)].append(source)
    by_prefix: dict[str, list[_Entry]] = defaultdict(list)
    for (key, category, weight), alternatives in sources.items():
        # Longest first: the alternation takes the first branch that matches.
        ordered = sorted(set(alternatives), key=len, reverse=True)
        pattern = re.compile("(?:" + "|".join(ordered) + ")")
        by_prefix[key].append(_Entry(category, weight, pattern))
    compound = None
    groups: dict[str, tuple[str, float]] = {}
    if compound_sources:
        branches = []
        for index, ((category, weight), alternatives) in enumerate(compound_sources.items()):
            name = f"g{index}"
            groups[name] = (category, weight)
            ordered = sorted(set(alternatives), key=len, reverse=True)
            branches.append(f"(?P<{name}>" + "|".join(ordered) + ")")
        compound = re.compile("|".join(branches))
    return CompiledLexicon(
        by_prefix=dict(by_prefix),
        compound=compound,
        compound_groups=groups,
        clitics=tuple(sorted(clitics, key=len, reverse=True)),
        languages=tuple(languages),
        cue_count=count,
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
def compiled_lexicon(languages: frozenset[str] | None = None) -> CompiledLexicon:
    """One matcher for the lexicons of `languages` (all bundled ones when None, or when none
    of them has a lexicon)."""
    lexicons = load_lexicons()
    if languages is not None:
        chosen = [lex for lex in lexicons if lex.get("language") in languages]
        if any(lex.get("language") != "en" for lex in chosen) or languages <= {"en"}:
            return compile_lexicons(chosen)
    return compile_lexicons(list(lexicons))
