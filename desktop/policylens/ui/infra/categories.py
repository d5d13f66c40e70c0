"""The categories as the UI shows them: id, colour, name in the UI language, description.

Comes from `policylens.core.taxonomy` (data files in resources/taxonomy/). While that module or
its data is missing or broken, a built-in list of the ten OPP-115 ids keeps the window usable.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UiCategory:
    id: str
    color: str  # "#rrggbb", readable under black text
    name: str
    description: str
    key: str = ""


# Fallback only: the real names and colours are data (resources/taxonomy/).
_FALLBACK = [
    ("first_party_collection_use", "#8ecae6", "First-party collection and use"),
    ("third_party_sharing_collection", "#ffb3a7", "Third-party sharing and collection"),
    ("user_choice_control", "#b8e0a8", "User choice and control"),
    ("user_access_edit_deletion", "#d9c2f0", "User access, edit and deletion"),
    ("data_retention", "#ffe08a", "Data retention"),
    ("data_security", "#a8dadc", "Data security"),
    ("policy_change", "#f4c7e0", "Policy change"),
    ("do_not_track", "#c9c9a3", "Do Not Track"),
    ("international_specific_audiences", "#f7d6b0", "International and specific audiences"),
    ("other", "#dddddd", "Other"),
]

NEUTRAL_COLOR = "#e0e0e0"


def load_ui_categories(language: str) -> list[UiCategory]:
    try:
        from policylens.core.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        categories = [
            UiCategory(
                id=c.id,
                color=c.color,
                name=_call_or(c, "name", language, c.id),
                description=_call_or(c, "description", language, ""),
                key=str(getattr(c, "key", "") or ""),
            )
            for c in taxonomy.categories
        ]
        if categories:
            return categories
    except ImportError:
        log.info("policylens.core.taxonomy not available; using built-in category list")
    except Exception:  # a broken data file must not keep the window from opening
        log.exception("could not load the taxonomy; using built-in category list")
    return [UiCategory(i, color, name, "") for i, color, name in _FALLBACK]


def _call_or(obj: object, attr: str, language: str, default: str) -> str:
    method = getattr(obj, attr, None)
    if callable(method):
        try:
            value = method(language)
        except Exception:
            value = None
        if value:
            return str(value)
    plural = getattr(obj, attr + "s", None)  # names / descriptions dicts
    if isinstance(plural, dict):
        value = plural.get(language) or plural.get("en")
        if value:
            return str(value)
    return default
