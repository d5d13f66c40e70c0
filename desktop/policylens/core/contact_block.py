"""Contact blocks: the lines of a postal address or of a contact section name places, not
audiences.

A contact block ("Nordlicht Inc." / "400 Main Street" / "Portland, OR 97204" / "United States"
/ "privacy@…") names the countries and cities where the company sits, and a line introducing
one names the region whose users write there ("If you live in North America:", "Si vous résidez
en Amérique du Nord :"). By the guidelines these are contact details (`other`), though a country
is a cue of `international_specific_audiences`. A line that states a practice for a region
("For people outside North America, the data controller is …") is long and is no such line.

An anchor of a block is a line no sentence looks like: an e-mail address or a phone number
(`detail_lines.is_contact`), a postcode on a short line ("12345 Musterstadt, Germany",
"Portland, OR 97204", "114 55 Stockholm"), a company with its legal form ("Nordlicht B.V.",
"ООО «Ромашка»"), or a web address alone. A short line (a country, a city) belongs to the block
when the lines between it and an anchor just before it are short too, and no sentence follows
it (a short line over a sentence is a heading: "International transfers", "Kinder").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import filterfalse

from policylens.core.addresses import POSTCODE
from policylens.core.substrings import may_contain

# A line this short (words with a letter) is a name, a place or a label, not a statement.
PLACE_MAX_WORDS = 4
# An anchor other than an e-mail or a phone number is at most this long.
ANCHOR_MAX_WORDS = 8
# A line that introduces a block ("If you live in North America:") is at most this long.
HEAD_MAX_WORDS = 10
# How many lines back (or on, for a head) an anchor is looked for.
REACH = 4
# ...and a line of more words after a short line is a sentence: the short line is its heading.
SENTENCE_MIN_WORDS = 6
_LEGAL_FORM = re.compile(
    r"(?<![^\W\d_])(?:GmbH|AG|KG|e\.\s?V\.|UG|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|Corp\.?"
    r"|B\.\s?V\.|N\.\s?V\.|S\.\s?A\.?|SAS|SARL|SA|SE|AB|Oy|ApS|AS|A/S|S\.r\.l\.|S\.L\."
    r"|ООО|АО|ОАО|ПАО|ЗАО|ИП|ТОО|АҚ|ЖШС|ЖК|LTD|INC)(?![^\W\d_])"
)
_WEB = re.compile(r"^(?:https?://|www\.)\S+$")
# A line naming a law keeps it: "Controller within the meaning of the GDPR:" over the address.
# (Laws go by acronyms: GDPR, DSGVO, CCPA, ФЗ, LGPD; a company's or country's are few: USA, UK.)
_ACRONYM = re.compile(r"(?<![^\W\d_])(?!USA|UK|US|EU|EE|UAE|США|ЕС|ОАЭ)[A-ZА-ЯЁ]{2,}(?![^\W\d_])")
_LAW_WORD = re.compile(
    r"(?<![^\W\d_])(?:laws?|act|regulation|loi|règlement|lag|lagen|förordning)(?![^\W\d_])"
    r"|gesetz|verordnung|(?<![^\W\d_])(?:закон|заң|قانون|القانون)",
    re.IGNORECASE,
)


def letter_words(line: str) -> int:
    """The words of `line` with a letter in them (a house or phone number is no word)."""
    words = line.split()
    # The words of letters alone (most) are counted in C; only the others are read letter by
    # letter (all of them so: 3x the time).
    count = sum(map(str.isalpha, words))
    if count < len(words):
        count += sum(
            1 for word in filterfalse(str.isalpha, words) if any(ch.isalpha() for ch in word)
        )
    return count


def is_anchor(line: str, contact: Callable[[str], bool]) -> bool:
    """A line of contact details no sentence looks like (`contact`: e-mail or phone line)."""
    line = line.strip()
    if not line or contact(line):
        return bool(line)
    if letter_words(line) > ANCHOR_MAX_WORDS:
        return False
    return (
        POSTCODE.search(line) is not None
        or _LEGAL_FORM.search(line) is not None
        or _WEB.match(line) is not None
    )


def _lines_before(text: str, start: int) -> list[str]:
    """Up to REACH non-blank lines before the line at `start`, nearest first."""
    found: list[str] = []
    end = text.rfind("\n", 0, start)
    while end > 0 and len(found) < REACH:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            found.append(text[begin:end])
        end = begin - 1
    return found


def _lines_after(text: str, end: int) -> list[str]:
    """Up to REACH non-blank lines after the line ending at or after `end`, nearest first."""
    found: list[str] = []
    begin = text.find("\n", end)
    while 0 <= begin < len(text) and len(found) < REACH:
        stop = text.find("\n", begin + 1)
        stop = len(text) if stop < 0 else stop
        if text[begin + 1 : stop].strip():
            found.append(text[begin + 1 : stop])
        begin = stop
    return found


def in_contact_block(text: str, start: int, end: int, contact: Callable[[str], bool]) -> bool:
    """Whether the line of `text` holding (start, end) is a short line of a contact block
    (a country, a city, a company's name) or a short head introducing one ("If you live in
    North America:"), given `contact`, the test of an e-mail or phone line."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    line = text[begin : stop if stop >= 0 else len(text)].strip()
    words = letter_words(line)
    after = _lines_after(text, end)
    if _names_law(line):
        return False
    if line.endswith(":") and words <= HEAD_MAX_WORDS:
        # A head: the block starts right under it (an anchor, or a name over one).
        for index, below in enumerate(after[:3]):
            if is_anchor(below, contact):
                return True
            if index == 0 and letter_words(below) > PLACE_MAX_WORDS:
                return False
        return False
    if words <= ANCHOR_MAX_WORDS and (POSTCODE.search(line) is not None or contact(line)):
        return True  # "12345 Musterstadt, Germany": an address line itself
    if words > PLACE_MAX_WORDS or (
        line.endswith((".", "!", "?", "؟")) and _LEGAL_FORM.search(line) is None
    ):
        return False
    if (
        after
        and letter_words(after[0]) >= SENTENCE_MIN_WORDS
        and not after[0].rstrip().endswith(":")  # the head of the next block
        and not is_anchor(after[0], contact)
    ):
        return False  # a heading over its sentences
    for above in _lines_before(text, begin):
        if is_anchor(above, contact):
            return True
        if letter_words(above) > PLACE_MAX_WORDS:
            break
    return bool(after) and is_anchor(after[0], contact)


# A part of every `_LAW_WORD` match, lower-cased: a line without one is not searched.
_LAW_PARTS = (
    "law",
    "act",
    "regulation",
    "loi",
    "règlement",
    "lag",
    "förordning",
    "gesetz",
    "verordnung",
    "закон",
    "заң",
    "قانون",
)


def _names_law(line: str) -> bool:
    """The line names a law (most by an acronym: GDPR, DSGVO, CCPA, ФЗ)."""
    if may_contain(line, _LAW_PARTS) and _LAW_WORD.search(line) is not None:
        return True
    # A legal form is cut out only from a line with an acronym: an acronym left after the cut
    # was one before it (a form is cut between non-letters, so no letters join).
    return (
        _ACRONYM.search(line) is not None and _ACRONYM.search(_LEGAL_FORM.sub("", line)) is not None
    )
