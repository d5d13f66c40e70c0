"""The library as a standalone compare window reads it (`policylens compare A B`): opened
quietly, since the window works without a library, and A's annotations from it."""

from __future__ import annotations

import logging

from policylens.core.errors import PolicyLensError
from policylens.store.annotations import Annotation
from policylens.store.database import Store

log = logging.getLogger(__name__)


def open_store_quietly() -> Store | None:
    from policylens.store import open_store

    try:
        return open_store()
    except PolicyLensError as error:
        log.warning("comparing without the library: %s", error)
        return None


def annotations_of(store: Store | None, sha: str) -> list[Annotation]:
    """The library's annotations of a document; none without a library."""
    if store is None:
        return []
    try:
        return store.annotations.for_document(sha)
    except Exception:  # an old or busy library must not keep the comparison from opening
        log.exception("reading the annotations of %s", sha)
        return []
