"""A quicker answer to PySide6's question, asked of every module imported after it: "does
this module's source mention PySide6?" (its `__feature__` switching: snake_case and
true_property apply per module).

PySide6 6.11 asks it through `inspect.getsource`, which goes through linecache and
`inspect.getmodule` for each module: ~22 ms of the window's start-up for its ~160 modules
(GUI thread, measured on a loaded machine); napari traced the same cost ("the PySide6
__feature__ startup tax"): https://github.com/napari/napari/issues/8584. Reading the file's
bytes answers the same question for a module with a `.py` file; any other module is asked the
original way. If a PySide6 release no longer has the hook, nothing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # loads shibokensupport.feature, whose hook this replaces

_MARK = "_policylens_quick_scan"


def install() -> bool:
    """Replace the hook's source scan; False when this PySide6 has none (or it is done)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  # a private hook: no stub
    return True
