"""Two lists of the Russian 152-ФЗ templates that name practices without stating them.

The operator's list of what it does with the data ("Оператор осуществляет сбор, запись,
систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение,
использование, передачу (предоставление, доступ), обезличивание, блокирование, удаление,
уничтожение персональных данных") copies the law's definition of processing: its "уточнение",
"удаление", "передача" and "хранение" give the user no right, name no recipient and no period.
The list of harms that security measures ward off ("защита от неправомерного или случайного
доступа к ним, уничтожения, изменения, блокирования, копирования, предоставления,
распространения") states security alone. The dev policies label the first list collection (or
`other` in a definition) and the second security; a reader sees neither as access, sharing,
retention or a change of the policy.

A run of at least five such operation nouns, joined by commas, "и" or "или" (a bracketed
gloss and "к ним" allowed after each), is such a list; the cues of those four practices that
lie wholly inside it are dropped. Three or four ("вправе требовать уточнения, блокирования или
уничтожения") are a user's request and keep theirs, as does any cue outside the run ("передачу
третьим лицам").

A line that names the legal bases of processing ("Правовыми основаниями обработки являются:
договор, согласие субъекта, …") lists consent as one of them: it gives no choice, and its bare
"согласие" is dropped as a cue of choice ("отозвать согласие" in the same line keeps its cue).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.core.taxonomy import ACCESS, CHANGE, CHOICE, RETENTION, SHARING

LISTED = (ACCESS, SHARING, RETENTION, CHANGE)

# A cue's hit: (weight, start, end) in the document's text; a negative weight is a "not" phrase.
_Hit = tuple[float, int, int]

_OPERATION = (
    r"(?:сбор|запис|систематизац|накоплени|хранени|уточнени|извлечени|использовани|передач"
    r"|распространени|предоставлени|доступ|обезличивани|блокировани|удалени|уничтожени"
    r"|изменени|обновлени|копировани|модификац|модифицировани)[а-яё]*"
)
_MODIFIER = r"(?:(?:неправомерн|случайн|несанкционированн|незаконн)[а-яё]*\s(?:или\s)?)*"
_ITEM = rf"{_MODIFIER}{_OPERATION}(?:\s\([^()\n]{{0,80}}\))?(?:\sк\s(?:ним|ней|нему))?"
_JOIN = r"(?:\s?[,;]\s?(?:(?:а\sтакже|и|или)\s)?|\s(?:и|или)\s)"
_LIST = re.compile(rf"(?<![а-яё]){_ITEM}(?:{_JOIN}{_ITEM}){{4,}}", re.IGNORECASE)
_LEGAL_BASIS = re.compile(
    r"^\W{0,3}(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?"
    r"(?:правов[а-яё]*\sосновани[а-яё]*|основани[а-яё]*\s(?:для\s)?обработки)",
    re.IGNORECASE,
)
_BARE_CONSENT = re.compile(r"согласи[а-яё]*", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _list_spans(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in _LIST.finditer(line))


def _line_at(text: str, position: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, text[start : end if end >= 0 else len(text)]


def _cyrillic(text: str, start: int) -> bool:
    return "\u0400" <= text[start] <= "\u04ff"


_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")


def may_hold_template_lists(text: str) -> bool:
    """Whether `text` has a Cyrillic letter at all: `template_lists` acts only on cues that
    start with one, and a document without any (most) is spared its per-clause walk."""
    return _ANY_CYRILLIC.search(text) is not None


def template_lists(text: str, per_category: dict[str, list[_Hit]]) -> None:
    """Block (with a "not" hit of the cue's own span) the access, sharing, retention and
    change cues inside a 152-ФЗ list of operations or harms, and the bare "согласие" of a
    line naming the legal bases of processing."""
    for category in LISTED:
        hits = per_category.get(category)
        if not hits:
            continue
        blocks: list[_Hit] = []
        for weight, start, end in hits:
            if weight < 0 or not _cyrillic(text, start):
                continue
            line_start, line = _line_at(text, start)
            for first, last in _list_spans(line):
                if line_start + first <= start and end <= line_start + last:
                    blocks.append((-1.0, start, end))
                    break
        hits.extend(blocks)
    hits = per_category.get(CHOICE)
    if hits:
        blocks = []
        for weight, start, end in hits:
            if weight < 0 or not _cyrillic(text, start):
                continue
            if _BARE_CONSENT.fullmatch(text[start:end]) is None:
                continue
            if _LEGAL_BASIS.match(_line_at(text, start)[1]) is not None:
                blocks.append((-1.0, start, end))
        hits.extend(blocks)
