"""The document a reviewer most likely wants to compare with the one shown: another version
(the same title once years, dates and version numbers are set aside, same language), else
the same policy in another language (file names alike once language codes are set aside),
else another policy in the same language (the nearest in the library's order: two policies
read side by side by category), else nothing (the caller falls back to its own default).
Without the same-language step a Persian sample was offered the library's first entry, a
Swedish policy, beside the other Persian one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Protocol

_NOISE = re.compile(r"\bv(?:ersion)?\s*\d+(?:\.\d+)*|\d+|[^\w\s]|_", re.IGNORECASE)
_LANGUAGE_CODE = re.compile(r"(?:^|[-_.\s])([a-z]{2}(?:[-_][a-z]{2})?)(?=$|[-_.\s])", re.IGNORECASE)


class Summary(Protocol):
    @property
    def sha256(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def source_path(self) -> str | None: ...


def title_key(title: str) -> str:
    """ "Privacy Policy (2024, v3)" and "Privacy policy – 2023" → "privacy policy"."""
    return " ".join(_NOISE.sub(" ", title.casefold()).split())


def stem_key(path: str | None) -> str:
    """ "acme-privacy-fa.html" and "acme_privacy_en.txt" → "acme privacy"."""
    if not path:
        return ""
    stem = PurePath(path).stem
    stem = _LANGUAGE_CODE.sub(" ", stem)
    return title_key(stem)


def likely_partner(shown: Summary, library: Sequence[Summary]) -> str | None:
    """The SHA-256 of the best partner for `shown` in `library`, or None."""
    best: tuple[int, int] | None = None
    chosen: str | None = None
    title, stem = title_key(shown.title), stem_key(shown.source_path)
    position = next((i for i, d in enumerate(library) if d.sha256 == shown.sha256), 0)
    for i, other in enumerate(library):
        if other.sha256 == shown.sha256:
            continue
        same_language = other.language == shown.language
        score = 1 if same_language else 0
        if title and title_key(other.title) == title:
            score = 4 if same_language else 3  # another version; the title translated as is
        elif stem and stem_key(other.source_path) == stem:
            score = 3 if not same_language else 2  # the policy in another language
        if score and (best is None or (score, -abs(i - position)) > best):
            best, chosen = (score, -abs(i - position)), other.sha256
    return chosen
