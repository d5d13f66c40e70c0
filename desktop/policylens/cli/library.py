"""Naming a document on the command line: a file, or a library document by (a prefix of) its id."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from policylens.core.errors import LoadError, PolicyLensError

_HEX_ID = re.compile(r"^[0-9a-fA-F]{4,64}$")

if TYPE_CHECKING:  # every sub-command imports this module: keep the store out of start-up
    from policylens.core.document import Document
    from policylens.core.loaders.pdf import PdfOptions
    from policylens.store.database import Store


def load_reporting(path: str | Path, pdf: PdfOptions | None = None) -> Document:
    """`load_document`, with what went wrong but did not stop it (bad bytes replaced…) said
    on stderr, so that a damaged file is never read silently. `pdf`: OCR options. A bundled
    sample comes under the title the window shows it by (on an exported PDF's cover too)."""
    import sys

    from policylens.core.loaders import load_document
    from policylens.core.samples import with_sample_title

    document = with_sample_title(load_document(path, pdf), path)
    for warning in document.warnings:
        print(f"policylens: warning: {Path(path).name}: {warning}", file=sys.stderr)
    return document


def open_library() -> Store:
    """The user's library; when it can only be read (read-only file, folder or medium, a
    damaged file, another PolicyLens writing), a note on stderr says so and why."""
    import sys

    from policylens.store.database import open_store

    store = open_store()
    if store.read_only:
        print(
            f"policylens: note: the library is read-only: {store.read_only_reason}", file=sys.stderr
        )
    return store


def resolve_library_document(store: Store, reference: str) -> str:
    """The SHA-256 of a library document named by its id, a prefix of it, or its file."""
    path = Path(reference)
    if path.is_file():
        from policylens.core.loaders import load_document

        sha = load_document(path).sha256
        if store.documents.exists(sha):
            return sha
        raise PolicyLensError(
            f"{reference} is not in the library yet (its text differs from every document "
            "there). Open it in PolicyLens or import it first."
        )
    return library_sha(store, reference)


def library_sha(store: Store, reference: str) -> str:
    """The SHA-256 of the one library document whose id starts with `reference`."""
    found = store.documents.find_by_prefix(reference.strip()) if reference.strip() else []
    if len(found) == 1:
        return found[0].sha256
    if not found:
        raise PolicyLensError(f"{reference!r} is neither a file nor the id of a library document.")
    titles = ", ".join(f"{d.sha256[:12]} ({d.title})" for d in found[:5])
    raise PolicyLensError(
        f"{len(found)} documents have ids starting with {reference!r} ({titles}); "
        "give more characters."
    )


def resolve_document(reference: str) -> Document:
    """A file path, or a library document by id prefix (an existing file wins)."""
    path = Path(reference)
    if path.exists() or not _HEX_ID.match(reference):
        return load_reporting(path)
    store = open_library()
    try:
        document = store.documents.get(library_sha(store, reference))
    finally:
        store.close()
    if document is None:  # removed between the two queries
        raise LoadError(f"The library document “{reference}” was just removed.")
    return document
