"""Agreement coefficients and the per-document report."""

from __future__ import annotations

import pytest
from sklearn.metrics import cohen_kappa_score

from policylens.core.agreement import cohen_kappa, krippendorff_alpha_nominal, labelled_units
from policylens.core.document import Document
from policylens.store import open_store
from policylens.store.agreement import agreement


def test_kappa_matches_scikit_learn() -> None:
    a = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0]
    b = [1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1]
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_kappa_perfect_and_undefined() -> None:
    assert cohen_kappa([1, 0, 1], [1, 0, 1]) == pytest.approx(1.0)
    assert cohen_kappa([0, 0, 0], [0, 0, 0]) is None


def test_alpha_matches_krippendorffs_worked_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 coders, 12 units,
    # nominal alpha = 0.743.
    n = None
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha_nominal(data) == pytest.approx(0.743, abs=0.001)


def test_alpha_undefined_without_variation() -> None:
    assert krippendorff_alpha_nominal([[True, True], [True, True]]) is None


def test_a_unit_is_labelled_when_half_of_it_is_covered() -> None:
    units = [(0, 10), (10, 20), (20, 30)]
    assert labelled_units(units, [(0, 5), (14, 20), (21, 24)]) == [True, True, False]


def test_report_per_category_over_clauses() -> None:
    store = open_store(memory=True)
    text = "One. Two. Three. Four."
    document = Document.from_text(text, title="t", format="txt")
    store.documents.add(document)
    units = [(0, 4), (5, 9), (10, 16), (17, 22)]
    for annotator, spans in {"A": [(0, 4), (5, 9)], "B": [(0, 4), (10, 16)]}.items():
        for s, e in spans:
            store.annotations.add(document.sha256, s, e, "data_retention", annotator=annotator)
    store.annotations.add(document.sha256, 17, 22, "other", annotator="A")
    store.annotations.add(
        document.sha256, 17, 22, "other", annotator="B", origin="auto", state="rejected"
    )
    report = agreement(store, document.sha256, units).to_json()
    assert report["annotators"] == ["A", "B"]
    retention = report["categories"]["data_retention"]
    assert retention["units"] == 4
    assert retention["positives"] == {"A": 2, "B": 2}
    assert retention["kappa"] == pytest.approx(0.0)
    assert retention["alpha"] is not None
    other = report["categories"]["other"]
    assert other["positives"] == {"A": 1, "B": 0}  # a rejected suggestion is not a label


def test_report_with_three_annotators_has_alpha_only() -> None:
    store = open_store(memory=True)
    document = Document.from_text("aaaa bbbb cccc", title="t", format="txt")
    store.documents.add(document)
    for name in "ABC":
        store.annotations.add(document.sha256, 0, 4, "other", annotator=name)
    store.annotations.add(document.sha256, 5, 9, "other", annotator="C")
    report = agreement(store, document.sha256, [(0, 4), (5, 9), (10, 14)]).to_json()
    other = report["categories"]["other"]
    assert "kappa" not in other
    assert 0 < other["alpha"] < 1
