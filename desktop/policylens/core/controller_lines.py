"""Who is responsible: a line naming the controller states no practice.

"Who is responsible for processing your information?", "Wer ist für die Verarbeitung Ihrer
Informationen zuständig?", "Verantwortlich für die Verarbeitung Ihrer Daten ist die X GmbH",
"Кто отвечает за обработку вашей информации?": by the guidelines (and the corpus, whose
controller lines are `other`) these introduce the company, though "processing your data" is a
cue of collection and use. "Who are we?" over the company's name is such a heading too. A line
of this kind that also names a law keeps it (`page_context` drops only the first party's use), and
a long line may state a practice beside the controller: it is left alone.
"""

from __future__ import annotations

import re

from policylens.core.substrings import may_contain

CONTROLLER_MAX_WORDS = 16

_RESPONSIBLE = re.compile(
    # (a role the service acts in, "Information we collect as a controller", is no name of it)
    r"(?<![^\W\d_])(?<!as a )(?<!as the )(?<!as a data )"
    r"(?:(?:data\s+)?controller|responsible\s+for\s+(?:the\s+)?(?:processing|your"
    r"\s+(?:personal\s+)?(?:data|information))|in\s+charge\s+of\s+(?:the\s+)?processing"
    r"|verantwortlich\w*|zuständig\w*"
    r"|responsable\s+d[eu]\s+(?:ce\s+)?traitement|qui\s+traite\s+vos"
    r"|personuppgiftsansvarig\w*|ansvarig\s+för|ansvarar\s+för"
    r"|отвечает\s+за\s+обработк|ответственн\w*\s+за\s+обработк|является\s+оператор"
    r"|кто\s+является\s+оператор|оператор\w*[^.?!]{0,60}\sявляется)"
    r"|өңдеуге\s+[^.?!]{0,40}жауапты|операторы\s+кім|مسئول\s+پردازش|کنترل[\s\u200c]?کننده"
    r"|المسؤول\s+عن\s+معالجه|المسؤول\s+عن\s+معالجة|المتحكم\s+في\s+البيانات",
    re.IGNORECASE,
)
_WHO_ARE_WE = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:who\s+(?:are\s+we|we\s+are)|wer\s+(?:sind\s+wir|wir\s+sind)"
    r"|qui\s+sommes[-\s]nous|vilka\s+är\s+vi|vem\s+är\s+vi|кто\s+мы|біз\s+кімбіз"
    r"|ما\s+چه\s+کسی\s+هستیم|ما\s+کی\s+هستیم|من\s+نحن)\W*$",
    re.IGNORECASE,
)


# A part of every `_RESPONSIBLE` match, lower-cased: a line without one is not searched (the
# regex, which starts with a look-behind, is tried at every character: ~40 µs a line, asked of
# most lines of a section or with a first-party cue).
_RESPONSIBLE_PARTS = (
    "controller",
    "responsible",
    "charge",
    "verantwortlich",
    "zuständig",
    "responsable",
    "traite",
    "ansvar",
    "отвечает",
    "ответственн",
    "оператор",
    "жауапты",
    "مسئول",
    "کنترل",
    "المسؤول",
    "المتحكم",
)


def names_the_controller(line: str) -> bool:
    """The line names (or asks) who is responsible for the data: the controller."""
    return (
        len(line.split()) <= CONTROLLER_MAX_WORDS
        and may_contain(line, _RESPONSIBLE_PARTS)
        and _RESPONSIBLE.search(line) is not None
    )


def asks_who_we_are(line: str) -> bool:
    """ "Who are we?", "Wer sind wir?", "Кто мы?": a heading over the company's name."""
    return _WHO_ARE_WE.match(line.strip()) is not None
