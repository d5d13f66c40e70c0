"""A translated notice's glossary that names the notice itself: "«X» در این سیاست یعنی …".

Large services' Persian (and Arabic-script) notices translate "In this policy, 'personal
data' means …" word for word, so the phrase "in this policy / notice" stands between the
quoted term and its "means" ("«اطلاعات شخصی» در این سیاست یعنی …"), or opens the line ("در این
سیاست، «ما» یعنی بنیاد …"). Such a line defines a term, `other` by the guidelines, however
many data words its definition names. `definitions.is_definition_or_overview` asks this module
for the folded line (`normalize_key`: no ZWNJ, ي/ك as ی/ک, «» as ").
"""

from __future__ import annotations

import re

_WORD = r"[\u0621-\u064a\u0671-\u06d3]+"
_QUOTED = r'"[^"]{1,60}"'
# "در این سیاست", "در این اطلاعیهٔ حریم خصوصی", "در همین متن": the notice, up to three words.
_IN_THIS = rf"در\s(?:این|همین)\s{_WORD}(?:\s{_WORD}){{0,2}}"
_MEANS = (
    r"(?:یعنی|به\sمعنای|به\sمعنی|عبارت\s?است\sاز|عبارتست\sاز"
    r"|اشاره\s(?:دارد|میکند|می\sکند)\sبه)"
)
_NUMBER = r"(?:\d{1,3}(?:[-.]\d{1,3})*\s*[.)\-–]?\s*)?"
_DEFINED_IN_NOTICE = re.compile(
    rf"""^\W{{0,3}}{_NUMBER}
    (?:
      {_QUOTED}\s*[،,]?\s*{_IN_THIS}\s*[،,]?\s*{_MEANS}(?![\u0621-\u064a\u0671-\u06d3])
                                                   # «X» در این سیاست یعنی …
     |{_IN_THIS}\s*[،,:]?\s*{_QUOTED}\s*{_MEANS}(?![\u0621-\u064a\u0671-\u06d3])
                                                   # در این سیاست، «ما» یعنی …
    )""",
    re.VERBOSE,
)


def defines_in_notice(folded: str) -> bool:
    """The folded line opens a term's definition "in this notice" ('«X» در این سیاست یعنی')."""
    return _DEFINED_IN_NOTICE.match(folded) is not None
