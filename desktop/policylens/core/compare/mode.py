"""Which comparison two documents most likely call for."""

from __future__ import annotations

import re

from policylens.core.compare.model import Mode
from policylens.core.compare.units import make_unit
from policylens.core.document import Document
from policylens.core.normalize import ASCII_DIGITS

# Share of word 3-shingles two documents have in common above which they are taken for two
# versions of one text (an edited copy keeps most; two different policies share ~1–5 %).
VERSIONS_OVERLAP = 0.3
# A translation keeps what no translator changes: web and e-mail addresses, numbers (in any
# digits), names in Latin letters. Two different policies in two languages share next to none
# of them (0–3 % of the smaller set on the samples); a policy and its translation most.
SHARED_ANCHORS = 0.5
MIN_ANCHORS = 2
# Without such anchors, a translation still keeps the paragraph structure roughly.
PARAGRAPH_RATIO = 0.8
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'»)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-z]{2,})+\b",
    re.IGNORECASE,
)
# Numbers of two digits or more that are not section numbers ("1.2", "3.1.4"): years, periods.
_NUMBER = re.compile(r"(?<![\d.])\d{2,}(?!\.?\d)")
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")


def suggest_mode(a: Document, b: Document) -> Mode:
    """ "translation" when the dominant languages differ and the texts look like one policy
    (shared addresses, numbers and names, or else the same paragraph structure), "versions"
    when the texts largely overlap, "policies" otherwise."""
    if a.language != b.language and "und" not in (a.language, b.language):
        return "translation" if looks_translated(a, b) else "policies"
    return "versions" if textual_overlap(a, b) >= VERSIONS_OVERLAP else "policies"


def textual_overlap(a: Document, b: Document) -> float:
    """The larger of: Jaccard of normalised word 3-shingles, share of identical paragraphs."""
    shingles_a, keys_a = _fingerprint(a)
    shingles_b, keys_b = _fingerprint(b)
    union = shingles_a | shingles_b
    jaccard = len(shingles_a & shingles_b) / len(union) if union else 1.0
    all_keys = keys_a | keys_b
    paragraphs = len(keys_a & keys_b) / len(all_keys) if all_keys else 1.0
    return max(jaccard, paragraphs)


def _fingerprint(document: Document) -> tuple[set[tuple[str, ...]], set[str]]:
    words: list[str] = []
    keys: set[str] = set()
    for p in document.paragraphs:
        segment = make_unit(document.text, p.start, p.end, "paragraph")
        words.extend(segment.words)
        keys.add(segment.key)
    shingles = {tuple(words[k : k + 3]) for k in range(max(0, len(words) - 2))}
    if not shingles and words:
        shingles = {tuple(words)}
    return shingles, keys


def looks_translated(a: Document, b: Document) -> bool:
    """Whether two documents in different languages read as one policy and its translation."""
    anchors_a, anchors_b = _anchors(a.text), _anchors(b.text)
    smaller = min(len(anchors_a), len(anchors_b))
    if smaller >= MIN_ANCHORS:
        return len(anchors_a & anchors_b) / smaller >= SHARED_ANCHORS
    counts = sorted((len(a.paragraphs), len(b.paragraphs)))
    return counts[1] > 0 and counts[0] / counts[1] >= PARAGRAPH_RATIO


def _anchors(text: str) -> set[str]:
    text = text.translate(ASCII_DIGITS)
    found = {address.lower().rstrip(".,;:") for address in _ADDRESS.findall(text)}
    found.update(_NUMBER.findall(text))
    found.update(_LATIN_NAME.findall(text))
    return found
