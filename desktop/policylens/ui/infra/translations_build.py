"""Translations tool chain, without Qt imports: extract UI strings into the `.ts` sources
(`pyside6-lupdate`), compile `.ts` → `.qm` (`pyside6-lrelease`).

    python -m policylens.ui.infra.translations_build           # compile each .ts next to it
    python -m policylens.ui.infra.translations_build --update  # re-extract strings first

The Makefile compiles before `run` and `bundle`; the app compiles a missing or stale `.qm` into
the user cache at start-up (ui/i18n.py), so a wheel install works too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent.parent  # ui/, this module is in ui/infra/


def _pyside_tool(name: str) -> list[str] | None:
    """PySide6's binary inside the package (a wheel install has it), else `pyside6-<name>`
    next to the interpreter or on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).resolve().parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    wrapper = f"pyside6-{name}"
    beside = Path(sys.executable).parent / wrapper
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(wrapper)
    return [found] if found else None


def lrelease_command() -> list[str] | None:
    return _pyside_tool("lrelease")


def lupdate_command() -> list[str] | None:
    return _pyside_tool("lupdate")


def ui_sources() -> list[Path]:
    """Every Python file of the interface, in a stable order (lupdate writes locations)."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def translations_dir() -> Path:
    from policylens.paths import resource

    return resource("translations")


def ts_files() -> list[Path]:
    return sorted(translations_dir().glob("policylens_*.ts"))


def compile_ts(ts: Path, qm: Path) -> tuple[bool, str]:
    """`ts` → `qm` (written atomically); (success, lrelease's complaint)."""
    command = lrelease_command()
    if command is None:
        return False, "no lrelease (pyside6-lrelease) found"
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return False, str(error)
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        return False, (result.stderr or result.stdout).strip()
    partial.replace(qm)  # a second instance never loads half a file
    return True, ""


def extract(ts: Path, sources: list[Path] | None = None, *, no_obsolete: bool = True) -> None:
    """Merge the source strings into `ts` (new ones unfinished, vanished ones dropped)."""
    command = lupdate_command()
    if command is None:
        raise RuntimeError("no lupdate (pyside6-lupdate) found")
    files = [str(p) for p in (sources or ui_sources())]
    options = ["-no-obsolete"] if no_obsolete else []
    subprocess.run(
        [*command, *options, "-locations", "relative", *files, "-ts", str(ts)], check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract strings first")
    args = parser.parse_args(argv)
    failed = False
    for ts in ts_files():
        if args.update:
            extract(ts)
        ok, complaint = compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').name}: {'ok' if ok else complaint}")
        failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
