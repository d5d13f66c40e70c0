"""Scorers: what each clause says by itself, category by category, with the reasons.

A scorer turns the segments of a document into per-clause evidence: `{category: Evidence}`.
`analysis.analyze` combines the scorers' evidence (the cue lexicon here; a learned model later,
passed as `extra_scorers`) and adds the context of headings and list heads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Protocol

from policylens.core.clause import Cue
from policylens.core.data_nouns import data_noun_alone
from policylens.core.document import Document
from policylens.core.lexicon import (
    CompiledLexicon,
    clitics_of,
    compiled_lexicon,
    languages_for,
)
from policylens.core.normalize import NormalizedText, normalize_key
from policylens.core.ru_template_lists import may_hold_template_lists, template_lists
from policylens.core.segment import Segment
from policylens.core.taxonomy import FIRST_PARTY

# A category is asserted from a clause's own words at this score (or above).
THRESHOLD = 0.5
# The practices a line about cookies states instead of the service's own collection: the
# user's choices ("you can block cookies in your browser", "cookie settings"), how long cookies
# are kept ("session cookies are deleted when you close the browser"), partners' cookies.
COOKIE_PRACTICES = ("user_choice_control", "data_retention", "third_party_sharing_collection")
# The word "cookies" itself, in every language (a cue's text, lower case, without ZWNJ and
# hyphens), and the browser or device that holds them: the things a line about cookie choices
# is about, not a statement that the service collects or uses anything. "Wir verwenden Cookies"
# keeps its own cue ("verwenden"); "Cookies im Browser blockieren" has none but the nouns. The
# site is no such noun: "Сайт cookie файлдарын пайдаланады" says the site (we) uses cookies.
_COOKIE_NOUN = re.compile(
    # ("på din enhet", "on your device": where the cookies are, no collection either.)
    r"(?:(?:on|in|to|from|på|i|från|auf|von|sur|dans|на|в|с)\s+"
    r"(?:your|din|ditt|dina|ihrem|ihren|ihrer|votre|vos|вашем|вашего|ваш\w*)\s+)?"
    r"(?:(?:(?:файл\w*|файлдар\w*)\s+)?\w*(?:cookies?|куки\w*)(?:\s+(?:файл\w*|and similar))?"
    r"|\w*کوکی\w*|\w*كوكيز|(?:\w*ملف\w*\s+)?(?:تعريف\s+)?\w*الارتباط|traceurs?"
    r"|(?:web\s?)?browsers?|devices?|browser\w*|gerät\w*|navigateurs?|terminal|terminaux"
    r"|appareils?|webbläsar\w*|enhet\w*|браузер\w*|устройств\w*|құрылғ\w*"
    r"|مرورگر\w*|دستگاه\w*|\w*متصفح\w*|\w*جهاز\w*)"
)


@dataclass
class Evidence:
    """One category's evidence in one clause: a score in [0, 1] and the cues behind it."""

    score: float
    cues: list[Cue] = field(default_factory=list)
    source: str = "lexicon"
    note: str = ""
    # A model set this score (its note says "model, 0.83"): under THRESHOLD with cues, the
    # model read the cues and overruled them (`own_categories.vetoed`).
    by_model: bool = False

    def cues_hold(self, words: re.Pattern[str]) -> bool:
        """Whether a cue behind this evidence (its own words, a few), folded as the lexicon
        folds text, holds one of `words` (a pattern of folded words)."""
        for cue in self.cues:
            text = cue.text
            # An ASCII cue's folded form is its lower case (normalize_key only folds other scripts).
            if words.search(text.lower() if text.isascii() else normalize_key(text)) is not None:
                return True
        return False

    def every_cue_where(self, line: str, start: int, holds: Callable[[str, int], bool]) -> bool:
        """Whether `holds(line, at)` for every cue, `at` being the cue's offset in the clause
        (`line`, at `start` in the text); False without cues or with a cue outside the line."""
        if not self.cues:
            return False
        for cue in self.cues:
            at = cue.start - start
            if at < 0 or at > len(line) or not holds(line, at):
                return False
        return True


ClauseEvidence = dict[str, Evidence]


class Scorer(Protocol):
    """Anything that scores the clauses of a document (the lexicon, a learned model…)."""

    def score(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]:
        """Evidence per segment, in the order of `segments`. `tick(fraction)` reports progress
        and returns True when the caller wants to stop (then return what you have)."""
        ...


# Web addresses and e-mail addresses: a cue inside one states nothing ("https://…/privacy").
# Found from their markers (rare): "://", "@", and "www." at a word start in any case, each
# looked for by `str.find`, which skips a text without them at memchr speed (the regex of
# the four, `://|@|w(?<!\ww)[wW][wW]\.|W(?<!\wW)[wW][wW]\.`, read every character: ~50 M
# instructions on 1 MB). No two markers overlap (they share no character), so the markers
# found in text order are those the regex's scan found.
_ADDRESS_MARKS = ("://", "@")
# "www." in any case is found from its last two characters: "w." or "W.".
_WWW_ENDS = ("w.", "W.")
_ADDRESS_STOP = re.compile(r"[\s<>\"«»]")
_ADDRESS_LAST_STOP = re.compile(r"[\s\S]*[\s<>\"«»]")
_ADDRESS_TAIL = ".,;:!?)]}'"


def address_spans(text: str, begin: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the URLs and e-mail addresses in `text`, in order (overlaps merged); only
    those in `text[begin:end]` when these bounds are lines' bounds (an address never holds
    white space, so it never crosses them): an analysis process reads only its part."""
    if begin > 0 or (end is not None and end < len(text)):
        return [(a + begin, b + begin) for a, b in address_spans(text[begin:end])]
    spans: list[tuple[int, int]] = []
    for at, mark in _address_marks(text):
        after = at + len(mark)
        if mark == "@" and not (at > 0 and text[at - 1].isalnum()):
            continue
        # Back to just after the last stop character of the 64 before the mark (a regex: a
        # Python loop per character was most of the time of a text with many links).
        start = max(0, at - 64)
        last_stop = _ADDRESS_LAST_STOP.match(text, start, at)
        if last_stop is not None:
            start = last_stop.end()
        stop = _ADDRESS_STOP.search(text, after)
        end = stop.start() if stop is not None else len(text)
        while end > after and text[end - 1] in _ADDRESS_TAIL:
            end -= 1
        if mark == "@" and "." not in text[after:end]:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _address_marks(text: str) -> list[tuple[int, str]]:
    """(position, marker) of every address marker of `text`, in text order: "www." only at a
    word start (no word character before it)."""
    found: list[tuple[int, str]] = []
    for mark in _ADDRESS_MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + len(mark))
    for mark in _WWW_ENDS:
        at = text.find(mark, 2)
        while at >= 0:
            start = at - 2
            if (
                text[start] in "wW"
                and text[start + 1] in "wW"
                and not (start > 0 and _is_word(text[start - 1]))
            ):
                found.append((start, text[start : at + 2]))
            at = text.find(mark, at + 2)
    found.sort()
    return found


def _is_word(char: str) -> bool:
    """Whether the regex engine's `\\w` matches `char` (Unicode: alphanumeric, or "_")."""
    return char.isalnum() or char == "_"


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(spans, (position, 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def noisy_or(weights: Sequence[float]) -> float:
    """Several independent cues: 1 - Π(1 - w)."""
    remaining = 1.0
    for weight in weights:
        remaining *= 1.0 - weight
    return 1.0 - remaining


class LexiconScorer:
    """Cue phrases from the lexicons of `resources/taxonomy/cues/`, on normalised text."""

    def __init__(self, lexicon: CompiledLexicon | None = None) -> None:
        # A fixed matcher (tests, tools); by default one per paragraph language.
        self.lexicon = lexicon

    def _matcher(self, paragraph_language: str, document_language: str) -> CompiledLexicon:
        if self.lexicon is not None:
            return self.lexicon
        if paragraph_language == "und" and document_language == "und":
            return compiled_lexicon(None)
        return compiled_lexicon(
            languages_for(paragraph_language, document_language),
            clitics_of=clitics_of(paragraph_language),
        )

    def score(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]:
        text = document.text
        starts = [s.start for s in segments]
        ends = [s.end for s in segments]
        found: list[dict[str, list[_Hit]]] = [{} for _ in segments]
        length = max(1, len(normalized.text))

        def on_tick(position: int) -> bool:
            return tick(position / length) if tick is not None else False

        matches = self._matches(document, normalized, on_tick)
        if not matches:
            return [{} for _ in segments]
        paragraphs = document.paragraphs
        reading = (paragraphs[0].start, paragraphs[-1].end) if paragraphs else (0, len(text))
        categories, weights, placed = _placed(text, reading, normalized, matches, starts, ends)
        for number, index, start, end in placed:
            category = categories[number]
            per_category = found[index]
            hits = per_category.get(category)
            if hits is None:
                per_category[category] = [(weights[number], start, end)]
            else:
                hits.append((weights[number], start, end))
        result: list[ClauseEvidence] = []
        cyrillic = may_hold_template_lists(text)
        for per_category in found:
            if cyrillic:
                template_lists(text, per_category)
            if FIRST_PARTY in per_category:
                _cookie_noun_alone(text, per_category)
            if FIRST_PARTY in per_category:
                data_noun_alone(text, per_category, _unblocked)
            evidence: ClauseEvidence = {}
            for category, hits in per_category.items():
                if len(hits) == 1:  # most: `_evidence` of one cue, without the call
                    weight, start, end = hits[0]
                    if weight < 0:
                        continue  # a "not" phrase alone: nothing to cancel, nothing to say
                    cue = Cue(start, end, text[start:end])
                    evidence[category] = Evidence(1.0 - (1.0 - weight), [cue])
                else:
                    found_evidence = _evidence(text, hits)
                    if found_evidence is not None:
                        evidence[category] = found_evidence
            result.append(evidence)
        return result

    def _matches(
        self, document: Document, normalized: NormalizedText, tick: Callable[[int], bool]
    ) -> list[tuple[str, float, int, int]]:
        """Matches run by run of paragraphs read with the same lexicons (their language)."""
        positions = range(len(normalized.text) + 1)
        runs: list[tuple[CompiledLexicon, int, int]] = []
        matchers: dict[str, CompiledLexicon] = {}
        for paragraph in document.paragraphs:
            matcher = matchers.get(paragraph.language)
            if matcher is None:
                matcher = self._matcher(paragraph.language, document.language)
                matchers[paragraph.language] = matcher
            if runs and runs[-1][0] is matcher:
                runs[-1] = (matcher, runs[-1][1], paragraph.end)
            else:
                runs.append((matcher, paragraph.start, paragraph.end))
        found: list[tuple[str, float, int, int]] = []
        for matcher, start, end in runs:
            first = bisect_left(positions, start, key=normalized.original_index)
            last = bisect_left(positions, end, key=normalized.original_index)
            found += matcher.find_spans(normalized.text, first, last, tick=tick)
        return found


# A cue found in a clause: (weight, start, end) in the original text.
_Hit = tuple[float, int, int]


def _placed(
    text: str,
    reading: tuple[int, int],
    normalized: NormalizedText,
    matches: list[tuple[str, float, int, int]],
    starts: list[int],
    ends: list[int],
) -> tuple[tuple[str, ...], tuple[float, ...], Iterable[tuple[int, int, int, int]]]:
    """(categories, weights, placed) of the matches (normalised offsets), `placed` giving
    (the match's number, its clause's index, start, end in the original text cut at the
    clause's end) in order, without the matches inside a URL or an e-mail address ("https" in
    a link, "privacy" in privacy@example.com: no practice) or between clauses (a list bullet,
    a stray mark); `reading`: the bounds of the lines read. Mapped and placed all at once with
    NumPy: two or three bisections per match in Python were a fifth of the lexicon's time
    (50,000 matches in 1 MB)."""
    import numpy as np

    categories, weights, raw_starts, raw_ends = zip(*matches, strict=True)
    match_starts = np.array(raw_starts, dtype=np.int64)
    match_ends = np.array(raw_ends, dtype=np.int64)
    if not normalized.same_offsets:
        match_starts, match_ends = normalized.to_original_arrays(match_starts, match_ends)
    keep = np.ones(len(matches), dtype=bool)
    addresses = address_spans(text, *reading)
    if addresses:
        address_starts = np.array([a for a, _ in addresses], dtype=np.int64)
        address_ends = np.array([b for _, b in addresses], dtype=np.int64)
        inside = np.searchsorted(address_starts, match_starts, side="right") - 1
        keep &= ~((inside >= 0) & (match_starts < address_ends[np.maximum(inside, 0)]))
    clause_ends = np.array(ends, dtype=np.int64)
    index = np.searchsorted(np.array(starts, dtype=np.int64), match_starts, side="right") - 1
    clause_end = clause_ends[np.maximum(index, 0)]
    keep &= (index >= 0) & (match_starts < clause_end)
    placed = zip(
        np.flatnonzero(keep).tolist(),
        index[keep].tolist(),
        match_starts[keep].tolist(),
        np.minimum(match_ends, clause_end)[keep].tolist(),
        strict=True,
    )
    return categories, weights, placed


# Remembered per phrase: a document repeats its few cue phrases ("اطلاعات", "cookies") on
# thousands of lines, and folding and matching each again was a third of `_cookie_noun_alone`.
@lru_cache(maxsize=4096)
def is_cookie_noun(phrase: str) -> bool:
    """Whether a cue's text is just the word for cookies ("Cookies", "файлы cookie", "کوکی‌ها",
    "ملفات تعريف الارتباط") or for the browser or device, in any language."""
    key = " ".join(phrase.lower().replace("\u200c", "").replace("-", "").split())
    return _COOKIE_NOUN.fullmatch(key) is not None


def _cookie_noun_alone(text: str, per_category: dict[str, list[_Hit]]) -> None:
    """A line that states a choice about cookies, how long they are kept or that partners set
    them ("You can block cookies in your browser settings", "Session cookies are deleted when
    you close the browser", "Our advertising partners may set cookies on your device") names
    cookies, and the guidelines label it with that practice alone: where such a
    practice is stated outright and the noun "cookies" is the line's only cue of the service's
    own collection, it asserts none ("Statistik-Cookies setzen wir nur mit Ihrer Einwilligung"
    keeps its "Statistik", "we use cookies" its "we use")."""
    # (Most lines with a cue of collection have none of these practices: tested first, the
    # words of their cues are never looked at.)
    practices = [per_category[p] for p in COOKIE_PRACTICES if per_category.get(p)]
    if not practices:
        return
    hits = per_category[FIRST_PARTY]
    if min(hits)[0] < 0:  # a "not" phrase takes the cues it overlaps out first
        hits = _unblocked(hits)
    if not all(is_cookie_noun(text[start:end]) for _, start, end in hits):
        return
    for practice_hits in practices:
        found = _evidence(text, list(practice_hits))
        if found is not None and found.score >= THRESHOLD:
            del per_category[FIRST_PARTY]
            return


def _unblocked(hits: list[_Hit]) -> list[_Hit]:
    """The cues that no "not" phrase of their category overlaps ("delete your" inside "delete
    your cookies"), without the "not" phrases."""
    blocks = [(start, end) for weight, start, end in hits if weight < 0]
    return [
        hit
        for hit in hits
        if hit[0] >= 0 and not any(hit[1] < end and start < hit[2] for start, end in blocks)
    ]


def _evidence(text: str, hits: list[_Hit]) -> Evidence | None:
    """Distinct cues combine; the same phrase repeated counts once, overlapping cues once; a
    cue inside a "not" phrase of its category does not count (None: no cue left)."""
    if min(hits)[0] < 0:  # some weight is a "not" phrase's (the smallest tuple's weight)
        hits = _unblocked(hits)
        if not hits:
            return None
    if len(hits) == 1:
        weight, start, end = hits[0]
        # noisy_or((weight,)), exactly: 1 - 1·(1 - w).
        return Evidence(1.0 - (1.0 - weight), [Cue(start, end, text[start:end])])
    # By start, the heavier first (two stable sorts: the order of a key (start, -weight)).
    hits.sort(key=itemgetter(0), reverse=True)
    hits.sort(key=itemgetter(1))
    weights: list[float] = []
    cues: list[Cue] = []
    kept_end = -1
    seen_phrases: set[str] = set()
    for weight, start, end in hits:
        if start < kept_end:  # overlaps the last cue kept: one cue, the heavier weight
            if weight > weights[-1]:
                weights[-1] = weight
            continue
        phrase = text[start:end]
        lowered = phrase.lower()
        if lowered in seen_phrases:
            continue
        seen_phrases.add(lowered)
        weights.append(weight)
        cues.append(Cue(start, end, phrase))
        kept_end = end
    return Evidence(noisy_or(weights), cues)


def cue_evidence(text: str, language: str) -> ClauseEvidence:
    """The lexicon's evidence for one clause read alone in `language` (what `LexiconScorer`
    gives a one-clause document): the shipped model's cue features at training time."""
    from policylens.core.normalize import normalize_for_matching

    normalized = normalize_for_matching(text)
    matcher = compiled_lexicon(languages_for(language), clitics_of=clitics_of(language))
    found: dict[str, list[_Hit]] = {}
    addresses = address_spans(text)
    for category, weight, start, end in matcher.find_spans(normalized.text):
        start, end = normalized.to_original(start, end)
        if addresses and _inside(addresses, start):
            continue
        found.setdefault(category, []).append((weight, start, end))
    template_lists(text, found)
    if FIRST_PARTY in found:
        _cookie_noun_alone(text, found)
    if FIRST_PARTY in found:
        data_noun_alone(text, found, _unblocked)
    result: ClauseEvidence = {}
    for category, hits in found.items():
        evidence = _evidence(text, hits)
        if evidence is not None:
            result[category] = evidence
    return result
