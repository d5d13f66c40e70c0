"""A word's cues tried as steps (`lexicon._steps`: a combined pattern and its one-word cues in
one step, skipped at once when none of its cues matched) find the same matches, in the same
order, as trying the cues one by one (the previous matcher, below), on text made of the
lexicons' own cue words, and on the bundled samples."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.test_lexicon_trigger import GROUPS, _matchers, cue_text

from policylens.core.lexicon import (
    CompiledLexicon,
    clitics_of,
    compiled_lexicon,
    languages_for,
)
from policylens.core.normalize import normalize_key

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _one_by_one(
    matcher: CompiledLexicon, text: str, pos: int = 0, endpos: int | None = None
) -> list[tuple[str, float, int, int]]:
    """`find_spans` as it was: every try of a word's plan in turn (compound cues left out)."""
    found: list[tuple[str, float, int, int]] = []
    if endpos is None:
        endpos = len(text)
    trigger = matcher.broad_trigger()
    assert trigger is not None
    for hit in trigger.finditer(text, pos, endpos):
        start, end = hit.span(1)
        if start == end:
            continue
        tries, _ = matcher._plan(text, start, end)
        spans: tuple[tuple[int, int], ...] = ()
        for offset, match_at, category, weight, whole, slot in tries:
            if whole and end - start >= 2:
                found.append((category, weight, start, end))
                continue
            if slot < 0:
                match = match_at(text, start + offset, endpos)
                if match is not None:
                    found.append((category, weight, start, match.end()))
                continue
            if slot == 1:
                combined = match_at(text, start + offset, endpos)
                spans = combined.regs if combined is not None else ()
            if spans[slot][1] >= 0:
                found.append((category, weight, start, spans[slot][1]))
    return found


def _without_compounds(matcher: CompiledLexicon) -> CompiledLexicon:
    return dataclasses.replace(matcher, compound=None, narrow_build=None, _plans={}, _combined={})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GROUPS), st.data())
def test_steps_find_what_the_cues_tried_one_by_one_find(
    group: tuple[str, ...], data: st.DataObject
) -> None:
    scanned, _, _, words, cues = _matchers(group)
    matcher = _without_compounds(scanned)
    text = cue_text(data, words, cues, max_pieces=12)
    end = data.draw(st.integers(0, len(text)))
    assert matcher.find_spans(text) == _one_by_one(matcher, text)
    # A part ending inside a word (a one-letter word there takes the other path).
    assert matcher.find_spans(text, 0, end) == _one_by_one(matcher, text, 0, end)


def test_steps_find_what_the_cues_tried_one_by_one_find_in_the_samples() -> None:
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        text = normalize_key(path.read_text(encoding="utf-8"))
        for language in ("en", "fa", "ar", "ru", "kk", "de", "fr", "sv"):
            matcher = _without_compounds(
                compiled_lexicon(languages_for(language), clitics_of=clitics_of(language))
            )
            assert matcher.find_spans(text) == _one_by_one(matcher, text), (path.name, language)
