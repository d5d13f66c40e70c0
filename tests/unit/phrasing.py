"""What the reader shows of one line, for the phrasing tests: the categories a line written for
a test gets when analysed alone, as a document, with the shipped model."""

from __future__ import annotations

from collections.abc import Iterable

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# Short names for the category ids, for tables of cases.
FP = "first_party_collection_use"
TP = "third_party_sharing_collection"
CH = "user_choice_control"
AC = "user_access_edit_deletion"
RE = "data_retention"
SE = "data_security"
PC = "policy_change"
DNT = "do_not_track"
IN = "international_specific_audiences"


def categories_shown(text: str) -> set[str]:
    """Every category of the clauses of `text` (one line, or a few lines) analysed alone."""
    end = "" if text.endswith("\n") else "\n"
    document = Document.from_text(text + end, title="case", format="txt")
    return {c for clause in analyze_with_model(document) for c in clause.category_ids}


def line_categories_shown(text: str) -> dict[str, set[str]]:
    """Each line of `text` (a short policy, analysed whole) with the categories shown on it."""
    document = Document.from_text(text, title="case", format="txt")
    shown: dict[str, set[str]] = {}
    for clause in analyze_with_model(document):
        line_start = text.rfind("\n", 0, clause.start) + 1
        line_end = text.find("\n", clause.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        shown.setdefault(line, set()).update(clause.category_ids)
    return shown


def check_phrasing(text: str, wanted: str | Iterable[str], unwanted: str) -> None:
    """`text` shows every `wanted` category (one id, several, or "" for none) and not
    `unwanted` ("" for no such check)."""
    found = categories_shown(text)
    needed = {wanted} if isinstance(wanted, str) else set(wanted)
    assert needed - {""} <= found, found
    if unwanted:
        assert unwanted not in found, found
