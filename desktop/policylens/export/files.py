"""Writing an export file: a temporary file next to the target, with the permissions any new
file of the user gets (their umask), and a message instead of an OSError."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from policylens.core.errors import PolicyLensError


def current_umask() -> int:
    """The process umask, read without changing it where possible (`os.umask` sets it, for
    a moment, process-wide: another thread creating a file then would get mode 0666)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary_beside(out_path: Path) -> str:
    """A new empty file in `out_path`'s folder, to be renamed onto it once complete. mkstemp
    makes it 0600; it gets 0666 minus the umask, as `open()` would give the final file."""
    directory = out_path.parent if str(out_path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=directory)
    except OSError as error:
        raise PolicyLensError(
            f"Cannot write {out_path}: {error.strerror or error}. Choose a folder you can write to."
        ) from error
    try:
        os.fchmod(handle, 0o666 & ~current_umask())
    except (AttributeError, OSError):  # Windows: no fchmod, ACLs decide
        pass
    finally:
        os.close(handle)
    return name
