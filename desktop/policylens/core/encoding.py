"""Bytes to text: byte-order marks, UTF-8, UTF-16 and the legacy 8-bit code pages real policy
files come in (Windows-1256 Persian/Arabic, Windows-1251 and KOI8-R Cyrillic, Windows-1252).

charset-normalizer proposes; a plausibility check decides. For short Cyrillic or Persian texts
the detector alone confuses cp1251/koi8-r/mac-cyrillic or cp1256/cp1252, so every candidate's
decoding is scored by the common words of its script and its share of letters against
mojibake and control characters, and the most plausible one wins.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# BOMs, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Always tried for 8-bit text, in the order that breaks ties (the most common first): the
# code pages the issue names, then their near relatives.
_LEGACY_CANDIDATES = (
    "cp1252",
    "cp1256",
    "cp1251",
    "koi8-r",
    "iso8859-15",
    "cp1250",
    "mac-cyrillic",
)
# What charset-normalizer may add. Its more exotic answers (cp864, cp932 for three Persian
# letters, ...) decode short texts into plausible-looking nonsense, so they are not trusted.
_ACCEPTED_PROPOSALS = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp1253 cp1254 cp1255 cp1257 cp1258 cp866 koi8-u iso8859-2 iso8859-5 iso8859-6 "
        "iso8859-7 iso8859-8 iso8859-9 gb18030 big5 shift_jis euc-jp euc-kr tis-620"
    ).split()
)

# Enough text to judge an encoding by; the chosen codec then decodes everything.
_SAMPLE_BYTES = 64 * 1024

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_WORD = re.compile(r"[^\W\d_]+")


class UndecodableError(ValueError):
    """No encoding gives a plausible text (binary data, or an exotic encoding)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    # Byte sequences that were not valid in `encoding` and became U+FFFD (see `_mostly_utf8`).
    replaced: int = 0

    def warnings(self) -> tuple[str, ...]:
        """What a person should know about the decoding: shown by the CLI and the window."""
        if not self.replaced:
            return ()
        plural = "s were" if self.replaced > 1 else " was"
        return (
            f"{self.replaced} byte sequence{plural} not valid {self.encoding.upper()} and "
            "replaced by U+FFFD (shown as \ufffd in the text)",
        )


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32) or many control bytes: not a text file."""
    sample = data[:_SAMPLE_BYTES]
    if not sample:
        return False
    if _utf16_without_bom(sample) is not None:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in (*range(0, 9), 11, *range(14, 32)))
    return controls > len(sample) * 0.01


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM: most code units of Latin/Cyrillic/Arabic text have one 0 byte."""
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > half * 0.3 and even.count(0) < half * 0.05:
        return "utf-16-le"
    if even.count(0) > half * 0.3 and odd.count(0) < half * 0.05:
        return "utf-16-be"
    # Arabic/Cyrillic: the high byte is 0x06 or 0x04 for most units.
    for encoding, high in (("utf-16-le", odd), ("utf-16-be", even)):
        common = max((high.count(b) for b in (4, 6)), default=0)
        if common + high.count(0) > half * 0.7 and high.count(b" "[0]) < half * 0.05:
            return encoding
    return None


def _implausible(word: str) -> bool:
    """A word as mojibake looks: case mixed inside it ("ÇáÓíÇÓÉ", "пРЙЮФ"), letters of two
    scripts ("ÑÇمه"), or Latin made mostly of accented letters ("Êàçàõñòàí": Cyrillic bytes
    read as Windows-1252). Real words in any of our languages are none of these."""
    if not (word.islower() or word.isupper() or word.istitle()) and word.lower() != word.upper():
        return True
    first, last = ord(word[0]), ord(word[-1])
    if (first < 0x250) != (last < 0x250) or (0x400 <= first < 0x530) != (0x400 <= last < 0x530):
        return True
    if len(word) > 1 and first < 0x250 and last < 0x250:
        accented = sum(1 for char in word if "\u00c0" <= char <= "\u024f")
        return accented * 2 > len(word)
    return False


def plausibility(text: str) -> float:
    """How much a decoded text looks like real text: higher is better."""
    from policylens.core.language import common_word_hits

    if not text:
        return 0.0
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    controls = len(_CONTROL.findall(text))
    bad = sum(len(word) for word in words if _implausible(word))
    hits = common_word_hits(words)
    length = len(text)
    return (3.0 * hits / max(len(words), 1)) + letters / length - 5.0 * (controls + bad) / length


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes; the BOM is removed, nothing else is changed."""
    body, bom_encoding = strip_bom(data)
    if bom_encoding is not None:
        try:
            return Decoded(body.decode(bom_encoding), bom_encoding)
        except UnicodeDecodeError as error:
            raise UndecodableError(f"it starts like {bom_encoding} but is not") from error
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    utf16 = _utf16_without_bom(data[:_SAMPLE_BYTES])
    if utf16 is not None:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise UndecodableError("it looks like binary data, not text")
    return _decode_legacy(data)


# A file is UTF-8 with a few damaged bytes, not a legacy code page, when its valid multi-byte
# UTF-8 characters outnumber its invalid sequences this many times. Legacy 8-bit text (cp1256,
# cp1251, koi8-r, cp1252) almost never forms valid multi-byte sequences, so its ratio is ~0.
_UTF8_VALID_PER_INVALID = 20


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a cut download, one bad byte appended): decoded as UTF-8
    with U+FFFD for the bad bytes — never re-read as another code page, which would garble
    every character instead of one."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    if replaced <= 0:
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))  # at C speed, for 50 MB
    multibyte = non_ascii - replaced
    if multibyte < _UTF8_VALID_PER_INVALID * replaced:
        return None
    return Decoded(text, "utf-8", replaced)


def _candidates(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    candidates = [codecs.lookup(name).name for name in _LEGACY_CANDIDATES]
    for match in from_bytes(sample, explain=False):
        name = codecs.lookup(match.encoding).name
        if name in _ACCEPTED_PROPOSALS and name not in candidates:
            candidates.append(name)
    return candidates


def _decode_legacy(data: bytes) -> Decoded:
    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(_candidates(sample)):
        try:
            # A sample may end inside a multi-byte character: ignore only a cut at the end.
            text = sample.decode(
                encoding, errors="strict" if len(sample) == len(data) else "ignore"
            )
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(text), -order, encoding))
    for score, _, encoding in sorted(scored, reverse=True):
        if score <= 0.3:
            break
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise UndecodableError("its character encoding could not be recognised")
