"""Where things live: user data/config dirs (overridable) and bundled resources.

Overrides, strongest first: the `--data-dir` / `--config-dir` flags (the CLI writes them into
the environment variables below so every layer sees one answer), then `POLICYLENS_DATA_DIR` /
`POLICYLENS_CONFIG_DIR`, then the platform's user dirs. Tests always set the variables.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PolicyLens"
DATA_DIR_ENV = "POLICYLENS_DATA_DIR"
CONFIG_DIR_ENV = "POLICYLENS_CONFIG_DIR"
RESOURCES_ENV = "POLICYLENS_RESOURCES"
# The library to open: a postgresql:// URL (team library) or an SQLite file; unset: store_path().
# store.database reads it (it must not import this module's platformdirs for that).
LIBRARY_ENV = "POLICYLENS_LIBRARY"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return _existing_folder(path, "data", "--data-dir")


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    return _existing_folder(path, "settings", "--config-dir")


def _existing_folder(path: Path, what: str, flag: str) -> Path:
    """`path`, created if missing; a message (not a traceback) when it is a file. A folder
    that cannot be created is returned as it is: reading may still work, and the store says
    what cannot be written."""
    from policylens.core.errors import PolicyLensError

    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise PolicyLensError(
            f"The {what} folder {path} is a file, not a folder. Move the file away or choose "
            f"another folder ({flag})."
        ) from error
    except OSError:
        pass
    return path


def store_path() -> Path:
    return data_dir() / "policylens.sqlite3"


def resource_dir() -> Path:
    """`resources/`, found alike in a checkout, an installed wheel and a PyInstaller bundle."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    candidates = []
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.append(Path(bundle_root) / "resources")
    candidates += [
        here / "resources",  # installed wheel: mapped to the policylens.resources package
        here.parent.parent / "resources",  # checkout / editable install: desktop/policylens/..
    ]
    for candidate in candidates:
        if (candidate / "taxonomy").is_dir() or (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "PolicyLens resources not found; looked in " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def sample_files() -> list[Path]:
    return sorted(p for p in resource("samples").iterdir() if p.suffix == ".txt")


def font_files() -> list[Path]:
    return sorted(resource("fonts").glob("*.ttf"))
