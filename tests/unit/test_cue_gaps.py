"""A run of gaps (".. ..") compiled as one gap of as many words (`merged_gaps`) matches where
the gaps one after another did, to the same end, in every alternation of cues."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.cue_patterns import cue_parts, factored, merged_gaps

CUES = [
    "a .. .. b",
    "a .. .. b c",
    "a .. b .. .. c",
    "a .. .. .. c",
    "a .. b",
    "a .. c",
    "a b .. .. c",
]
WORDS = ["a", "b", "c", "x", "y,", "[z]", "bb", "-", "\n"]


def _unmerged(cues: list[str]) -> re.Pattern[str]:
    """The alternation as it was before `merged_gaps`: `factored`'s order, gaps apart."""
    parts = [cue_parts(cue, open_ended=False, tight_joiner=False) for cue in cues]
    by_first: dict[str, list[str]] = {}
    for first, rest, _ in parts:
        by_first.setdefault(first, []).append(rest)
    branches = [
        first + "(?:" + "|".join(sorted(set(rests), key=lambda r: (-len(r), r))) + ")"
        for first, rests in by_first.items()
    ]
    return re.compile("(?:" + "|".join(branches) + ")")


def test_runs_of_gaps_are_one_gap() -> None:
    _, rest, _ = cue_parts("a .. .. b .. c", open_ended=False, tight_joiner=False)
    merged = merged_gaps(rest)
    assert merged.count("{0,6}") == 1 and merged.count("{0,3}") == 1
    assert merged_gaps(merged) == merged
    assert merged_gaps("b") == "b"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.lists(st.sampled_from(CUES), min_size=1, max_size=4, unique=True),
)
def test_merged_gaps_match_the_same(words: list[str], cues: list[str]) -> None:
    text = " ".join(words)
    merged = re.compile(
        factored(
            [
                (f, r)
                for f, r, _ in (cue_parts(c, open_ended=False, tight_joiner=False) for c in cues)
            ]
        )
    )
    before = _unmerged(cues)
    for at in range(len(text)):
        found, expected = merged.match(text, at), before.match(text, at)
        assert (found and found.span()) == (expected and expected.span()), (text, at, cues)
