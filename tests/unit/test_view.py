"""The display rules without Qt (view/): which category colours a clause, and how ranges in
code points become per-line highlight runs in Qt's UTF-16 positions."""

from __future__ import annotations

from policylens.core.clause import CategoryScore, Clause
from policylens.view.clauses import ClauseLayer, visible_category
from policylens.view.offsets import QtOffsets
from policylens.view.spans import LineCutter


def clause(start: int, end: int, *scores: tuple[str, float]) -> Clause:
    categories = tuple(CategoryScore(i, s) for i, s in scores)
    return Clause(start, end, "sentence", "en", "ltr", categories)


def test_the_highest_scored_shown_category_colours_a_clause() -> None:
    c = clause(0, 5, ("data_security", 0.9), ("data_retention", 0.7), ("other", 0.95))
    assert visible_category(c) == "other"
    assert visible_category(c, {"other"}) == "data_security"
    assert visible_category(c, {"other", "data_security", "data_retention"}) is None
    # The PDF export names what it shows rather than what it hides: the same rule.
    assert visible_category(c, shown={"data_retention"}) == "data_retention"
    assert visible_category(c, shown=frozenset()) is None


def test_the_first_of_equal_scores_wins() -> None:
    c = clause(0, 5, ("user_choice_control", 0.5), ("data_security", 0.5))
    assert visible_category(c) == "user_choice_control"


def test_a_range_over_two_lines_becomes_one_run_per_line() -> None:
    text = "first line\nsecond line"
    spans: dict[int, list[tuple[int, int, str]]] = {}
    LineCutter(text, QtOffsets(text)).add(spans, 6, 17, "#fff")
    assert spans == {0: [(6, 4, "#fff")], 1: [(0, 6, "#fff")]}


def test_positions_after_an_emoji_shift_by_one_utf16_unit() -> None:
    text = "a😀 shared data"
    offsets = QtOffsets(text)
    start = text.index("shared")
    spans: dict[int, list[tuple[int, int, str]]] = {}
    LineCutter(text, offsets).add(spans, start, start + 6, "k")
    assert spans == {0: [(start + 1, 6, "k")]}
    assert offsets.from_qt(offsets.to_qt(start)) == start


def test_adjacent_clauses_of_one_colour_merge_into_one_run() -> None:
    text = "We collect data. We collect more."
    clauses = [
        clause(0, 17, ("first_party_collection_use", 0.8)),
        clause(17, len(text), ("first_party_collection_use", 0.6)),
    ]
    layer = ClauseLayer(text, clauses, QtOffsets(text))
    colours = {"first_party_collection_use": "#8ecae6"}
    assert layer.block_spans(colours, set()) == {0: [(0, len(text), "#8ecae6")]}
    assert layer.block_spans(colours, {"first_party_collection_use"}) == {}
    assert layer.clause_at(20) is clauses[1]
