"""Optional data: "Entering a phone number is voluntary", "Die Angabe des Geburtsdatums ist
freiwillig", "Номер телефона указывается по желанию", "وارد کردن شماره تلفن اختیاری است".

Such a line is a choice (the user may leave the field empty) and collection too: what the user
gives is collected (the dev conventions' optional fields, C + Ch). The choice cues of the
optional family read the first half; the data the line names often carries a collection cue too
weak alone ("phone number", "date of birth"), so the second half was missed. Here, only for a
clause that already asserts a choice and not collection while the lexicon found a collection cue
in it, the choice's cues (a few) are read: when one is of the optional family, the collection is
the line's too. Every other clause costs two dictionary look-ups (session 21's per-line regex
rule for this cost 5-8% of an English analysis).
"""

from __future__ import annotations

import re

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import CHOICE, FIRST_PARTY

# The optional family's words in the choice cues (folded like the lexicon: lower case, ی/ک,
# ة → ه), in the eight languages.
OPTIONAL_WORDS = (
    "is optional", "are optional", "s optional", "ist optional", "sind optional", "voluntar",
    "not required", "not mandatory", "not obligatory", "freiwillig",
    "nicht erforderlich", "nicht verpflichtend", "facultati", "pas obligatoire", "valfri",
    "frivillig", "krävs inte", "по желанию", "добровольн", "необязательн", "не обязательн",
    "міндетті емес", "ерікті", "қалау", "اختیاری", "اختياري", "الزامی نیست", "ليست الزامية",
    "ليس الزاميا",
)  # fmt: skip
_OPTIONAL = re.compile("|".join(re.escape(normalize_key(word)) for word in OPTIONAL_WORDS))

NOTE = "optional data: collected when given"


def with_optional_data(own: ClauseEvidence, own_all: ClauseEvidence) -> ClauseEvidence:
    """`own` with the collection the lexicon found under the threshold, when the clause's choice
    is the optional family's ("is optional", "freiwillig", "необязательно") and no model
    overruled that collection (a veto: under the threshold). Call only when `own` holds a
    choice and not collection."""
    found = own_all.get(FIRST_PARTY)
    if found is None or not found.cues or (found.by_model and found.score < THRESHOLD):
        return own
    if not own[CHOICE].cues_hold(_OPTIONAL):
        return own
    added = dict(own)
    added[FIRST_PARTY] = Evidence(max(found.score, THRESHOLD), list(found.cues), found.source, NOTE)
    return added
