"""One writer per store: an OS file lock next to the database, holding the owner's PID.

The lock is an advisory `flock` (POSIX) / `msvcrt.locking` (Windows) on `<store>.lock`. The OS
drops it when the owning process ends, however it ends (SIGKILL, crash, power-off), so there is
no stale-lock clean-up; the PID inside is only for the message the second instance shows.

Within one process the lock is shared: the GUI may open one Store per thread (SQLite
serialises those writers itself with its busy timeout), and all of them may write.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

_HELD: dict[Path, WriterLock] = {}
_HELD_GUARD = threading.Lock()


class WriterLock:
    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle
        self._users = 1

    @classmethod
    def try_acquire(cls, store_path: Path) -> WriterLock | str:
        """The lock, or (when another process holds it) a sentence saying who does."""
        path = store_path.resolve().with_name(store_path.name + ".lock")
        with _HELD_GUARD:
            held = _HELD.get(path)
            if held is not None:
                held._users += 1
                return held
            lock = cls._acquire(path)
            if isinstance(lock, WriterLock):
                _HELD[path] = lock
            return lock

    @classmethod
    def _acquire(cls, path: Path) -> WriterLock | str:
        handle = open(path, "a+", encoding="utf-8")  # kept open while the lock is held
        if not _lock(handle):
            try:
                handle.seek(0)
                owner = handle.read().strip()
            except OSError:  # Windows: the locked byte cannot be read
                owner = ""
            handle.close()
            who = f"PolicyLens process {owner}" if owner.isdigit() else "another PolicyLens"
            return f"it is being edited by {who} (another window or command)."
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        with _HELD_GUARD:
            self._users -= 1
            if self._users > 0 or self._handle is None:
                return
            _HELD.pop(self.path, None)
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
