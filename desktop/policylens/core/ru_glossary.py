"""Russian quoted definitions: lines that name a practice yet state none.

Translated glossaries quote the term and say "означает" ("«Обработка» означает любую операцию…",
"Термин «Сервисы» означает…", "Персональные данные означают любую информацию…"), where the
152-ФЗ templates put a dash (`definitions`).
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?"
_LAW_TERMS = (
    r"(?:персональные\sданные|оператор|субъект|пользователь|обработка|сервисы?"
    r"|услуги|файлы\scookie|cookies?)"
)
_QUOTED_DEFINITION = re.compile(
    rf"""^\W{{0,3}}{_NUMBER}
    (?:(?i:термин|понятие)\s)?
    (?:«[^»]{{1,60}}»(?:\s(?:или|и)\s«[^»]{{1,60}}»)?|(?i:{_LAW_TERMS}))
    ,?\s(?:означа(?:ет|ют)|обознача(?:ет|ют)|подразумева(?:ет|ют)ся)\b""",
    re.VERBOSE,
)


def is_russian_definition(line: str) -> bool:
    """The Russian line is a glossary entry with "означает" ("«Обработка» означает…")."""
    return _QUOTED_DEFINITION.match(line) is not None
