"""Lines that are details, not statements: contact details, datelines, a program's version.

"E-mail: privacy@example.com", "Tel. +46 8 123 45 67", "Last updated: 1 March 2024", "App
version 2.11.0 (build 512)": by the guidelines contact details are `other` wherever they stand,
a dateline names the policy's version and opens no section, and a program's version states no
practice. `page_context` asks these of many lines, so each test starts with its cheapest part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.core.contact_block import letter_words
from policylens.core.normalize import ASCII_DIGITS

# A year of a dateline: Gregorian, or Hijri / Iranian solar (14xx, 13xx) as Arabic and Persian
# policies date their editions ("١٥ رجب ١٤٤٦هـ", "۱۰ بهمن ۱۴۰۳"), in any script's digits.
# (The century first, then the look back for a digit before it: a pattern that starts with a
# literal lets the regex engine skip to the next "1" or "2" at C speed, where one that starts
# with a look-behind is tried at every character.)
_YEAR = re.compile(r"(?:19|20|13|14)(?<!\d..)\d\d(?!\d)")
# A clause with this many digits is a phone number or an address, not a statement.
PHONE_DIGITS = 7
CONTACT_MAX_WORDS = 12
# ...and a line this short with one is nothing but the contact detail, with its label.
CONTACT_DETAIL_MAX_WORDS = 6
CONTACT_DETAIL_MAX_CHARS = 80
_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # "٢٠٢٤/٠٢/١١", "01.12.22"
# A program's version at the end of a short line: "App version: 3.4.0", "Версия 5.2.1 (1187)".
_SOFTWARE_VERSION = re.compile(r"\D\s*v?\d{1,3}\.\d{1,3}\.\d{1,4}(?:\s*\([^()]*\))?\.?$")
SOFTWARE_VERSION_MAX_WORDS = 8


def is_dateline(text: str) -> bool:
    """ "Last updated: 1 March 2024": it names a version, it does not open a section."""
    if text.isascii():  # its digits are ASCII already (the translation changes nothing)
        return _YEAR.search(text) is not None
    # A line without a digit in any script has no year (most lines): no translation of it.
    return _DIGIT.search(text) is not None and bool(_YEAR.search(text.translate(ASCII_DIGITS)))


def digit_count(text: str) -> int:
    """The digits of `text` in any script. An ASCII line's are counted character by character
    in C (`str.count`), where the regex asks the Unicode database at every character."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_DIGIT.findall(text))


def is_contact(clause: str) -> bool:
    """Contact details ("E-mail: privacy@example.com", "Tel. +46 8 123 45 67", "Telephone:"):
    by the guidelines they are `other`, whatever section they stand in. Only words with a
    letter count: a phone number ("+7 700 000 00 00") or house number is not five words."""
    # The words are counted only for a clause with an address mark or a colon at its end (a
    # loop over every character of every clause was 3 % of the analysis).
    if "@" in clause or digit_count(clause) >= PHONE_DIGITS:
        return letter_words(clause) <= CONTACT_MAX_WORDS
    return clause.endswith(":") and letter_words(clause) <= 2


def contact_lines(text: str) -> Callable[[int, int], bool]:
    """Whether the line of `text` a clause (start, end) stands in is a contact line:
    "Questions?" is one clause of "Questions? Write to privacy@example.com", which takes no
    section's practice. Each line is cut and tested once for all its clauses (anew per clause,
    a text of one long line took quadratic time: 300 kB of one line, 0.29 -> 0.88 s)."""
    # The last line tested (when a clause spans lines, its lines together: not reused).
    line_start, line_end, contact, one_line = 0, -1, False, False

    def in_contact_line(start: int, end: int) -> bool:
        nonlocal line_start, line_end, contact, one_line
        if not (one_line and line_start <= start <= end <= line_end):
            line_start = text.rfind("\n", 0, start) + 1
            found = text.find("\n", end)
            line_end = found if found >= 0 else len(text)
            line = text[line_start:line_end]
            contact, one_line = is_contact(line), "\n" not in line
        return contact

    return in_contact_line


def is_contact_detail(line: str) -> bool:
    """A bare phone number or e-mail address with at most a label ("Tel.: +7 727 000 00 00",
    "privacy@example.com · 555-0182"), not a date ("Updated 01.12.2022")."""
    return (
        len(line) <= CONTACT_DETAIL_MAX_CHARS  # most clauses: one length test
        and len(line.split()) <= CONTACT_DETAIL_MAX_WORDS
        and ("@" in line or digit_count(line) >= PHONE_DIGITS)
        and not is_dateline(line)
        and not _DATE.search(line)
    )


def is_software_version(line: str) -> bool:
    """An app's or program's version ("Приложениенің ағымдағы версиясы: 3.4.0", "App version
    2.11.0 (build 512)"): a detail of the software, no practice and no change of the policy,
    whatever section it stands in. The policy's own version or date ("Version 2.1, effective
    1 March 2026", "Редакция от 01.02.2026") is not one: two-part numbers or a year."""
    return (
        len(line) <= CONTACT_DETAIL_MAX_CHARS
        and len(line.split()) <= SOFTWARE_VERSION_MAX_WORDS
        and _SOFTWARE_VERSION.search(line) is not None
        and not is_dateline(line)
    )
