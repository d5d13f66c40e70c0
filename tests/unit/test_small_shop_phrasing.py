"""Small shops' plain phrasing in de/fr/ru/sv/kk (issue 11): a list under "what we need:" is
collection, and a "why" heading names the use of the data (the lines are written for this test,
not taken from the dev policies)."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import categories_shown

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

COLLECTION = "first_party_collection_use"

LISTS = [
    "Für die Abholung brauchen wir:\n- das Kennzeichen\n- den Kilometerstand\n",
    "Тапсырыс беру үшін керек:\n- жеткізу мекенжайы\n- ыңғайлы уақыт\n",
]


@pytest.mark.parametrize("text", LISTS, ids=["de", "kk"])
def test_every_item_of_a_what_we_need_list_is_collection(text: str) -> None:
    document = Document.from_text(text, title="case", format="txt")
    clauses = analyze_with_model(document)
    items = [c for c in clauses if c.kind == "list_item"]
    assert len(items) == 2
    assert all(COLLECTION in c.category_ids for c in items), [c.category_ids for c in items]


WHY_HEADINGS = ["Зачем это нам", "Wofür wir das brauchen", "Varför vi behöver det"]


@pytest.mark.parametrize("heading", WHY_HEADINGS)
def test_a_why_heading_is_about_the_use_of_the_data(heading: str) -> None:
    found = categories_shown(heading)
    assert COLLECTION in found, found
