"""Arabic glossary lines that put the verb or the word "term" before the quoted term.

Translated notices define their terms as "تعني «البيانات الشخصية» أي معلومات…" (means "personal
data" any information…), "نعني بـ«الخدمات» …", "يشير مصطلح «ملفات تعريف الارتباط» إلى…" (the term
"cookies" refers to), "مصطلح «المعالجة» يعني…" or "عندما نقول «نحن» فإننا نعني…": a definition,
`other` by the guidelines however many data words it names, like the forms that put the quoted
term first ("«البيانات» تعني…", in `definitions`). `definitions.is_definition_or_overview` asks this
module for the folded line (`normalize_key`: no diacritics or tatweel, ي/ى as ی, ة as ه, أ/إ as ا,
«» as ").
"""

from __future__ import annotations

import re

_QUOTED = r'"[^"]{1,60}"'
_NUMBER = r"(?:\d{1,3}(?:[-.]\d{1,3})*\s*[.)\-–]?\s*)?"
_TERM_WORD = r"(?:ال)?(?:مصطلح|عباره|کلمه|لفظ)"
_TERM_FIRST = re.compile(
    rf"""^\W{{0,3}}{_NUMBER}
    (?:
      و?(?:تعنی|یعنی|نعنی)\s(?:ب\s?)?{_QUOTED}              # تعني «X» … / نعني بـ«X» …
     |و?(?:یشیر|تشیر)\s{_TERM_WORD}\s{_QUOTED}               # يشير مصطلح «X» إلى …
     |{_TERM_WORD}\s{_QUOTED}\s(?:یشیر|تشیر|یعنی|تعنی)         # مصطلح «X» يعني …
     |(?:عندما|حینما)\s(?:نقول|نستخدم|نذکر)\s(?:{_TERM_WORD}\s)?{_QUOTED}   # عندما نقول «X»
    )""",
    re.VERBOSE,
)


def defines_term_first(folded: str) -> bool:
    """The folded Arabic line opens a definition with its verb or "the term" ('تعني «X»')."""
    return _TERM_FIRST.match(folded) is not None
