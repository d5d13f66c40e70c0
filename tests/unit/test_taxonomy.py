"""The category data: ten ids in DESIGN.md's order, keys, readable colours, names."""

from __future__ import annotations

import pytest

from policylens.core.taxonomy import load_taxonomy, parse_taxonomy

IDS = [
    "first_party_collection_use",
    "third_party_sharing_collection",
    "user_choice_control",
    "user_access_edit_deletion",
    "data_retention",
    "data_security",
    "policy_change",
    "do_not_track",
    "international_specific_audiences",
    "other",
]
LANGUAGES = ["en", "fa", "ar", "sv", "kk", "ru", "de", "fr"]


def relative_luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_ten_categories_in_order_with_keys() -> None:
    taxonomy = load_taxonomy()
    assert [c.id for c in taxonomy.categories] == IDS
    assert [c.key for c in taxonomy.categories] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "0",
    ]
    assert taxonomy.get("data_retention").key == "5"
    assert load_taxonomy() is taxonomy, "cached"


def test_colours_are_distinct_and_readable_under_black_text() -> None:
    colours = [c.color for c in load_taxonomy().categories]
    assert len(set(colours)) == len(colours)
    for colour in colours:
        # WCAG contrast of black text on the colour: (L + 0.05) / 0.05 >= 7 (AAA).
        assert (relative_luminance(colour) + 0.05) / 0.05 >= 7, colour


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_and_descriptions_in_every_language(language: str) -> None:
    for category in load_taxonomy().categories:
        assert category.names[language].strip()
        assert category.descriptions[language].strip()


def test_name_falls_back_to_english() -> None:
    category = load_taxonomy().get("data_security")
    assert category.name("fa-IR") == category.names["fa"]
    assert category.name("xx") == category.names["en"]


def test_unknown_id_and_bad_data() -> None:
    with pytest.raises(KeyError):
        load_taxonomy().get("nope")
    with pytest.raises(ValueError):
        parse_taxonomy({"categories": [{"id": "other", "color": "red"}]})


def test_every_cue_pattern_of_every_lexicon_compiles() -> None:
    # Cue regexes are compiled lazily, on first use; a broken one must still fail here.
    from policylens.core.lexicon import compiled_lexicon

    lexicon = compiled_lexicon(None)
    entries = [
        e for table in (lexicon.by_word, lexicon.by_prefix) for es in table.values() for e in es
    ]
    assert len(entries) > 500
    for entry in entries:
        assert entry.pattern.pattern
        entry.may_start("x")


def test_the_ids_the_rules_name_are_categories() -> None:
    from policylens.core import taxonomy

    named = [
        taxonomy.FIRST_PARTY,
        taxonomy.SHARING,
        taxonomy.CHOICE,
        taxonomy.ACCESS,
        taxonomy.RETENTION,
        taxonomy.SECURITY,
        taxonomy.CHANGE,
        taxonomy.INTERNATIONAL,
        taxonomy.OTHER,
    ]
    ids = {category.id for category in load_taxonomy().categories}
    assert set(named) <= ids
