"""The interface language: which one, its translators, its layout direction.

Chosen once at start-up: `--lang`, else the setting `ui/language`, else the system locale;
only languages with a translation (`UI_LANGUAGES`) are used, anything else falls back to
English. A right-to-left language mirrors the whole layout (QApplication's layout direction,
which every widget created afterwards inherits).

Translations: the Qt Linguist source `resources/translations/policylens_<lang>.ts` is what we
keep; QTranslator only loads compiled `.qm`. `make` (and the bundle) compile them next to the
`.ts`; when that `.qm` is missing or older than its `.ts` (a wheel install, a checkout that
has not run `make`), PySide6's own `lrelease` compiles it once into the user cache dir, named
by the `.ts` content hash so it can never be stale. No lrelease and no `.qm`: English text in
the language's layout direction, and a line in the log.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import cast

import platformdirs
from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QKeySequence

from policylens.paths import APP_NAME
from policylens.ui.infra.translations_build import compile_ts, translations_dir

log = logging.getLogger(__name__)

# Marks a string for lupdate and returns it unchanged; PySide6's stub types the result `object`
# (a stub false alarm), so the project imports this typed name (lupdate matches the name).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

# Key names in shortcuts (menus show "Return" for Confirm Suggestion). Qt's own Persian
# translation (qtbase_fa) says "بازگشت" ("go back") for Return and "ورود" ("login") for Enter;
# ours is installed after it, so these entries of the "QShortcut" context win. Marked here so
# that `translations_build --update` (lupdate -no-obsolete) keeps them.
KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "Return"), QT_TRANSLATE_NOOP("QShortcut", "Enter"))


def shortcut(keys: str) -> QKeySequence:
    """A shortcut written in the code ("Ctrl+M", "Return"), read as such. QKeySequence(str)
    reads the interface language's key names first: in Persian "Enter" is Return's name, so
    "Enter" gave Return a second time (Qt: "Ambiguous shortcut overload", nothing confirmed)."""
    return QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText)


DEFAULT_LANGUAGE = "en"
# code → the language's own name, as the settings dialog offers it.
UI_LANGUAGES = {"en": "English", "fa": "فارسی"}
RTL_LANGUAGES = {"fa", "ar", "he", "ur", "ps", "ckb"}
CACHE_DIR_ENV = "POLICYLENS_CACHE_DIR"
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate, pop directional isolate
LRM, RLM = "\u200e", "\u200f"  # a line's direction when its first letter would decide wrongly

_installed: list[QTranslator] = []
_original_locale: QLocale | None = None


def isolate(text: str) -> str:
    """User text inside a UI string: its own bidi run (U+2068 … U+2069), so a Latin file name
    in a Persian sentence (or the reverse) neither reorders nor is reordered by its neighbours."""
    return f"{FSI}{text}{PDI}"


def language_code(name: str | None) -> str:
    """'fa_IR.UTF-8', 'fa-IR', 'FA' → 'fa'; '' / None → ''."""
    if not name:
        return ""
    return name.split(".")[0].split("_")[0].split("-")[0].strip().lower()


def system_language() -> str:
    # QLocale.system() reads LANG/LC_ALL on Unix and the user's setting elsewhere.
    return language_code(QLocale.system().name())


def choose_language(requested: str | None, setting: str | None = None) -> str:
    """The UI language: the first of `--lang`, the setting, the system locale that has a
    translation; English otherwise."""
    for candidate in (requested, setting, system_language()):
        code = language_code(candidate)
        if not code:
            continue
        if code in UI_LANGUAGES:
            return code
        if candidate is requested:
            log.warning("no %r interface translation; using English", candidate)
    return DEFAULT_LANGUAGE


def is_rtl(language: str) -> bool:
    return language_code(language) in RTL_LANGUAGES


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_ENV)
    base = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, False))
    return base / "translations"


def qm_file(language: str) -> Path | None:
    """Our compiled translation for `language`, building it into the cache if needed."""
    folder = translations_dir()
    ts = folder / f"policylens_{language}.ts"
    built = folder / f"policylens_{language}.qm"
    if not ts.is_file():
        return built if built.is_file() else None  # e.g. a bundle shipping only .qm
    if built.is_file() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"policylens_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    compiled, complaint = compile_ts(ts, cached)
    if compiled:
        return cached
    log.warning("cannot compile %s: %s", ts, complaint)
    return None


def _load(translator: QTranslator, path: Path) -> bool:
    return bool(translator.load(str(path)))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, context menus) and ours, for `language`."""
    remove_translators(app)
    if language == DEFAULT_LANGUAGE:
        return []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.info("no Qt translation qtbase_%s in %s", language, qt_dir)
    ours = qm_file(language)
    translator = QTranslator(app)
    if ours is not None and _load(translator, ours):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no PolicyLens translation for %r; the interface stays in English", language)
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def apply_language(app: QCoreApplication, language: str) -> str:
    """Make `language` the interface language: translators, layout direction and the default
    locale (numbers written with its digits). Call before creating any window."""
    global _original_locale
    if _original_locale is None:
        _original_locale = QLocale()
    install_translators(app, language)
    rtl = is_rtl(language)
    set_direction = getattr(app, "setLayoutDirection", None)  # QGuiApplication and up
    if set_direction is not None:
        set_direction(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if language == DEFAULT_LANGUAGE:
        QLocale.setDefault(_original_locale)
    else:
        QLocale.setDefault(QLocale(language))
    return language


def mirrored_dock_area(area: Qt.DockWidgetArea, rtl: bool) -> Qt.DockWidgetArea:
    """Left and right swapped in a right-to-left interface. QMainWindow mirrors its menu bar
    and toolbars but keeps dock areas physical: a panel put "left" (where a list is read
    first) belongs on the right in Persian."""
    if not rtl:
        return area
    swap = {
        Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
    }
    return swap.get(area, area)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number in the UI language's digits and separators (۱۲٫۵ in Persian); without
    `decimals`, integers plain and other numbers shortest (like `f"{x:g}"`)."""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 6)
