"""The team's whole dev policies: gold that matches the text, and never a source of training."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from policylens.core.language import detect_language
from policylens.core.learn import build_shipped
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import OTHER, load_taxonomy

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
DOCUMENTS = CORPUS / "documents"
# The list of dev policies never trained on, not a policy itself.
HELD_OUT_LIST = "held_out.txt"


def _policies() -> list[Path]:
    return sorted(p for p in DOCUMENTS.glob("*.txt") if p.name != HELD_OUT_LIST)


def _gold() -> dict[str, list[dict[str, Any]]]:
    units: dict[str, list[dict[str, Any]]] = {}
    for line in (DOCUMENTS / "gold.jsonl").read_text("utf-8").splitlines():
        unit = json.loads(line)
        units.setdefault(unit["doc"], []).append(unit)
    return units


def test_every_line_of_every_policy_has_one_labelled_unit() -> None:
    ids = {category.id for category in load_taxonomy().categories}
    gold = _gold()
    assert sorted(gold) == [p.name for p in _policies()]
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
    for path in _policies():
        assert detect_language(path.read_text("utf-8")) == path.name.split("-")[0], path.name


def _sentences() -> list[str]:
    """The policies' lines long enough to be their own writing: a title such as "Cookies" or
    "1. Общие положения" is every policy's, and may well be in the corpus too."""
    return [
        normalize_key(line)
        for path in _policies()
        for line in path.read_text("utf-8").splitlines()
        if len(line.split()) >= 6
    ]


def test_no_sentence_of_them_is_in_the_training_corpus() -> None:
    corpus = {
        normalize_key(json.loads(line)["text"])
        for path in CORPUS.glob("*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    assert not corpus.intersection(_sentences())


class _Fitting(Exception):
    """Raised where `make model` starts fitting: everything it trains on is read by then."""


def test_make_model_reads_none_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    sentences = _sentences()

    def recording(real: Any) -> Any:
        def read(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | Path):
                opened.append(Path(file).resolve())
            return real(file, *args, **kwargs)

        return read

    def fit(train: list[Any], *args: Any) -> Any:
        texts = {normalize_key(record.text) for record in train}
        assert texts and not texts.intersection(sentences)
        raise _Fitting

    monkeypatch.setattr(builtins, "open", recording(builtins.open))
    for method in ("open", "read_text", "read_bytes"):
        monkeypatch.setattr(Path, method, recording(getattr(Path, method)))
    monkeypatch.setattr(build_shipped, "dev_report", lambda model: {})
    monkeypatch.setattr(build_shipped, "fit", fit)
    with pytest.raises(_Fitting):
        build_shipped.main(["--no-write"])
    read = [path for path in opened if CORPUS.resolve() in path.parents]
    assert read and not [path for path in read if DOCUMENTS.resolve() in path.parents]
