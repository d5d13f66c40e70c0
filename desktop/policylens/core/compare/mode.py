"""Which comparison two documents most likely call for."""

from __future__ import annotations

from policylens.core.compare.model import Mode
from policylens.core.compare.units import make_unit
from policylens.core.document import Document

# Share of word 3-shingles two documents have in common above which they are taken for two
# versions of one text (an edited copy keeps most; two different policies share ~1–5 %).
VERSIONS_OVERLAP = 0.3


def suggest_mode(a: Document, b: Document) -> Mode:
    """ "translation" when the dominant languages differ, "versions" when the texts largely
    overlap, "policies" otherwise."""
    if a.language != b.language and "und" not in (a.language, b.language):
        return "translation"
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
