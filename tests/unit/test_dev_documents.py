"""The team's whole dev policies: gold that matches the text; the held-out ones never a source of
training, and none of them copied into the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.unit.model_build_reads import files_read_before_fitting

from policylens.core.language import detect_language
from policylens.core.learn.corpus import held_out, policy_files
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import OTHER, load_taxonomy

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
DOCUMENTS = CORPUS / "documents"


def _gold() -> dict[str, list[dict[str, Any]]]:
    units: dict[str, list[dict[str, Any]]] = {}
    for line in (DOCUMENTS / "gold.jsonl").read_text("utf-8").splitlines():
        unit = json.loads(line)
        units.setdefault(unit["doc"], []).append(unit)
    return units


def test_every_line_of_every_policy_has_one_labelled_unit() -> None:
    ids = {category.id for category in load_taxonomy().categories}
    gold = _gold()
    assert sorted(gold) == [p.name for p in policy_files()]
    for name, units in gold.items():
        text = (DOCUMENTS / name).read_text("utf-8")
        lines, at = [], 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((at, at + len(line)))
            at += len(line) + 1
        assert [(u["start"], u["end"]) for u in units] == lines, name
        assert [u["i"] for u in units] == list(range(len(units))), name
        for unit in units:
            assert unit["labels"] and set(unit["labels"]) <= ids, (name, unit["i"])
            assert OTHER not in unit["labels"] or unit["labels"] == [OTHER], (name, unit["i"])


def test_each_policy_is_in_the_language_its_name_says() -> None:
    for path in policy_files():
        assert detect_language(path.read_text("utf-8")) == path.name.split("-")[0], path.name


def _sentences(names: set[str] | None = None) -> list[str]:
    """The policies' lines (of the files `names`) long enough to be their own writing: a title
    such as "Cookies" or "1. Общие положения" is every policy's, and may well be in the corpus
    too."""
    return [
        normalize_key(line)
        for path in policy_files()
        if names is None or path.name in names
        for line in path.read_text("utf-8").splitlines()
        if len(line.split()) >= 6
    ]


def test_a_third_of_each_languages_policies_is_held_out() -> None:
    names = {path.name for path in policy_files()}
    kept_apart = held_out()
    assert kept_apart <= names, kept_apart - names
    for language in {name.split("-")[0] for name in names}:
        mine = {name for name in names if name.startswith(language + "-")}
        assert len(mine & kept_apart) >= round(len(mine) / 3) > 0, language


def test_no_sentence_of_them_is_in_the_training_corpus() -> None:
    corpus = {
        normalize_key(json.loads(line)["text"])
        for path in CORPUS.glob("*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    assert not corpus.intersection(_sentences())


def test_make_model_trains_on_no_held_out_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    kept_apart = held_out()
    never = set(_sentences(set(kept_apart)))
    trained = set(_sentences({p.name for p in policy_files()} - kept_apart))

    def check(train: list[Any]) -> None:
        texts = {normalize_key(record.text) for record in train}
        assert texts and not texts.intersection(never)
        # The other policies' lines are trained on, one record each.
        assert trained <= texts
        lines = [record for record in train if record.split == "policy"]
        assert lines and not {record.group for record in lines} & kept_apart

    opened = files_read_before_fitting(monkeypatch, ["--policy-weight", "1"], check)
    # Of the held-out policies, only the list naming them is read before fitting.
    read = {path.name for path in opened if DOCUMENTS.resolve() in path.parents}
    assert read and not read & kept_apart


def test_the_old_recipe_reads_no_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(train: list[Any]) -> None:
        assert train and not [record for record in train if record.split != "train"]

    files_read_before_fitting(monkeypatch, ["--corpus-only"], check)
