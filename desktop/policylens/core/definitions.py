"""Definitions: a line that says what a term means states no practice.

By the guidelines a definition is `other`, whatever practice its words bring to mind:
'"Processor" means a third party that processes data on our behalf' names sharing words, and
'"Child" means a person under 13' an audience, yet neither says what the service does. Found
by their form: a term (quoted, or two to five capitalised words) at the start of the line, then
"means", "refers to", "has the meaning"... The words are English (the lexicons' other languages
define terms the same way and may add theirs here).
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(
    r"""^\W{0,3}(?:\(?[0-9a-zA-Z]{1,3}[.)]\s*)?      # a list number or letter: "(a)", "2."
    (?:[“"'‘][^“”"'‘’]{1,60}[”"'’]                  # "Personal Data", ‘Services’
     |(?!(?:This|That|It|We|You|Our|Your|Such|These|Those|Which|What)\s)
      [A-Z][\w-]*(?:\s[A-Z][\w-]*){1,4})            # Personal Data (two words or more)
    (?:\s(?:or|and)\s[“"'‘][^“”"'‘’]{1,60}[”"'’])?   # "Customer" or "you"
    ,?\s(?:means|shall\smean|refers?\sto|has\sthe\smeaning|is\sdefined\sas)\b""",
    re.VERBOSE,
)


def is_definition(line: str) -> bool:
    """The line defines a term ('"Customer Data" means the content you upload')."""
    return _DEFINITION.match(line) is not None
