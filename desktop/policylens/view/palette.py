"""The reader's colours that are not a category's: the selection, read from the same data file
as the category colours (`resources/taxonomy/categories.json`, key "selection").

The selection is dark with white text, so that it cannot be taken for a highlight: every category
colour is light (≥ 7:1 against black text) and tests/unit/test_palette.py measures, under
simulated deuteranopia and protanopia, that the ten categories, the page and the selection stay
apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from policylens.core.taxonomy import taxonomy_dir

DEFAULT_SELECTION = ("#34345c", "#ffffff")


@dataclass(frozen=True, slots=True)
class SelectionColors:
    background: str
    text: str


@cache
def selection_colors() -> SelectionColors:
    try:
        data = json.loads((taxonomy_dir() / "categories.json").read_text(encoding="utf-8"))
        raw = data["selection"]
        return SelectionColors(str(raw["background"]).lower(), str(raw["text"]).lower())
    except (OSError, ValueError, KeyError, TypeError):
        return SelectionColors(*DEFAULT_SELECTION)
