"""Rows of a table set out as text, and the place a row's last column names.

"Order history – 7 years", "Acme Ltd – hosting – Ireland": parts joined by spaced dashes, with
a number or a third part. Such a row never starts a section (one that names nothing belongs to
its section, as a short sub-heading does), and a place in its last column ("Stripe, Inc. –
payment processing – United States") is where the recipient processes the data.
"""

from __future__ import annotations

import re

from policylens.core.addresses import postal_part
from policylens.core.classifier import Evidence

_ROW = re.compile(r"\S\s[–—-]\s(?=\S)(?:.*\d|.*\s[–—-]\s\S)")
# The separator of a table row's columns, and the note of a place its last column names
# ("Zendesk, Inc. – support tickets – United States": a plain cue of a place, asserted there;
# measured: en dev policies 0.906 -> 0.908, en-saas 0.880 -> 0.897, en-relaydesk 0.897 ->
# 0.917, every other policy unchanged).
_COLUMN = re.compile(r"\s[–—-]\s(?=\S)")
ROW_NOTE = "a place in the row's last column"


def is_table_row(line: str) -> bool:
    """The line is a row of a table set out as text ("Invoices – 10 years")."""
    return _ROW.search(line) is not None


def placed_by_row(evidence: Evidence | None, line: str, start: int) -> bool:
    """The clause is a row of a table set out as text whose last column names a place
    ("Stripe, Inc. – payment processing – United States"): where the recipient processes the
    data, which the guidelines label as a jurisdiction however plain the place's cue."""
    if evidence is None or not evidence.cues:
        return False
    columns = list(_COLUMN.finditer(line))
    if len(columns) < 2 or postal_part(line) is not None:
        return False
    last = start + columns[-1].end()
    return all(cue.start >= last for cue in evidence.cues)
