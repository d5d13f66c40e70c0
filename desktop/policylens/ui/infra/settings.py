"""Settings in one INI file under `paths.config_dir()` (never the platform registry/plist, so
`--config-dir` and the tests' isolated folders hold everything)."""

from __future__ import annotations

from collections.abc import Iterable

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
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


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


# -- the Settings dialog's values (ui/dialogs/settings_dialog.py) --------------------------------
ANNOTATOR_KEY = "annotator/name"  # also read by ui/annotate/controller.py
LANGUAGE_KEY = "ui/language"  # "" = the system's language; applies on restart
POINT_SIZE_KEY = "reader/point_size"
EXPORT_AUTO_KEY = "export/auto_highlights"
EXPORT_CONFIRMED_KEY = "export/confirmed_only"
EXPORT_PAGE_SIZE_KEY = "export/page_size"
PAGE_SIZES = ("A4", "Letter")


def _bool(value: object, default: bool) -> bool:
    # INI gives "true"/"false" strings back.
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def annotator_name(settings: QSettings) -> str:
    return str(settings.value(ANNOTATOR_KEY, "") or "").strip()


def set_annotator_name(settings: QSettings, name: str) -> None:
    settings.setValue(ANNOTATOR_KEY, name.strip())


def interface_language(settings: QSettings) -> str:
    return str(settings.value(LANGUAGE_KEY, "") or "").strip()


def set_interface_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language)


def reader_point_size(settings: QSettings, default: float) -> float:
    try:
        return float(settings.value(POINT_SIZE_KEY, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def set_reader_point_size(settings: QSettings, size: float) -> None:
    settings.setValue(POINT_SIZE_KEY, size)


def export_auto_highlights(settings: QSettings) -> bool:
    return _bool(settings.value(EXPORT_AUTO_KEY), True)


def export_confirmed_only(settings: QSettings) -> bool:
    return _bool(settings.value(EXPORT_CONFIRMED_KEY), False)


def export_page_size(settings: QSettings) -> str:
    value = str(settings.value(EXPORT_PAGE_SIZE_KEY, "A4") or "A4")
    return value if value in PAGE_SIZES else "A4"


def set_export_defaults(
    settings: QSettings, *, auto_highlights: bool, confirmed_only: bool, page_size: str
) -> None:
    settings.setValue(EXPORT_AUTO_KEY, auto_highlights)
    settings.setValue(EXPORT_CONFIRMED_KEY, confirmed_only)
    settings.setValue(EXPORT_PAGE_SIZE_KEY, page_size if page_size in PAGE_SIZES else "A4")


# -- which library (a team library's URL or an SQLite file; "" = the data folder's) ------------
LIBRARY_KEY = "library/location"  # applies on restart; --library / POLICYLENS_LIBRARY win


def library_location(settings: QSettings) -> str:
    return str(settings.value(LIBRARY_KEY, "") or "").strip()


def without_password(location: str) -> str:
    """The location with any password taken out: passwords never go into the settings file
    (the team member keeps theirs in ~/.pgpass)."""
    from urllib.parse import urlsplit, urlunsplit

    if not location.lower().startswith(("postgresql://", "postgres://")):
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(
        (parts.scheme, f"{user}@{netloc}" if user else netloc, parts.path, parts.query, "")
    )


def set_library_location(settings: QSettings, location: str) -> None:
    settings.setValue(LIBRARY_KEY, without_password(location.strip()))


# -- learning from the annotators (ui/learn) -----------------------------------------------------
USE_MODEL_KEY = "analysis/use_model"  # off: the lexicon alone suggests categories


def use_learned_model(settings: QSettings) -> bool:
    return _bool(settings.value(USE_MODEL_KEY), True)


def set_use_learned_model(settings: QSettings, on: bool) -> None:
    settings.setValue(USE_MODEL_KEY, on)


JUSTIFIED_KEY = "reader/justified"


def reader_justified(settings: QSettings) -> bool:
    """Justified paragraphs in the reader: off by default (ragged lines)."""
    return _bool(settings.value(JUSTIFIED_KEY), False)


def set_reader_justified(settings: QSettings, on: bool) -> None:
    settings.setValue(JUSTIFIED_KEY, on)
