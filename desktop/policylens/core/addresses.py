"""Postal addresses: a country or city named in one is where the company sits, not an audience.

"Anbieter: Parkfuchs GmbH, Mariahilfer Straße 88, 1070 Wien, Österreich" or "العنوان: طريق
الملك فهد، الرياض 12345، المملكة العربية السعودية" name a country, a cue of
`international_specific_audiences`; by the guidelines contact details are `other`. A line is
taken for an address when it is short, is cut into parts by commas or dashes, and holds a
postcode: a five- or six-digit number, or four digits before a capitalised place name ("1015
Amsterdam" — four digits alone are mostly years, as in "loi n° 78-17 du 6 janvier 1978").
Only what is named from the postcode on is the address's: "the controller within the meaning
of the GDPR is X GmbH, Street 1, 12345 City" still names a law, and "complain to the CNIL, 3
place de Fontenoy, 75334 Paris" an authority.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policylens.core.classifier import Evidence

ADDRESS_MAX_WORDS = 25
_POSTCODE = re.compile(
    r"(?<![\d.,/-])(?:\d{5,6}|\d{4}(?= [A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ]))(?![\d.,/-]?\d)"
    # British ("TR11 3AB", "EC1A 1BB") and Canadian ("K1A 0B1") postcodes, and a post-office
    # box ("PO Box 11-204"): letters and digits no sentence mixes that way.
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]\d[A-Z] \d[A-Z]\d\b"
    r"|\bP\.? ?O\.? Box \d"
    # Dublin's postal districts ("Barrow Street, Dublin 4, Ireland"), where many international
    # companies sit, and an Irish Eircode ("D02 X285").
    r"|\bDublin \d{1,2}\b|\b[A-Z]\d[\dW] [\dA-Z]{4}\b"
    # A Swedish (and Czech, Slovak, Greek) postcode in two groups: "114 55 Stockholm"; a
    # Dutch one ("1097 JB", "1097JB"); one with its country's letters ("D-10115 Berlin").
    r"|(?<![\d.,/-])\d{3} \d{2}(?= [A-ZÅÄÖ][a-zåäö])"
    r"|(?<![\d.,/-])\d{4} ?[A-Z]{2}(?![^\W\d_])"
    r"|\b[A-Z]{1,2}-\d{4,5}(?= [A-ZÀ-ÖØ-Þ])"
)
# (`contact_block` reads it too: a postcode on a short line marks a contact block.)
POSTCODE = _POSTCODE
_SEPARATOR = re.compile(r"[,،–—]")


def postal_part(clause: str) -> int | None:
    """Where the postcode of a postal address starts in `clause`; None when it is no address."""
    if len(clause.split()) > ADDRESS_MAX_WORDS or len(_SEPARATOR.findall(clause)) < 2:
        return None
    found = _POSTCODE.search(clause)
    return None if found is None else found.start()


def cues_in_address(evidence: Evidence, line: str, start: int) -> bool:
    """The clause (`line`, at `start` in the text) is a postal address and the evidence's
    cues all lie in its postal part."""
    at = postal_part(line)
    return at is not None and all(cue.start >= start + at for cue in evidence.cues)
