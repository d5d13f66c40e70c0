"""A heading that names no practice in its own words takes the practice its section covers.

The labelling guidelines give a heading "the category its section covers": "8. New editions"
over clauses on changes to the policy is `policy_change`, "Informationsdelning" over clauses
on sharing is `third_party_sharing_collection`, though neither heading has a cue of its own.
A reader knows this from what follows the heading, so this reads it from there too: the
category carried by the most of the section's lines (a line counts once however many of its
sentences carry it), when that is at least SECTION_SHARE of them; a heading names one topic,
so the others are left out (measured: adding every category over the share gave OPP-115 dev's
"How information is shared" collection too). A generic heading ("Contact us",
"Definitions", a title) or a dateline is not given any: `page_context.apply_context` passes only
the headings that name nothing and are not generic, nor the document's first line (its title).

A heading that introduces a list ("При заказе просим:", "Vid beställning ber vi dig om:", or one
without a colon over a list most of whose items carry its practice) and
so takes its items' practice passes it on to the items that state none of their own ("- адрес
доставки"), as a list head that names the practice does (`page_context.apply_context`).

The section of a numbered heading runs to the next numbered heading of the same or a higher
level (unnumbered sub-headings inside it belong to it); that of an unnumbered heading to the
next heading.

Measured (`make eval`, shipped model on): English sample 0.602 → 0.654; fa 0.868 → 0.863,
sv 0.839 → 0.845, kk unchanged; corpus dev +0.002…+0.022 in six languages, kk −0.002, ru
unchanged; OPP-115 dev 0.700 → 0.696 (its headings share a unit with their paragraph).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from policylens.core.clause import CategoryScore, Clause
from policylens.core.segment import Segment
from policylens.core.taxonomy import CHOICE, OTHER

SECTION_SHARE = 0.5
NOTE = "from its section"


def fill_headings(
    segments: Sequence[Segment], clauses: list[Clause], headings: Collection[int], score: float
) -> list[Clause]:
    """`clauses` with each heading of `headings` (indexes) given its section's categories at
    `score` (the score a section gives its clauses)."""
    for index in sorted(headings):
        categories = _section_categories(segments, clauses, index)
        if categories:
            scores = tuple(CategoryScore(c, score, (), "context", NOTE) for c in categories)
            clauses[index] = replace(clauses[index], categories=scores)
            if segments[index].introduces or _most_items_carry(
                segments, clauses, index, categories
            ):
                _fill_items(segments, clauses, index, scores)
    return clauses


def _fill_items(
    segments: Sequence[Segment],
    clauses: list[Clause],
    index: int,
    scores: tuple[CategoryScore, ...],
) -> None:
    """The items of the list right under the heading at `index` that read `other` take the
    heading's categories, as they would from a list head that named them."""
    for position in range(index + 1, len(segments)):
        if segments[position].kind != "list_item":
            break
        if all(s.id == OTHER for s in clauses[position].categories):
            clauses[position] = replace(clauses[position], categories=scores)


def _items(segments: Sequence[Segment], index: int) -> range:
    """The positions of the list items right under the heading at `index`."""
    end = index + 1
    while end < len(segments) and segments[end].kind == "list_item":
        end += 1
    return range(index + 1, end)


def _most_items_carry(
    segments: Sequence[Segment], clauses: Sequence[Clause], index: int, categories: list[str]
) -> bool:
    """A heading without a colon ("Was in der App gespeichert wird" over "- Allergien …") heads
    the list under it when most of the items carry its section's practice themselves: then the
    rest are more of the same. (Any one item carrying it was too little: it gave a Persian
    "payments" heading's review-of-posts item sharing, measured on the fa sample.)"""
    items = _items(segments, index)
    carrying = sum(1 for p in items if any(s.id in categories for s in clauses[p].categories))
    return carrying * 2 > len(items)


def _section_categories(
    segments: Sequence[Segment], clauses: Sequence[Clause], index: int
) -> list[str]:
    level = segments[index].level
    lines: dict[int, set[str]] = {}
    for position in range(index + 1, len(segments)):
        seg = segments[position]
        if seg.kind == "heading" and (not level or (seg.level and seg.level <= level)):
            break
        if seg.kind == "heading":
            continue
        found = lines.setdefault(seg.paragraph, set())
        found.update(s.id for s in clauses[position].categories if s.id != OTHER)
    if not lines:
        return []
    counts: dict[str, int] = {}
    for found in lines.values():
        for category in found:
            counts[category] = counts.get(category, 0) + 1
    top = max(counts.values(), default=0)
    if not top or top < SECTION_SHARE * len(lines):
        return []
    return sorted(c for c, n in counts.items() if n == top)


def continue_topics(
    segments: Sequence[Segment], clauses: list[Clause], candidates: Sequence[int], score: float
) -> list[Clause]:
    """`clauses` with the short headings of a flat policy that continue the topic before them
    given its practice. In a policy whose headings are unnumbered, the cases of a sharing
    section ("Affiliates", "Safety", "With your consent") look like next topics; the model
    alone reads "Safety" as a generic heading, and "With your consent" names consent. Each
    candidate (an index) takes the practice of the heading before it (consent aside) when its
    own lines carry that practice and nothing else: they go on with the same topic."""
    for index in candidates:
        before = _heading_before(segments, clauses, index)
        categories = _section_categories(segments, clauses, index)
        if before and categories and set(categories) <= before:
            scores = tuple(CategoryScore(c, score, (), "context", NOTE) for c in categories)
            clauses[index] = replace(clauses[index], categories=scores)
    return clauses


def _heading_before(segments: Sequence[Segment], clauses: Sequence[Clause], index: int) -> set[str]:
    """The practices (consent aside) of the last heading before `index`."""
    for position in range(index - 1, -1, -1):
        if segments[position].kind == "heading":
            return {s.id for s in clauses[position].categories if s.id not in (OTHER, CHOICE)}
    return set()
