"""The library as the compare window reads it: A's annotations, and the store opened quietly
(a standalone compare window works without a library)."""

from __future__ import annotations

import logging
from typing import Any

from policylens.core.errors import PolicyLensError

log = logging.getLogger(__name__)


def annotations_of(store: Any, sha: str) -> list[Any]:
    """The store's annotations of a document; none when the store has no such API (yet)."""
    repository = getattr(store, "annotations", None)
    reader = getattr(repository, "for_document", None)
    if store is None or reader is None:
        return []
    try:
        return list(reader(sha))
    except Exception:  # an old or busy library must not keep the comparison from opening
        log.exception("reading the annotations of %s", sha)
        return []


def open_store_quietly() -> Any:
    from policylens.store import open_store

    try:
        return open_store()
    except PolicyLensError as error:
        log.warning("comparing without the library: %s", error)
        return None
