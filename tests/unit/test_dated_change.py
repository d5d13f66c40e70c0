"""A short dateline with a word of change is the date of the policy's version (session 14,
branch euro16): "Mise à jour : 12 janvier 2026", "Uppdaterad 12 januari 2026", "Aktualisiert im
März 2025" are `policy_change` (the guidelines: effective dates of versions) even where the word
is only a medium cue ("mise à jour", "uppdater") or the model reads the line as a title. A
dateline without such a word, or a long sentence with a year, is not made one."""

from __future__ import annotations

import pytest

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

CHANGE = "policy_change"
BODY = {
    "fr": "Nous vendons du pain et des gâteaux.\n",
    "sv": "Vi säljer bröd och kakor.\n",
    "de": "Wir verkaufen Brot und Kuchen.\n",
}


def shown(text: str, with_model: bool) -> dict[str, set[str]]:
    document = Document.from_text(text, title="case", format="txt")
    clauses = analyze_with_model(document) if with_model else analyze(document)
    return {text[c.start : c.end]: set(c.category_ids) for c in clauses}


@pytest.mark.parametrize("with_model", [False, True])
@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        ("fr", "Mise à jour : 12 janvier 2026"),
        ("sv", "Uppdaterad den 12 januari 2026"),
        ("de", "Aktualisiert im März 2025"),
    ],
)
def test_a_short_dateline_with_a_word_of_change_is_a_policy_change(
    language: str, dateline: str, with_model: bool
) -> None:
    assert CHANGE in shown(BODY[language] + dateline + "\n", with_model)[dateline]


@pytest.mark.parametrize(
    ("language", "line"),
    [("fr", "Bordeaux, le 12 janvier 2026"), ("de", "Die Bäckerei gibt es seit 1998.")],
)
def test_a_dateline_without_a_word_of_change_is_none(language: str, line: str) -> None:
    assert CHANGE not in shown(BODY[language] + line + "\n", False)[line]
