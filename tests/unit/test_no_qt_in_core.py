"""core/, store/, export/, view/ and cli/ must never load Qt (they run headless, in the CLI and
in tests; the CLI entry imports ui only to open a window)."""

import subprocess
import sys


def test_headless_layers_import_no_pyside6() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import policylens.core, policylens.store, policylens.export, policylens.view\n"
        "import policylens.cli.commands\n"
        "packages = (policylens.core, policylens.store, policylens.export, policylens.view,\n"
        "            policylens.cli.commands)\n"
        "for pkg in packages:\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import policylens.cli, policylens.paths\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by a headless layer: {result.stdout}"
