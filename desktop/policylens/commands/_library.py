"""Shared by the library sub-commands: naming a document of the library on the command line."""

from __future__ import annotations

from pathlib import Path

from policylens.core.errors import PolicyLensError
from policylens.store.database import Store


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
    found = store.documents.find_by_prefix(reference.strip()) if reference.strip() else []
    if len(found) == 1:
        return found[0].sha256
    if not found:
        raise PolicyLensError(f"No document in the library has the id {reference!r}.")
    raise PolicyLensError(
        f"{len(found)} documents have ids starting with {reference!r}; give more characters."
    )


def terminal_text(text: str) -> str:
    """Right-to-left text as a terminal without a bidi engine shows it readably (only on a
    terminal: piped output stays in logical order, searchable and copyable)."""
    import sys

    from policylens.core.direction import paragraph_direction

    if not sys.stdout.isatty() or paragraph_direction(text) != "rtl":
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))
