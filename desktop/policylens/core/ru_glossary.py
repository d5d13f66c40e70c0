"""Russian overviews and quoted definitions: lines that name every practice yet state none.

A translated notice opens by saying what it explains ("Настоящее уведомление описывает, каким
образом компания … обрабатывает информацию", "В настоящем Заявлении объясняется, как мы
обращаемся с персональными данными", "Ниже приводится краткое описание того, как…"):
introductory text, labelled `other` in the dev policies as the Arabic, Persian and Swedish
overviews are (`definitions`). "…описывает, как долго мы храним…" opens a section on one
practice, and is no overview; "Политика … определяет порядок обработки" names the law it follows
and is left to the cues.

Translated glossaries quote the term and say "означает" ("«Обработка» означает любую операцию…",
"Термин «Сервисы» означает…", "Персональные данные означают любую информацию…"), where the
152-ФЗ templates put a dash (`definitions`).
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?"
# "Настоящая Политика конфиденциальности", "Это уведомление", "Данный документ", "Наше Заявление"
_THIS = r"(?:[Нн]астоящ|[Ээт]т|[Дд]анн|[Нн]аш)[а-яё]*"
# the notice itself, not one of its sections ("Настоящий раздел описывает, какие данные…")
_NOTICE = (
    r"(?:[Пп]олитик|[Уу]ведомлени|[Дд]окумент|[Зз]аявлени|[Пп]оложени|[Тт]екст|[Сс]траниц)[а-яё]*"
)
_EXPLAINS = r"(?:описыва|объясня|разъясня|рассказыва|поясня|излага|информиру)[а-яё]*"
_WHAT = r"(?:как|каким\sобразом|какие|какую|какой|что|зачем|почему|для\sчего|о\sтом)\b(?!\s+долго)"
_OVERVIEW = re.compile(
    rf"""^\W{{0,3}}{_NUMBER}
    (?:
      {_THIS}\s(?:[\w«»"“”\-]+\s){{0,2}}?{_NOTICE}(?:\s[\w«»"“”\-]+){{0,3}}?\s{_EXPLAINS},?\s(?:вам,?\s)?(?:(?:в\sтом\sчисле|среди\sпрочего),?\s)?{_WHAT}
     |В\s(?:настоящ|эт|данн)[а-яё]*\s(?:[\w«»"“”\-]+\s){{0,3}}?(?:мы\s)?{_EXPLAINS}(?:ся|м)?,?\s{_WHAT}
     |Ниже\s(?:мы\s)?(?:привод[а-яё]*|дано|дан[оа]?)\s(?:кратк[а-яё]*\s)?(?:описание|обзор|изложение)
    )""",
    re.VERBOSE,
)
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


def is_russian_overview_or_definition(line: str) -> bool:
    """The Russian line is a notice's overview of itself or a glossary entry with "означает"."""
    return _OVERVIEW.match(line) is not None or _QUOTED_DEFINITION.match(line) is not None
