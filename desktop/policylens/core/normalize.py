"""Normalisation for matching, on a copy, with an offset map back to the original text.

Sees through what real policies do: Arabic ي/ى/ك for Persian ی/ک, missing or extra ZWNJ/ZWJ,
tatweel, diacritics, bidi marks, Persian/Arabic-Indic digits, letter case, presentation forms
(NFKC). The displayed and stored text is always the original; a match at normalised offsets
`[a, b)` maps back with `to_original(a, b)`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

# Code points dropped entirely: joiners, tatweel, Arabic diacritics, bidi controls, soft hyphen.
_DROPPED = [
    *(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x0640, 0x00AD, 0xFEFF, 0x061C),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    *range(0x064B, 0x0660),  # harakat, shadda, sukun…
    0x0670,  # superscript alef
]

_LETTERS = {
    "ي": "ی",  # Arabic yeh → Persian yeh
    "ى": "ی",  # alef maksura
    "ئ": "ی",
    "ك": "ک",  # Arabic kaf → Persian keheh
    "ة": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "İ": "i",  # str.lower() would make two code points of it
    "ς": "σ",  # Greek final sigma: str.lower() picks σ or ς by context (see _lower)
    "ё": "е",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
}


# Persian and Arabic-Indic digits as ASCII ones, for a pattern that reads numbers (a year, a
# date) in any script.
ASCII_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in _DROPPED}
    for source, target in _LETTERS.items():
        table[ord(source)] = target
    table.update({cp: chr(ascii_digit) for cp, ascii_digit in ASCII_DIGITS.items()})
    # Arabic presentation forms (text copied from PDFs): their NFKC letters, when one letter.
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = _LETTERS.get(folded, folded)
    return table


_TABLE = _build_table()
# The same mapping applied by a regex over the few characters it changes: str.translate with a
# dict looks every character up (0.1 s for a 1 MB Persian text), the regex skips the rest at C
# speed (under 0.01 s).
_REPLACEMENTS = {chr(cp): to or "" for cp, to in _TABLE.items()}
_MAPPED_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(_REPLACEMENTS)) + "]")


def _translate(text: str) -> str:
    """`text.translate(_TABLE)`, quicker on long texts."""
    if text.isascii():
        return text  # the table maps no ASCII character
    return _MAPPED_CHARS.sub(lambda match: _REPLACEMENTS[match.group()], text)


def _translate_noting_drops(text: str) -> tuple[str, list[int]]:
    """`_translate(text)`, and the original indices of the characters it dropped (ZWNJ,
    tatweel, harakat…), noted as the regex meets them: a second scan for them was ~5 ms of a
    1 MB Persian text's analysis."""
    if text.isascii():
        return text, []
    few = _few_mapped(text) if len(text) >= _FEW_MIN_LENGTH else None
    if few is not None:
        return few
    dropped: list[int] = []
    note = dropped.append

    def replace(match: re.Match[str]) -> str:
        replacement = _REPLACEMENTS[match.group()]
        if not replacement:
            note(match.start())
        return replacement

    return _MAPPED_CHARS.sub(replace, text), dropped


# A text with at most one non-ASCII character in this many (English with its curly quotes) is
# translated at those characters alone (`_few_mapped`).
_FEW_NON_ASCII = 16
# ...from this length on: a shorter text (a paragraph a search reads) is done sooner by the
# regex than by setting NumPy up.
_FEW_MIN_LENGTH = 10_000


def _few_mapped(text: str) -> tuple[str, list[int]] | None:
    """`_translate_noting_drops(text)` of a text with few non-ASCII characters, None for another:
    NumPy finds them (every mapped character is one), and the text is rebuilt around those the
    table maps, where the regex's scan tested every character against its 325 (~50 M
    instructions on 1 MB of English)."""
    import numpy as np

    # Its opening first: a Persian text is not encoded whole to be left to the regex.
    for part in (text[:_FEW_MIN_LENGTH], text):
        codes = np.frombuffer(part.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        non_ascii = codes > 0x7F
        if np.count_nonzero(non_ascii) * _FEW_NON_ASCII > len(part):
            return None
    wide = np.flatnonzero(non_ascii)
    pieces: list[str] = []
    dropped: list[int] = []
    last = 0
    for at in wide.tolist():
        replacement = _REPLACEMENTS.get(text[at])
        if replacement is None:
            continue
        pieces += (text[last:at], replacement)
        last = at + 1
        if not replacement:
            dropped.append(at)
    pieces.append(text[last:])
    return "".join(pieces), dropped


def _lower(text: str) -> str:
    """str.lower() without context: Σ lowers to ς at the end of a word and to σ elsewhere, so a
    text and its parts (or a query) would normalise differently. Same length either way."""
    lowered = text.lower()
    return lowered.replace("ς", "σ") if "ς" in lowered else lowered


@cache
def _expands(char: str) -> str | None:
    """The normalisation of a character whose result is not one code point (e.g. ligatures)."""
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        return normalize_key(folded) if folded else ""
    return None


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the normalised copy; offsets map back to the original."""

    text: str
    original_length: int
    # Normalised positions at which original characters were dropped: for the j-th dropped
    # original index d_j, the entry is d_j - j (the normalised index right after it).
    _drop_points: list[int] = field(default_factory=list, repr=False)
    # For the (rare) general path: original index of every normalised index.
    _explicit: list[int] | None = field(default=None, repr=False)
    # ...and the original end of each (past the accent composed into it, `_COMBINING`).
    _explicit_ends: list[int] | None = field(default=None, repr=False)

    @property
    def same_offsets(self) -> bool:
        """Whether every normalised offset is the original one (nothing dropped or expanded:
        most English text), so callers may skip mapping offsets back."""
        return self._explicit is None and not self._drop_points

    def original_index(self, index: int) -> int:
        """Original index of the normalised character at `index` (or of the end, for len)."""
        if self._explicit is not None:
            return self._explicit[index]
        return index + bisect_right(self._drop_points, index)

    def normalized_index(self, original: int) -> int:
        """The normalised index of the original character at `original` (of the next kept
        one when it was dropped; of the end for the original length)."""
        if self._explicit is not None:
            return bisect_left(self._explicit, original)
        # The j-th dropped original index is _drop_points[j] + j: count those before `original`.
        low, high = 0, len(self._drop_points)
        while low < high:
            middle = (low + high) // 2
            if self._drop_points[middle] + middle < original:
                low = middle + 1
            else:
                high = middle
        return original - low

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span `[start, end)`, dropped characters inside kept."""
        if end <= start:
            o = self.original_index(start)
            return o, o
        if self._explicit_ends is not None:
            return self.original_index(start), self._explicit_ends[end - 1]
        return self.original_index(start), self.original_index(end - 1) + 1

    def to_original_arrays(self, starts: Any, ends: Any) -> tuple[Any, Any]:
        """`to_original` of many spans at once, given and returned as NumPy arrays of starts and
        ends (int64): the analysis maps tens of thousands of cue matches, and a method call per
        offset was a tenth of its time."""
        import numpy as np

        nonempty = ends > starts
        last = np.maximum(ends - 1, 0)
        if self._explicit is not None:
            explicit = np.array(self._explicit, dtype=np.int64)
            o_starts = explicit[starts]
            if self._explicit_ends is not None:
                explicit_ends = np.array(self._explicit_ends, dtype=np.int64)
                return o_starts, np.where(nonempty, explicit_ends[last], o_starts)
            return o_starts, np.where(nonempty, explicit[last] + 1, o_starts)
        drops = self._drop_array
        o_starts = starts + np.searchsorted(drops, starts, side="right")
        o_ends = last + 1 + np.searchsorted(drops, last, side="right")
        return o_starts, np.where(nonempty, o_ends, o_starts)

    def normalized_indices(self, originals: Sequence[int]) -> list[int]:
        """`normalized_index` of many original offsets at once."""
        if self._explicit is not None:
            explicit = self._explicit
            return [bisect_left(explicit, o) for o in originals]
        if not self._drop_points:
            return list(originals)
        dropped = self._dropped_originals
        return [o - bisect_left(dropped, o) for o in originals]

    @cached_property
    def _drop_array(self) -> Any:
        """`_drop_points` as a NumPy array (made once: each analysis part maps its matches)."""
        import numpy as np

        return np.array(self._drop_points, dtype=np.int64)

    @cached_property
    def _dropped_originals(self) -> list[int]:
        """The original indices of the dropped characters, in order."""
        return [point + j for j, point in enumerate(self._drop_points)]


def normalize_key(text: str) -> str:
    """The normalised string only (queries, lexicon entries)."""
    if not text.isascii() and _COMBINING.search(text):
        return normalize_for_matching(text).text  # accents composed as in a document
    translated = _lower(_translate(text))
    # Only characters at U+FB00 and above can expand; a regex finds them at C speed.
    if any(_expands(m.group()) is not None for m in _MAY_EXPAND.finditer(translated)):
        translated = "".join(_expands(c) or c for c in translated)
    return _cyrillic_homoglyphs(translated)


_MAY_EXPAND = re.compile("[\ufb00-\U0010ffff]")
# In UTF-8, a character at U+FB00..U+FFFF is EF then AC..BF, and one above U+FFFF starts with
# F0..F4: byte searches (memchr) that skip a text without any far quicker than the regex.
_HIGH_LEADS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")


def _has_high(text: str) -> bool:
    """Whether `text` has a character at U+FB00 or above (where `_MAY_EXPAND` finds one):
    a 1 MB Persian text has none, and the regex's scan was ~9 ms of its analysis."""
    data = text.encode("utf-8", "surrogatepass")
    if any(lead in data for lead in _HIGH_LEADS):
        return True
    at = data.find(b"\xef")
    while at >= 0:
        if data[at + 1] >= 0xAC:
            return True
        at = data.find(b"\xef", at + 1)
    return False


def normalize_for_matching(text: str) -> NormalizedText:
    translated, dropped = _translate_noting_drops(text)
    lowered = _lower(translated)
    # Only characters at U+FB00 and above can expand; a regex finds them at C speed (a
    # Python loop over every character was a third of the analysis time of a 1 MB text).
    # (An ASCII text, as most English is once its quotes are folded, has none: `isascii` reads
    # a flag of the string, where the regex reads every character.)
    needs_general = len(lowered) != len(translated) or (
        not lowered.isascii()
        and (
            (_has_high(lowered) and any(_expands(m.group()) for m in _MAY_EXPAND.finditer(lowered)))
            or _COMBINING.search(lowered) is not None
        )
    )
    if needs_general:
        return _normalize_general(text)
    drop_points: list[int] = []
    if len(translated) != len(text):
        # The k-th dropped character (ZWNJ, tatweel…) at original index i: entry i - k. The
        # translation noted them (a loop over every character cost a quarter of the analysis
        # time of a 1 MB Persian text).
        drop_points = [at - k for k, at in enumerate(dropped)]
    return NormalizedText(_cyrillic_homoglyphs(lowered), len(text), drop_points)


# Latin letters that look like Cyrillic ones, typed inside Cyrillic words: Kazakh "і" as
# Latin "i" (a Russian keyboard has no і), a Latin "a" or "o" from a switched layout. They
# become the Cyrillic letters where a Cyrillic letter stands beside them (dev policies with
# Kazakh і typed as Latin i: kk 0.927 -> 0.793 macro-F1, before; with one Cyrillic а/о/е/с/р
# in ten typed as Latin, kk 0.839, ru 0.847).
_HOMOGLYPHS = str.maketrans("aceiopxyh", "асеіорхуһ")
_CYRILLIC_LETTER = "а-яёәғқңөұүһіїєў"
_NEAR_CYRILLIC = re.compile(
    f"(?<=[{_CYRILLIC_LETTER}])[aceiopxyh]+|[aceiopxyh]+(?=[{_CYRILLIC_LETTER}])"
)
_CYRILLIC = re.compile(f"[{_CYRILLIC_LETTER}]")


def _cyrillic_homoglyphs(lowered: str) -> str:
    """`lowered` with the Latin look-alikes inside Cyrillic words made Cyrillic (same length)."""
    if lowered.isascii() or _CYRILLIC.search(lowered) is None:
        return lowered
    return _NEAR_CYRILLIC.sub(lambda m: m.group().translate(_HOMOGLYPHS), lowered)


# Accents typed apart from their letters (Unicode's decomposed form, NFD: "a" + U+0308 for
# "ä"), as text from macOS and some PDFs has them: composed before matching, or no German,
# French or Swedish cue with an accent matched (dev policies so decomposed: de 0.920 -> 0.860,
# fr 0.902 -> 0.818, sv 0.903 -> 0.793 macro-F1, before).
_COMBINING = re.compile("[\u0300-\u036f]")


def _normalize_general(text: str) -> NormalizedText:
    """Character by character: handles expansions (ligatures, special casing) and accents
    typed apart from their letters (`_COMBINING`)."""
    pieces: list[str] = []
    explicit: list[int] = []
    ends: list[int] = []
    skip = 0
    for i, char in enumerate(text):
        if skip:
            skip -= 1
            continue
        following = text[i + 1 : i + 2]
        if following and _COMBINING.match(following):
            composed = unicodedata.normalize("NFC", char + following)
            if len(composed) == 1:
                char, skip = composed, 1  # the accent goes with its letter
        mapped = _lower(char.translate(_TABLE))
        if mapped and ord(mapped[0]) >= 0xFB00:
            mapped = "".join(_expands(c) or c for c in mapped)
        pieces.append(mapped)
        explicit.extend([i] * len(mapped))
        ends.extend([i + 1 + skip] * len(mapped))
    explicit.append(len(text))
    return NormalizedText(_cyrillic_homoglyphs("".join(pieces)), len(text), [], explicit, ends)
