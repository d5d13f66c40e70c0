"""The project's own labelled corpus: format, coverage per language and category, clean splits."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import load_taxonomy

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
LANGUAGES = ("fa", "ar", "en", "sv", "ru", "kk", "de", "fr")
STYLES = {"formal", "gdpr", "appstore", "local"}
KINDS = {"heading", "sentence", "list_item", "contact", "url", "definition", "generic"}
MIN_PER_LANGUAGE = 600
MIN_PER_CATEGORY = 30
MIN_DO_NOT_TRACK = 10


def _records(language: str) -> list[dict[str, object]]:
    path = CORPUS / f"{language}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_records_are_well_formed(language: str) -> None:
    category_ids = {category.id for category in load_taxonomy().categories}
    ids: set[str] = set()
    for record in _records(language):
        assert record["language"] == language, record["id"]
        assert isinstance(record["id"], str) and record["id"] not in ids, record["id"]
        ids.add(record["id"])
        assert str(record["group"]).startswith(f"{language}-"), record["id"]
        assert str(record["id"]).startswith(f"{record['group']}-"), record["id"]
        assert record["style"] in STYLES, record["id"]
        assert record["kind"] in KINDS, record["id"]
        assert record["split"] in {"train", "dev"}, record["id"]
        assert isinstance(record["text"], str) and record["text"].strip() == record["text"]
        assert "\n" not in record["text"] and record["text"], record["id"]
        labels = record["labels"]
        assert isinstance(labels, list) and labels, record["id"]
        assert set(labels) <= category_ids, record["id"]
        assert len(set(labels)) == len(labels), record["id"]
        assert not ("other" in labels and len(labels) > 1), record["id"]
        assert record["source"] and record["licence"], record["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_category_is_covered(language: str) -> None:
    records = _records(language)
    assert len(records) >= MIN_PER_LANGUAGE
    counts = Counter(label for record in records for label in record["labels"])  # type: ignore[attr-defined]
    for category in load_taxonomy().categories:
        least = MIN_DO_NOT_TRACK if category.id == "do_not_track" else MIN_PER_CATEGORY
        assert counts[category.id] >= least, (category.id, counts[category.id])


@pytest.mark.parametrize("language", LANGUAGES)
def test_splits_are_by_group_and_texts_do_not_repeat(language: str) -> None:
    records = _records(language)
    split_of_group: dict[str, set[str]] = defaultdict(set)
    for record in records:
        split_of_group[str(record["group"])].add(str(record["split"]))
    assert all(len(splits) == 1 for splits in split_of_group.values())
    dev_groups = [g for g, splits in split_of_group.items() if "dev" in splits]
    assert dev_groups and len(dev_groups) < len(split_of_group)
    seen = Counter(normalize_key(str(record["text"])) for record in records)
    repeated = [text for text, count in seen.items() if count > 1 and len(text) > 25]
    assert not repeated, repeated[:5]
