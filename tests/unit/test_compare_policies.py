"""Two different policies side by side: mode suggestion, alignment by category, coverage."""

from __future__ import annotations

from pathlib import Path

from policylens.core.clause import CategoryScore, Clause
from policylens.core.compare import compare, coverage, suggest_mode
from policylens.core.document import Document
from policylens.core.loaders import load_document


def test_the_two_persian_samples_are_two_policies(samples: dict[str, Path]) -> None:
    a, b = load_document(samples["fa1"]), load_document(samples["fa2"])
    assert suggest_mode(a, b) == "policies"
    comparison = compare(a, b)
    assert comparison.mode == "policies"
    assert comparison.pairs
    for p in comparison.pairs:
        assert p.relation == "aligned"
        assert p.a is not None or p.b is not None
        if p.a:
            assert 0 <= p.a[0] < p.a[1] <= len(a.text)
        if p.b:
            assert 0 <= p.b[0] < p.b[1] <= len(b.text)


def test_a_sample_and_its_edited_copy_are_versions(samples: dict[str, Path]) -> None:
    a = load_document(samples["en"])
    lines = a.text.split("\n")
    del lines[20:23]
    lines[30] = lines[30].replace("Service", "Platform")
    lines.insert(5, "1.0. A new clause about retention of listening history for one year.")
    b = Document.from_text("\n".join(lines), title="edited", format="txt")
    assert suggest_mode(a, b) == "versions"
    assert suggest_mode(b, a) == "versions"


def _clauses(document: Document, categories: list[tuple[str, ...]]) -> list[Clause]:
    return [
        Clause(p.start, p.end, "sentence", "en", "ltr", tuple(CategoryScore(c, 1.0) for c in cats))
        for p, cats in zip(document.paragraphs, categories, strict=True)
    ]


A_TEXT = """We collect your email address when you sign up.
We share your email address with our newsletter provider.
We keep your data for two years.
We collect the songs you play to make recommendations."""
B_TEXT = """When you sign up we collect your email address and your name.
We use encryption to protect your data.
Advertising partners may receive your device identifier."""


def test_clauses_aligned_by_category_and_silences_shown() -> None:
    a = Document.from_text(A_TEXT, title="a", format="txt")
    b = Document.from_text(B_TEXT, title="b", format="txt")
    clauses_a = _clauses(
        a,
        [
            ("first_party_collection_use",),
            ("third_party_sharing_collection",),
            ("data_retention",),
            ("first_party_collection_use",),
        ],
    )
    clauses_b = _clauses(
        b,
        [("first_party_collection_use",), ("data_security",), ("third_party_sharing_collection",)],
    )
    comparison = compare(a, b, "policies", clauses_a, clauses_b)
    para_a = [(p.start, p.end) for p in a.paragraphs]
    para_b = [(p.start, p.end) for p in b.paragraphs]
    rows = [(p.categories, p.a, p.b) for p in comparison.pairs]
    assert rows == [
        # The two collection clauses of A: the sign-up one beside B's sign-up clause.
        (("first_party_collection_use",), para_a[0], para_b[0]),
        (("first_party_collection_use",), para_a[3], None),
        (("third_party_sharing_collection",), para_a[1], para_b[2]),
        (("data_retention",), para_a[2], None),
        (("data_security",), None, para_b[1]),
    ]
    assert comparison.silent_categories() == {"data_retention": "b", "data_security": "a"}
    assert {p.relation for p in comparison.pairs} == {"aligned"}


def test_coverage_matrix_counts_clauses_per_category() -> None:
    a = Document.from_text(A_TEXT, title="a", format="txt")
    b = Document.from_text(B_TEXT, title="b", format="txt")
    clauses_a = _clauses(
        a,
        [
            ("first_party_collection_use",),
            ("third_party_sharing_collection", "first_party_collection_use"),
            ("data_retention",),
            ("first_party_collection_use", "first_party_collection_use"),
        ],
    )
    clauses_b = _clauses(b, [("first_party_collection_use",), ("data_security",), ("cookies",)])
    matrix = coverage([("A", clauses_a), ("B", clauses_b)])
    assert matrix.documents == ["A", "B"]
    assert matrix.categories[0] == "first_party_collection_use"
    assert matrix.categories[-1] == "cookies"  # a category outside the taxonomy comes last
    assert matrix.count("A", "first_party_collection_use") == 3
    assert matrix.count("B", "data_retention") == 0
    assert "data_retention" in matrix.silent("B")
    assert "data_retention" not in matrix.silent("A")
    assert len(matrix.counts[0]) == len(matrix.categories) == 11
    assert coverage([]).counts == []
