"""Word-level changes inside a changed clause.

Works on words of the normalised text (any script: Persian words are words, not letters),
and reports the changed runs as spans in each document's ORIGINAL text, so a right-to-left
pane marks them exactly where they are, ZWNJ and Arabic/Persian letter variants included.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from policylens.core.compare.model import WordChange
from policylens.core.compare.units import Unit


def word_diff(a: Unit, b: Unit) -> tuple[list[WordChange], float]:
    """The changed word runs between two clauses, and their similarity (difflib ratio)."""
    matcher = SequenceMatcher(None, a.words, b.words, autojunk=False)
    changes: list[WordChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        span_a = (a.word_spans[i1][0], a.word_spans[i2 - 1][1]) if i2 > i1 else None
        span_b = (b.word_spans[j1][0], b.word_spans[j2 - 1][1]) if j2 > j1 else None
        changes.append(WordChange(span_a, span_b))
    if not a.words and not b.words:
        return changes, 1.0 if a.key == b.key else 0.0
    return changes, matcher.ratio()
