"""An English notice's overview of itself, or what personal information is: introductory text.

Long US website policies open with a sentence on what the policy covers: "This Privacy Policy
describes the information we collect, how we use and disclose it, and the choices you have",
"This notice explains how the Foundation handles information about visitors", "This statement
describes our practices with respect to personal information", "This policy sets out the rules
for the processing of personal information". The guidelines label such introductory text
`other` (as the dev policies and the English seed sample do), yet its words are those of
collection, sharing and choice.

An overview is told by its form: the policy itself as the subject ("This (privacy) policy /
notice / statement", "This document", after at most a few words of aside such as
'(the "Policy")'), a verb of telling (describes, explains, sets out, outlines, tells you), and
then either a list of several practices (collect, use, share, protect, keep, choices, rights:
three or more), the company's way of handling information ("how we handle / process / use
personal information", "our practices"), or the rules of processing ("the rules / procedure for
the processing"). A sentence that says it explains one practice ("This notice explains what
data the app sends to us", "how long we keep", "how we use cookies") opens a section on that
practice and keeps it.
"""

from __future__ import annotations

import re

# "This Privacy Policy", "This privacy statement", "This notice", "This Policy (the "Policy")".
_HEAD = re.compile(
    r"""^\W{0,3}(?:(?:please\s)?(?:note\sthat\s)?)?
    (?:(?:this|our|the)\s(?:online\s|website\s|global\s|customer\s)?
    (?:privacy\s|data\sprotection\s|data\sprivacy\s)?
    (?:policy|notice|statement|document)
    (?:\s\([^)]{0,80}\))?,?|it)
    \s(?:also\s)?
    (?:describes|explains|sets\sout|sets\sforth|outlines|tells\syou|informs\syou\s(?:of|about)
      |lets\syou\sknow|is\sdesigned\sto\s(?:tell|inform|help)\syou(?:\sunderstand)?)\b
    (?P<rest>.*)""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

# The rules of processing: "sets out the rules for using …", "the procedure for processing …".
_RULES = re.compile(
    r"^,?\s(?:the\s)?(?:rules|procedures?|terms|conditions|principles)\s(?:for|of|under\swhich|on)\b",
    re.IGNORECASE,
)

# The company's way of handling information in general: "how we handle / process / use
# (your) personal information", "how the Foundation handles information about …", "our practices".
_HANDLING = re.compile(
    r"""^,?\s(?:to\syou\s)?
    (?:how\s(?:[\w'’"“”().,-]+\s){0,8}?
       (?:handles?|process(?:es)?|uses?|treats?|manages?|looks?\safter)\s
       (?:the\s|your\s|any\s)?(?:personal\s)?(?:information|data)\b
     |(?:our|the\s[\w'’]+)\s(?:privacy\s|information\s|data\s)?practices\b)""",
    re.IGNORECASE | re.VERBOSE,
)

# The practices a list of them may name, one pattern each.
_PRACTICES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:collect|gather|obtain)",
        r"\b(?:use[sd]?|using|process(?:es|ed|ing)?|handles?)\b",
        r"\b(?:shar(?:e|es|ed|ing)|disclos|sell|sold|transfer)",
        r"\b(?:protect|secur|safeguard)",
        r"\b(?:retain|store|keep)",
        r"\b(?:choices?|options|opt\sout|control)\b",
        r"\b(?:rights|access|correct|delet|update)",
    )
)

# One practice the sentence says it explains: a section's opening, no overview.
_ONE_PRACTICE = re.compile(r"^,?\s(?:to\syou\s)?how\slong\b", re.IGNORECASE)

# A law the notice follows ("in accordance with the GDPR", "how we comply with COPPA"): the
# sentence names the audience or jurisdiction, and keeps it.
_LAW = re.compile(
    r"\b(?:GDPR|COPPA|CCPA|CPRA|HIPAA|FERPA|PIPEDA|LGPD|act|regulation|law|laws|directive)\b",
    re.IGNORECASE,
)


# What personal information is: 'Personal information is information that identifies you',
# '"Personal Data" is any information relating to…', "Non-personal information is data which
# does not…": a definition in a verb the glossary pattern (`definitions`) does not read.
_WHAT_IT_IS = re.compile(
    r"""^\W{0,3}[“"'‘]?(?:non[\s-])?(?:personal(?:ly\sidentifiable)?|identifiable)\s
    (?:information|data)[”"'’]?(?:\s\([^)]{0,40}\))?,?\s(?:is|are)\s
    (?:any\s|all\s)?(?:information|data)\s(?:that|which)\b""",
    re.IGNORECASE | re.VERBOSE,
)


# The notice's scope: "This privacy policy applies to the information that is collected when
# you use …", "This Policy covers all personal data we process about …".
_SCOPE = re.compile(
    r"""^\W{0,3}(?:please\s)?(?:note\sthat\s)?(?:this|our)\s(?:privacy\s)?(?:policy|notice|statement)
    (?:\s\([^)]{0,80}\))?\s(?:only\s)?(?:applies|covers)\s(?:only\s)?(?:to\s)?
    (?:the\s|all\s|any\s)?(?:personal\s|personally\sidentifiable\s)?(?:information|data)\b""",
    re.IGNORECASE | re.VERBOSE,
)


# Every pattern above starts with at most four non-word characters (marks, a quote) and then a
# Latin letter (or a character IGNORECASE takes for one: ı, İ, ſ, the Kelvin sign): a line
# that does not is spared their three matches (most lines of a text in another script).
_LATIN_START = re.compile("\\W{0,4}[a-zA-Z\u0130\u0131\u017f\u212a]")


def is_english_overview(line: str) -> bool:
    """The line is an English notice's overview of itself ("This Privacy Policy describes the
    information we collect, how we use and share it, and your choices")."""
    if len(line) > 600 or _LATIN_START.match(line) is None:
        return False
    if _WHAT_IT_IS.match(line) is not None or _SCOPE.match(line) is not None:
        return True
    found = _HEAD.match(line)
    if found is None:
        return False
    rest = found.group("rest")
    if _ONE_PRACTICE.match(rest) or _LAW.search(rest):
        return False
    if _RULES.match(rest) or _HANDLING.match(rest):
        return True
    return sum(1 for p in _PRACTICES if p.search(rest)) >= 3
