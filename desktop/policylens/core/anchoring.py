"""Finding a quoted passage again in a new version of a text (W3C TextQuoteSelector style).

An annotation keeps its exact quote and ~32 characters before (prefix) and after (suffix).
In a new text the passage is placed, best first:

- "exact":   the quote occurs with its prefix and suffix unchanged around it;
- "context": the quote occurs, but its surroundings changed; of several occurrences the one
             whose surroundings agree most with the old ones (then the nearest to where it was);
- "fuzzy":   the quote itself changed a little (re-spelt, ZWNJ/Arabic yeh, a word edited):
             first the quote is looked for in a normalised copy, then candidate places found
             by pieces of the quote and its context are compared with difflib.

Pure functions, no I/O.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from policylens.core.normalize import normalize_for_matching, normalize_key

CONTEXT_CHARS = 32
MIN_FUZZY_SIMILARITY = 0.8
_MAX_CANDIDATES = 40

How = Literal["exact", "context", "fuzzy"]


@dataclass(frozen=True, slots=True)
class TextQuote:
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    how: How


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> TextQuote:
    return TextQuote(
        text[start:end], text[max(0, start - context) : start], text[end : end + context]
    )


def anchor(text: str, selector: TextQuote, *, hint: int | None = None) -> Placement | None:
    """Where `selector` is in `text`, or None when it cannot be placed with confidence.

    `hint` is where the passage is expected (e.g. its old offset scaled to the new length); it
    only breaks ties.
    """
    if not selector.quote:
        return None
    found = _exact(text, selector, hint)
    if found is not None:
        return found
    return _normalized(text, selector, hint) or _fuzzy(text, selector, hint)


def _occurrences(text: str, needle: str, limit: int = 10_000) -> list[int]:
    positions: list[int] = []
    at = text.find(needle)
    while at != -1 and len(positions) < limit:
        positions.append(at)
        at = text.find(needle, at + 1)
    return positions


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, start: int, end: int, selector: TextQuote) -> int:
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    return _common_suffix(before, selector.prefix) + _common_prefix(after, selector.suffix)


def _distance(position: int, hint: int | None) -> int:
    return 0 if hint is None else abs(position - hint)


def _exact(text: str, selector: TextQuote, hint: int | None) -> Placement | None:
    positions = _occurrences(text, selector.quote)
    if not positions:
        return None
    length = len(selector.quote)
    full = len(selector.prefix) + len(selector.suffix)
    best = max(
        positions,
        key=lambda p: (_context_score(text, p, p + length, selector), -_distance(p, hint)),
    )
    score = _context_score(text, best, best + length, selector)
    return Placement(best, best + length, "exact" if score == full else "context")


def _normalized(text: str, selector: TextQuote, hint: int | None) -> Placement | None:
    """The quote found once spelling variants are seen through (ZWNJ, ي/ی, case…)."""
    key = normalize_key(selector.quote)
    if not key.strip():
        return None
    normalized = normalize_for_matching(text)
    positions = _occurrences(normalized.text, key)
    if not positions:
        return None
    spans = [normalized.to_original(p, p + len(key)) for p in positions]
    start, end = max(
        spans, key=lambda s: (_context_score(text, s[0], s[1], selector), -_distance(s[0], hint))
    )
    return Placement(start, end, "fuzzy")


def _candidate_starts(text: str, selector: TextQuote) -> list[int]:
    """Where the quote may start: anchored by pieces of the quote, the prefix and the suffix."""
    quote = selector.quote
    piece = max(6, min(16, len(quote) // 3))
    starts: set[int] = set()
    if len(quote) >= piece:
        for offset in {0, (len(quote) - piece) // 2, len(quote) - piece}:
            for p in _occurrences(text, quote[offset : offset + piece], 200):
                starts.add(p - offset)
    tail = selector.prefix[-piece:]
    if len(tail) >= 6:
        starts.update(p + len(tail) for p in _occurrences(text, tail, 200))
    head = selector.suffix[:piece]
    if len(head) >= 6:
        starts.update(p - len(quote) for p in _occurrences(text, head, 200))
    return sorted(s for s in starts if -len(quote) < s < len(text))


def _fuzzy(text: str, selector: TextQuote, hint: int | None) -> Placement | None:
    quote = selector.quote
    slack = len(quote) // 4 + 8
    candidates = sorted(_candidate_starts(text, selector), key=lambda s: _distance(s, hint))
    best: tuple[float, int, int] | None = None
    for start in candidates[:_MAX_CANDIDATES]:
        low = max(0, start - slack)
        window = text[low : min(len(text), start + len(quote) + slack)]
        matcher = difflib.SequenceMatcher(None, window, quote, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        a, b = low + blocks[0].a, low + blocks[-1].a + blocks[-1].size
        # Extend to the quote's own ends when its first/last characters were edited.
        a = max(0, a - blocks[0].b)
        b = min(len(text), b + (len(quote) - blocks[-1].b - blocks[-1].size))
        similarity = difflib.SequenceMatcher(None, text[a:b], quote, autojunk=False).ratio()
        if best is None or similarity > best[0]:
            best = (similarity, a, b)
    if best is None or best[0] < MIN_FUZZY_SIMILARITY:
        return None
    return Placement(best[1], best[2], "fuzzy")
