"""Finding a quote again in a new version of a policy."""

from __future__ import annotations

from policylens.core.anchoring import TextQuote, anchor, quote_selector

OLD = (
    "We collect your email address when you register.\n"
    "We share your email address with partners only if you agree.\n"
    "We keep logs for 30 days."
)


def _selector(text: str, quote: str, occurrence: int = 0) -> TextQuote:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return quote_selector(text, start, start + len(quote))


def test_unchanged_text_is_placed_exactly() -> None:
    selector = _selector(OLD, "We keep logs for 30 days.")
    placed = anchor("Intro.\n" + OLD, selector)
    assert placed is not None and placed.how == "exact"
    assert ("Intro.\n" + OLD)[placed.start : placed.end] == selector.quote


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    selector = _selector(OLD, "your email address", occurrence=1)
    new = OLD.replace("30 days", "60 days")
    placed = anchor(new, selector)
    assert placed is not None and placed.how == "exact"
    assert placed.start == new.index("share your email") + len("share ")


def test_changed_context_still_places_the_quote() -> None:
    selector = _selector(OLD, "We keep logs for 30 days.")
    new = OLD.replace("only if you agree.", "if you allow it.") + "\nNew section."
    placed = anchor(new, selector)
    assert placed is not None and placed.how == "context"
    assert new[placed.start : placed.end] == selector.quote


def test_persian_spelling_variants_are_seen_through() -> None:
    text = "ما اطلاعات را نگه می‌داریم و حذف می‌کنیم."
    selector = _selector(text, "نگه می‌داریم")
    new = "ما اطلاعات را نگه ميداريم و حذف ميكنيم."
    placed = anchor(new, selector)
    assert placed is not None and placed.how == "fuzzy"
    assert new[placed.start : placed.end] == "نگه ميداريم"


def test_an_edited_quote_is_placed_fuzzily() -> None:
    selector = _selector(OLD, "We share your email address with partners only if you agree.")
    new = OLD.replace("with partners only", "with our partners only")
    placed = anchor(new, selector)
    assert placed is not None and placed.how == "fuzzy"
    assert new[placed.start : placed.end] == (
        "We share your email address with our partners only if you agree."
    )


def test_a_removed_passage_is_not_placed() -> None:
    selector = _selector(OLD, "We keep logs for 30 days.")
    assert anchor("A completely different policy about cookies and nothing else.", selector) is None
