"""The real, openly licensed policies kept to measure (`resources/corpus/real/`): gold that
matches the text, a licence for each, and never a source of training or of the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.unit.model_build_reads import files_read_before_fitting

from policylens.core.language import detect_language
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import OTHER, load_taxonomy

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
REAL = CORPUS / "real"


def _texts() -> list[Path]:
    return sorted(REAL.glob("*.txt"))


def test_every_line_has_one_labelled_unit() -> None:
    ids = {category.id for category in load_taxonomy().categories}
    units: dict[str, list[dict[str, Any]]] = {}
    for line in (REAL / "gold.jsonl").read_text("utf-8").splitlines():
        unit = json.loads(line)
        units.setdefault(unit["doc"], []).append(unit)
    assert sorted(units) == [path.name for path in _texts()]
    for path in _texts():
        lines, at = [], 0
        for line in path.read_text("utf-8").split("\n"):
            if line.strip():
                lines.append((at, at + len(line)))
            at += len(line) + 1
        found = units[path.name]
        assert [(u["start"], u["end"]) for u in found] == lines, path.name
        for unit in found:
            assert unit["labels"] and set(unit["labels"]) <= ids, (path.name, unit["i"])
            assert OTHER not in unit["labels"] or unit["labels"] == [OTHER], (path.name, unit["i"])


def test_each_text_is_in_its_language_and_its_source_and_licence_are_given() -> None:
    readme = (REAL / "README.md").read_text("utf-8")
    for path in _texts():
        assert detect_language(path.read_text("utf-8")) == path.name.split("-")[0], path.name
        row = next(line for line in readme.splitlines() if f"`{path.name}`" in line)
        # an open licence we could check: Creative Commons, public domain, or the licence of the
        # project that ships the text -- GNU GPL/AGPL or a permissive one (BSD, Apache, MIT)
        # (README: "Licences")
        assert any(name in row for name in ("CC", "GPL", "BSD", "Apache", "MIT")) or (
            "public domain" in row.lower()
        ), path.name


def _sentences() -> set[str]:
    return {
        normalize_key(line)
        for path in _texts()
        for line in path.read_text("utf-8").splitlines()
        if len(line.split()) >= 6
    }


def test_no_sentence_of_them_is_in_the_corpus_or_the_dev_policies() -> None:
    written = {
        normalize_key(json.loads(line)["text"])
        for path in CORPUS.glob("*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    } | {
        normalize_key(line)
        for path in (CORPUS / "documents").glob("*.txt")
        for line in path.read_text("utf-8").splitlines()
    }
    assert not written.intersection(_sentences())


@pytest.mark.parametrize("weight", ["0", "1"])
def test_make_model_reads_none_of_them(monkeypatch: pytest.MonkeyPatch, weight: str) -> None:
    real_sentences = _sentences()

    def check(train: list[Any]) -> None:
        assert train and not {normalize_key(r.text) for r in train} & real_sentences

    opened = files_read_before_fitting(monkeypatch, ["--policy-weight", weight], check)
    assert not [path for path in opened if REAL.resolve() in path.parents]
