"""The examples a definition gives, cut off from it by a semicolon: still the definition.

A translated glossary line runs on past its term: '«اطلاعات شخصی» در این سیاست یعنی هر
اطلاعاتی که … شناسایی کرد؛ مانند نام واقعی، نشانی ایمیل یا نشانی IP.' The segmenter ends a
clause at "؛" (or ";"), and the examples' clause, read alone, is a list of data words, as a
collection line's would be. When such a clause opens with "for example" ("مانند", "مثل", "از
جمله", "such as", "e.g.") and the same line opens with a definition, it states no practice
either (`analysis` treats it as it treats the definition).
"""

from __future__ import annotations

import re

from policylens.core.definitions import is_definition_or_overview

_EXAMPLES = re.compile(
    r"""\W{0,3}(?:
      مانند|مانندِ|مثل|مثلا|مثلاً|مثلًا|از\sجمله|نظیر|برای\s(?:مثال|نمونه)|به\sعنوان\s(?:مثال|نمونه)
     |مثل|مثال\sذلک|مثال\sذلك|على\sسبيل\sالمثال|علی\sسبیل\sالمثال|بما\sفي\sذلك|بما\sفی\sذلک
     |(?i:such\sas|e\.g\.|for\sexample|for\sinstance|including)
    )(?![\u0621-\u064a\u0671-\u06d3])""",
    re.VERBOSE,
)


def continues_definition(text: str, start: int) -> bool:
    """The clause at `start` of `text` gives examples ("مانند …", "such as …") of a term its
    line, begun before it, defines."""
    if _EXAMPLES.match(text, start) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    return bool(before) and is_definition_or_overview(before)
