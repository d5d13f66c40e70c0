"""Settings in one INI file under `paths.config_dir()` (never the platform registry/plist, so
`--config-dir` and the tests' isolated folders hold everything)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from policylens.paths import config_dir

MAX_RECENT = 10


def app_settings() -> QSettings:
    return QSettings(str(config_dir() / "policylens.ini"), QSettings.Format.IniFormat)


def _string_list(value: object) -> list[str]:
    # QSettings/INI gives a str for one element, a list for several, None when unset.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def recent_files(settings: QSettings) -> list[str]:
    return _string_list(settings.value("recent/files"))


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    files = [path, *(p for p in recent_files(settings) if p != path)][:MAX_RECENT]
    settings.setValue("recent/files", files)
    return files


def clear_recent_files(settings: QSettings) -> None:
    settings.setValue("recent/files", [])


def hidden_categories(settings: QSettings, default: set[str]) -> set[str]:
    if not settings.contains("legend/hidden"):
        return set(default)
    return set(_string_list(settings.value("legend/hidden")))


def set_hidden_categories(settings: QSettings, hidden: set[str]) -> None:
    settings.setValue("legend/hidden", sorted(hidden))
