"""Where the organisation is based: a place named as its seat states no audience.

"Kestrel is a free, open-source browser built by the Kestrel Foundation, a non-profit
organization based in Ottawa, Canada", "a volunteer collective registered in the Netherlands":
an introduction saying where the service's maker is based, registered or headquartered names a
country without a practice for its residents or a transfer there (the corpus labels such lines
`other`), though the country's name is a cue of the jurisdiction. Where data is kept ("servers
located in Germany", "hosted in Ireland") is not a seat and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.core.classifier import Evidence

# "based in", "headquartered in", "registered in", "incorporated in", "established in", "with its
# registered office in", then up to four capitalised words (a city, a state) before the
# country's cue: "based in the Netherlands, the GDPR applies" names a law, not the seat.
_SEAT = re.compile(
    r"(?<![^\W\d_])(?i:based|headquartered|registered|incorporated|established"
    r"|(?:registered\s+)?offices?)\s+(?i:in|under\s+the\s+laws\s+of)(?:\s+the)?"
    r"(?:[\s,]+[A-Z][\w.'-]*){0,4}[\s,]+$"
)
# How far before a cue its seat phrase may start.
_REACH = 80
# The organisation is what is based there ("a non-profit foundation based in", "we are based
# in")...
_ORGANISATION = re.compile(
    r"\b(?:foundation|organi[sz]ation|company|companies|collective|association|charity"
    r"|non-?profit|corporation|agency|society|cooperative|co-operative|team|developers?"
    r"|publishers?|inc|ltd|llc|gmbh|ab|b\.v|s\.a|we\s+are|we're)\b",
    re.IGNORECASE,
)
# ...not the user ("if you are based in the EEA", "users based in California") nor where the
# data is ("our servers are based in Germany").
_NOT_SEAT = re.compile(
    r"\b(?:you|your|users?|customers?|residents?|individuals?|people|persons?|visitors?"
    r"|members?|servers?|data|stored|hosted|hosting|cloud)\b",
    re.IGNORECASE,
)
# The same in Persian (fa25): "شرکتی ثبت‌شده در هلند", "دفتر مرکزی ما در آمستردام", "مستقر در
# برلین", the cue often taking the "در" in: an organisation before it, neither the user nor
# the data ("اگر شما در … مستقر هستید", "سرورهای ما در …").
_SEAT_FA = re.compile(
    r"(?:ثبت[\u200c ]?شده|به ثبت رسیده|مستقر|دفتر مرکزی|دفتر اصلی|مقر(?: اصلی)?)"
    r"(?:\s+(?:ما|آن|شرکت|بنیاد))?(?:\s+در)?(?:[\s,،]+[^\s,،]+){0,2}?[\s,،]*$"
)
_ORGANISATION_FA = re.compile(r"شرکت|سازمان|بنیاد|موسسه|مؤسسه|انجمن|(?<![^\W\d_])ما(?![^\W\d_])")
_NOT_SEAT_FA = re.compile(r"شما|کاربر|سرور|داده|اطلاعات|ذخیره|میزبانی")


def every_cue_after_seat(
    evidence: Evidence, line: str, start: int, seat_before: Callable[[str], bool]
) -> bool:
    """Whether `seat_before` holds for the text just before every cue of `evidence` in the clause
    (`line`, at `start` in the text): up to `_REACH` characters, where a seat phrase ends."""
    return evidence.every_cue_where(
        line, start, lambda text, at: seat_before(text[max(0, at - _REACH) : at])
    )


def _seat_before(window: str) -> bool:
    seat = _SEAT.search(window)
    organisation, not_seat = _ORGANISATION, _NOT_SEAT
    if seat is None:
        seat = _SEAT_FA.search(window)
        organisation, not_seat = _ORGANISATION_FA, _NOT_SEAT_FA
    if seat is None:
        return False
    before = window[: seat.start()]
    return organisation.search(before) is not None and not_seat.search(window) is None


def cues_in_seat(evidence: Evidence, line: str, start: int) -> bool:
    """Every cue of `evidence` in the clause (`line`, at `start` in the text) names the place
    where the organisation is based, right after "based in" (registered, headquartered…)."""
    if "in" not in line and "در" not in line:
        return False
    return every_cue_after_seat(evidence, line, start, _seat_before)
