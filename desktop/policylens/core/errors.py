"""The one error type a person sees: its message is written for them, not for a developer."""


class PolicyLensError(Exception):
    """Something the user can act on. The GUI shows the message; the CLI prints it and exits 2."""


class LoadError(PolicyLensError):
    """A file could not be turned into a document (unknown format, no text, too big, corrupt…)."""


class StoreError(PolicyLensError):
    """The local store cannot be opened or written (locked, corrupt, from a newer version…)."""


class ConflictError(StoreError):
    """Someone else changed the same thing first; nothing was written (optimistic locking)."""
