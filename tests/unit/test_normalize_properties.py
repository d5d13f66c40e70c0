"""Property tests of normalisation for matching: every match maps back to the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.normalize import NormalizedText, normalize_for_matching, normalize_key

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءة"
# What real text mixes in: Arabic yeh/kaf/alef maksura, ZWNJ/ZWJ, tatweel, harakat, bidi
# marks, digits of three scripts, Latin and Cyrillic in both cases, ligatures and Arabic
# presentation forms (text copied from PDFs), special casings (İ, ß), NBSP, quotes.
ALPHABET = (
    PERSIAN_LETTERS
    + "يكىۀ\u200c\u200d\u0640\u064b\u064e\u0650\u0651\u0670\u200e\u200f\u202b\u202c\u2067\u2069"
    + "۰۱۲۹٠١٩0129"
    + "aAzZéÉİıßẞ\u0301\u0308\u030a"
    + "ﬁﬂﷲﻻﺑﻙ"
    + "әӘқҚёЁжЖ"
    + "ΣσςΑ"
    + " \u00a0\n.,«»“”’"
)
texts = st.text(alphabet=ALPHABET, max_size=60)
# A Latin look-alike is read as the Cyrillic letter beside a Cyrillic one (Kazakh "i" for "і"):
# the same span normalises with or without its neighbours up to that.
_LOOK_ALIKES = str.maketrans("асеіорхуһ", "aceiopxyh")


def _fold(normalized: str) -> str:
    return normalized.translate(_LOOK_ALIKES)


def _is_boundary(normalized: NormalizedText, index: int) -> bool:
    """Not inside the expansion of one original character (e.g. between the f and i of ﬁ)."""
    if index in (0, len(normalized.text)):
        return True
    return normalized.original_index(index - 1) != normalized.original_index(index)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_every_match_maps_back_to_a_span_that_normalises_to_it(
    text: str, data: st.DataObject
) -> None:
    normalized = normalize_for_matching(text)
    size = len(normalized.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    if not (_is_boundary(normalized, start) and _is_boundary(normalized, end)):
        return
    original_start, original_end = normalized.to_original(start, end)
    assert 0 <= original_start <= original_end <= len(text)
    assert _fold(normalize_key(text[original_start:original_end])) == _fold(
        normalized.text[start:end]
    )


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalised_text_equals_the_key_and_the_map_is_monotonic(text: str) -> None:
    normalized = normalize_for_matching(text)
    assert normalized.text == normalize_key(text)
    positions = [normalized.original_index(i) for i in range(len(normalized.text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.text(alphabet=PERSIAN_LETTERS + "ی ", min_size=1, max_size=12))
def test_a_found_query_maps_back_to_text_that_normalises_to_it(
    before: str, after: str, query: str
) -> None:
    text = before + query + after
    normalized = normalize_for_matching(text)
    key = normalize_key(query)
    found = normalized.text.find(key)
    assert found >= 0
    start, end = normalized.to_original(found, found + len(key))
    # A match can begin or end inside the expansion of one original character (the ligature
    # ﷲ normalises to four letters); the original span then covers that whole character, so
    # the span's normalisation contains the match rather than equalling it.
    mapped = _fold(normalize_key(text[start:end]))
    assert _fold(key) in mapped
    expanded = any(len(normalize_key(char)) > 1 for char in text)
    if not expanded:
        assert mapped == _fold(key)


persian_words = st.text(alphabet="ابپتجچخدرزژسشفقکگلمنوهی", min_size=2, max_size=10)


@st.composite
def spelling_variants(draw: st.DrawFn) -> tuple[str, str]:
    """A Persian word and the same word as the wild writes it: Arabic yeh/kaf, ZWNJ inside
    or missing, tatweel, harakat."""
    word = draw(persian_words)
    variant: list[str] = []
    for char in word:
        if char == "ی" and draw(st.booleans()):
            char = draw(st.sampled_from("يى"))
        elif char == "ک" and draw(st.booleans()):
            char = "ك"
        variant.append(char)
        extra = draw(st.sampled_from(["", "", "\u200c", "\u0640", "\u064e", "\u200d"]))
        variant.append(extra)
    return word, "".join(variant)


@settings(max_examples=300, deadline=None)
@given(spelling_variants())
def test_zwnj_and_arabic_letter_variants_normalise_equal(pair: tuple[str, str]) -> None:
    word, variant = pair
    assert normalize_key(variant) == normalize_key(word)


def test_known_variants() -> None:
    assert normalize_key("می‌شود") == normalize_key("میشود") == normalize_key("ميشود")
    assert normalize_key("وب‌سایت") == normalize_key("وبسایت")
    assert normalize_key("كاربران") == normalize_key("کاربران")
    assert normalize_key("۱۴۰۲") == normalize_key("١٤٠٢") == "1402"


def test_match_in_the_persian_sample_maps_back(samples: dict[str, object]) -> None:
    from pathlib import Path

    path = samples["fa1"]
    assert isinstance(path, Path)
    text = path.read_text("utf-8")
    normalized = normalize_for_matching(text)
    key = normalize_key("می‌شود")
    found = normalized.text.find(key)
    assert found >= 0
    start, end = normalized.to_original(found, found + len(key))
    assert text[start:end] == "میشود"


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_offsets_mapped_in_bulk_are_those_mapped_one_by_one(text: str, data: st.DataObject) -> None:
    """The analysis maps all its cue matches and clause bounds at once: the same offsets."""
    normalized = normalize_for_matching(text)
    size = len(normalized.text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, size), st.integers(0, size)), max_size=20))
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    import numpy as np

    mapped = normalized.to_original_arrays(
        np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)
    )
    assert (mapped[0].tolist(), mapped[1].tolist()) == (
        [normalized.to_original(a, b)[0] for a, b in spans],
        [normalized.to_original(a, b)[1] for a, b in spans],
    )
    originals = data.draw(st.lists(st.integers(0, len(text)), max_size=20))
    assert normalized.normalized_indices(originals) == [
        normalized.normalized_index(o) for o in originals
    ]


# Characters on either side of U+FB00 and of the astral planes, a lone surrogate, a BOM.
_HIGH_EDGES = "\uefff\uf000\ufaff\ufb00\ufb01\ufeff\uffff\U00010000\U0001f600\ud800\udfff"


@settings(max_examples=300)
@given(text=st.text(alphabet=ALPHABET + _HIGH_EDGES, max_size=40))
def test_the_quick_search_for_high_characters_is_the_regex(text: str) -> None:
    from policylens.core.normalize import _MAY_EXPAND, _has_high

    assert _has_high(text) == (_MAY_EXPAND.search(text) is not None)


@settings(max_examples=300)
@given(text=texts)
def test_the_dropped_characters_noted_by_the_translation_are_those_a_scan_finds(
    text: str,
) -> None:
    from policylens.core.normalize import _TABLE, _translate, _translate_noting_drops

    # The old way, kept here as the oracle: a scan for every character the table drops.
    dropped_chars = {chr(cp) for cp, to in _TABLE.items() if to is None}
    translated, dropped = _translate_noting_drops(text)
    assert translated == _translate(text)
    assert dropped == [i for i, char in enumerate(text) if char in dropped_chars]
