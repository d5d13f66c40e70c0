"""The ten OPP-115 categories as data (`resources/taxonomy/categories.json`): ids, keyboard
keys, colours, names and one-line descriptions in several languages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from policylens.core.errors import PolicyLensError

FALLBACK_LANGUAGE = "en"
OTHER = "other"
# Ids the analysis rules name, in the order of categories.json (the rest are read from it).
FIRST_PARTY = "first_party_collection_use"
SHARING = "third_party_sharing_collection"
CHOICE = "user_choice_control"
ACCESS = "user_access_edit_deletion"
RETENTION = "data_retention"
SECURITY = "data_security"
CHANGE = "policy_change"
INTERNATIONAL = "international_specific_audiences"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    key: str
    color: str  # "#rrggbb", light enough for black text
    names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    def name(self, language: str = FALLBACK_LANGUAGE) -> str:
        """The name in `language` (a tag such as "fa" or "fa-IR"), else English, else the id."""
        base = language.split("-")[0].split("_")[0].lower()
        return self.names.get(base) or self.names.get(FALLBACK_LANGUAGE) or self.id

    def description(self, language: str = FALLBACK_LANGUAGE) -> str:
        base = language.split("-")[0].split("_")[0].lower()
        return self.descriptions.get(base) or self.descriptions.get(FALLBACK_LANGUAGE, "")


@dataclass(frozen=True)
class Taxonomy:
    categories: list[Category]

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    @property
    def substantive_ids(self) -> list[str]:
        """Every category but `other`."""
        return [c.id for c in self.categories if c.id != OTHER]

    def get(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def by_key(self, key: str) -> Category | None:
        return next((c for c in self.categories if c.key == key), None)


def taxonomy_dir() -> Path:
    from policylens.paths import resource

    return resource("taxonomy")


def parse_taxonomy(data: dict[str, Any]) -> Taxonomy:
    categories: list[Category] = []
    for raw in data["categories"]:
        color = str(raw["color"]).lower()
        if not _COLOR.match(color):
            raise ValueError(f"category {raw['id']!r}: colour {color!r} is not #rrggbb")
        categories.append(
            Category(
                id=str(raw["id"]),
                key=str(raw.get("key", "")),
                color=color,
                names={str(k): str(v) for k, v in raw.get("names", {}).items()},
                descriptions={str(k): str(v) for k, v in raw.get("descriptions", {}).items()},
            )
        )
    if not categories or categories[-1].id != OTHER:
        raise ValueError("the taxonomy must end with the 'other' category")
    return Taxonomy(categories)


@cache
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy (read once)."""
    path = taxonomy_dir() / "categories.json"
    try:
        return parse_taxonomy(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PolicyLensError(f"The category list {path} could not be read: {error}") from error
