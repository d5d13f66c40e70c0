"""Tesseract's languages by the names their readers use ("فارسی (fas)"), for the import
progress bar and Settings ▸ Scanned PDFs."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from policylens.ui.infra.i18n import isolate

# Debian's packs that PolicyLens names in its messages: fixed names, since QLocale's native
# names carry a territory for some ("American English").
_NATIVE = {
    "fas": "فارسی",
    "ara": "العربية",
    "eng": "English",
    "rus": "Русский",
    "kaz": "Қазақ тілі",
    "swe": "Svenska",
    "deu": "Deutsch",
    "fra": "Français",
}
# The same names under the ISO 639-1 codes documents carry ("fa").
_NATIVE_BY_ISO1 = dict(
    zip(("fa", "ar", "en", "ru", "kk", "sv", "de", "fr"), _NATIVE.values(), strict=True)
)


def native_name(code: str) -> str:
    """The language's own name for a Tesseract or ISO 639-1 code ("chi_sim" → 简体中文, "fa" →
    فارسی); the code itself
    where Qt knows no such language (osd, a script such as "script/Arabic")."""
    if code in _NATIVE:
        return _NATIVE[code]
    if code in _NATIVE_BY_ISO1:
        return _NATIVE_BY_ISO1[code]
    language = QLocale.codeToLanguage(code.split("_")[0], QLocale.LanguageCodeType.ISO639)
    if language == QLocale.Language.AnyLanguage:
        return code
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def languages_label(codes: str) -> str:
    """ "fas+eng" → "فارسی (fas) + English (eng)". Each name is its own bidi run: isolated
    whole, "فارسی (fas)" would read "(fas) فارسی" inside a left-to-right sentence."""
    return " + ".join(f"{isolate(native_name(code))} ({code})" for code in codes.split("+") if code)
