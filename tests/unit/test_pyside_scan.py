"""PySide6 asks of every module imported after it whether its source mentions PySide6 (its
`__feature__` switching). ui/pyside_scan.py answers from the file's bytes, faster: the answer
must be PySide6's own."""

from __future__ import annotations

import inspect
import sys

import policylens.core.document
import policylens.ui.app
import policylens.ui.pyside_scan


def test_the_quicker_scan_answers_as_pyside6_does() -> None:
    feature = sys.modules["shibokensupport.feature"]
    ours = vars(feature)["_mod_uses_pyside"]
    assert getattr(ours, "_policylens_quick_scan", False)  # installed by importing policylens.ui
    for module in (policylens.ui.app, policylens.core.document, inspect):
        assert ours(module) is ("PySide6" in inspect.getsource(module))
    assert ours(sys) is False  # built in: no source, asked the original way
    assert policylens.ui.pyside_scan.install() is False  # once is enough
