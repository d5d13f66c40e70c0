"""The right to know: a rights line that names the period as a thing to ask about.

"You have the right to know why we need your data and how long we keep it", "Du har rätt att
få veta … hur länge vi sparar dem", "Вы вправе знать … как долго мы будем их хранить", "Sie
haben das Recht zu erfahren, … wie lange wir sie aufbewahren": the line states the user's right
to be told (access, `user_access_edit_deletion`), and "how long" / "your data" in it are the
topics of that information, not a retention period or the service's collection. The guidelines
label such a line with the right alone.

So a line whose access right has a cue (or the model's word) and that opens the right to know
or be informed keeps the right and loses the retention (unless it names a period: a number) and
the collection that its "how long" and data words read. Tested only for a line that asserts
retention or collection and has an access cue (few lines): most lines never reach the regex.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from policylens.core.classifier import THRESHOLD, Evidence
from policylens.core.taxonomy import ACCESS, FIRST_PARTY, RETENTION

# "the right to know / to be informed / to obtain information", in the eight languages.
_RIGHT_TO_KNOW = re.compile(
    r"right\s+to\s+(?:know|be\s+(?:told|informed)|(?:obtain|receive|get)\s+information)"
    r"|rätt\s+att\s+(?:få\s+)?(?:veta|reda\s+på|information)"
    r"|(?:вправе|право|праве)\s+(?:знать|узнать|получ\w*\s+(?:информаци|сведени)"
    r"|на\s+получение\s+(?:информаци|сведени))"
    r"|(?:білуге|ақпарат\s+алуға)\s+құқ"
    r"|recht[,\s]+(?:zu\s+erfahren|auf\s+(?:auskunft|information))"
    r"|droit\s+(?:de\s+savoir|d['’]être\s+informé|d['’]obtenir\s+des\s+informations|à\s+l['’]information)"
    r"|(?:يحق\s+لك|لك\s+الحق\s+في|من\s+حقك)\s+(?:أن\s+تعرف|أن\s+تعلم|معرفة|العلم)"
    r"|حق\s+(?:دارید|داری|دارند)\s+(?:بدانید|بدانی|بدانند|مطلع\s+شوید)|حق\s+دانستن|حق\s+اطلاع",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")


def without_asked_period(
    line: str, own: dict[str, Evidence], own_all: Mapping[str, Evidence]
) -> dict[str, Evidence]:
    """`own` without the retention and the collection a right-to-know line reads in its
    topics ("how long we keep it", "your data"), and with its right (`own_all`'s, which a
    surer "how long" may have pushed out of `own`); unchanged for any other line."""
    if RETENTION not in own and FIRST_PARTY not in own:
        return own
    right = own_all.get(ACCESS)
    if right is None or right.score < THRESHOLD or _RIGHT_TO_KNOW.search(line) is None:
        return own
    kept = {c: e for c, e in own.items() if c != FIRST_PARTY}
    if RETENTION in kept and _NUMBER.search(line) is None:
        del kept[RETENTION]
    kept[ACCESS] = right
    return kept
