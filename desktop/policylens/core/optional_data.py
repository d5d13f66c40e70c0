"""Optional data: what the user may give, and the choice not to give it.

"You may add your name to your profile; it is optional", "Die Angabe einer Telefonnummer ist
freiwillig", "Фотография профиля не обязательна", "وارد کردن شماره تلفن اختیاری است": the line
names data the service takes (collection) and says the user need not give it (a choice). The
dev conventions label such a line C + Ch (`documents/README.md`, optional fields); the lexicon
reads the choice from the word "optional" and finds no cue of collection in a bare data item
("your name", "a profile photo"), which is collection only under a list head.

So a line whose own evidence is a choice alone, that says the giving is optional (voluntary, not
required, "if you wish") and names a personal data item, states collection too. An optional
feature without data ("Newsletters are optional", "Notifications are voluntary") stays a
choice, and so does a line that states another practice ("Recordings are published with the
voluntary demographic details"). Only lines read as a choice alone are tested (few lines: no
regex runs elsewhere).
"""

from __future__ import annotations

import re
from typing import Any

from policylens.core.classifier import Evidence
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import CHOICE, FIRST_PARTY

# Arabic yeh and kaf as `normalize_key` folds them, for the patterns below.
_PERSIAN = str.maketrans("يكى", "یکی")

NOTE = "optional data: what the user may give"

# Giving is optional, in the eight languages (text folded by `normalize_key`: lower case, ё → е,
# Arabic ي/ك → ی/ک, أ/إ/آ → ا, ة → ه, no ZWNJ).
_OPTIONAL = re.compile(
    r"\boptional|\bvoluntar|\bnot\s(?:required|mandatory|obligatory)|\bif\syou\swish"
    r"|\byou\scan\schoose\sto\b|\bnot\sobliged"
    r"|freiwillig|nicht\s(?:erforderlich|verpflichtend|notwendig)|\bauf\swunsch|\bwenn\s(?:sie|du)\smöcht"
    r"|facultati|pas\sobligatoire|\bsi\svous\sle\ssouhaitez|\bvous\spouvez\schoisir\sde"
    r"|frivillig|\bvalfri|krävs\sinte|\bom\sdu\svill\b|\bdu\skan\svälja\satt\b"
    r"|необязательн|не\sобязательн|по\sжеланию|при\sжелании"
    r"|міндетті\sемес|ерікті|қаласаңыз"
    r"|اختیاری|الزامی\sنیست|اجباری\sنیست|در\sصورت\sتمایل"
    r"|ليست?\sالزامی|غیر\sالزامی|اذا\sرغبت|ان\sرغبت".translate(_PERSIAN),
)

# A personal data item the user gives (not the word "data" alone: "optional data" of a feature
# may be no data of the user's).
_ITEM = re.compile(
    r"\b(?:(?:first|last|full|user)\s?)?names?\b|e-?mail|phone|mobile\snumber|photo|picture|avatar"
    r"|date\sof\sbirth|birthday|birth\sdate|\baddress|company\sname|job\stitle|gender|\bage\b"
    r"|\bfields?\b"
    r"|\bnamen?\b|telefon|handynummer|\bfoto|profilbild|geburts|anschrift|adresse|firmen|\bfelder"
    r"|\bnom\b|courriel|téléphone|date\sde\snaissance|entreprise|\bchamps?\b"
    r"|\bnamn|e-post|födelse|adress|företag|befattning|\bfält"
    r"|\bим(?:я|ени)\b|фамили|почт|телефон|фото|рождения|\bадрес|компани|должност|\bпол(?:е|я)\b"
    r"|\bаты|есім|пошта|сурет|туған\sкүн|мекенжай|лауазым|өріс"
    r"|نام|ایمیل|تلفن|موبایل|عکس|تصویر|تاریخ\sتولد|نشانی|ادرس|فیلد"
    r"|اسم|برید|هاتف|جوال|صوره|میلاد|عنوان|حقول|الحقل".translate(_PERSIAN)
)


def optional_data(line: str, own: dict[str, Any]) -> dict[str, Any]:
    """`own` with collection added to a line read as a choice that says giving a personal data
    item is optional ("A profile photo is not required", "Номер телефона — по желанию")."""
    if CHOICE not in own or len(own) > 1:
        return own
    folded = normalize_key(line)
    if _OPTIONAL.search(folded) is None or _ITEM.search(folded) is None:
        return own
    found = own[CHOICE]
    own = dict(own)
    own[FIRST_PARTY] = Evidence(found.score, [], found.source, NOTE)
    return own
