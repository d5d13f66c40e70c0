"""Kazakh "label: value" rows: a kind of data with its period, or with what it holds.

Kazakh app policies set out much of their content as short rows, a label and its value, often
with Russian words mixed in: "Қауіпсіздік журналдары: 90 күн", "Серверлік логтар: 30 күн",
"Қолдау чаты: 1 жыл" in a list of periods; "Тіркелгі ақпараты: пайдаланушы аты, электрондық
пошта, құпиясөз" in a list of what is collected. Read alone, the label's words name another
practice ("қауіпсіздік" security, "құпиясөз" password) or none at all; a reader takes the row
as the period that kind of data is kept, or as one more kind of data collected:

- a row whose label names a kind of record (data, logs, history, recordings, copies, chats,
  documents…) and whose value is a period states retention, and nothing else, wherever it
  stands (`period_rows` does the same for any label, but only under a retention head:
  "Жауап беру мерзімі: 30 күн", a response time, names no record and is left alone);
- under a head that names collection alone, a row that labels a kind of record keeps that
  collection beside what its own words say: `collection_items.keep_collection`, the rule
  German and French list items follow, with this module's row as the Kazakh item test
  (`labels_a_record`; a Kazakh clause ends in its verb, so the German and French test, a
  short noun phrase before a comma, would take "Төлем Kaspi арқылы өтеді, …" for an item);
- a row whose label ends in a word for data ("Профиль деректері", "Құрылғы ақпараты") and
  whose value lists its kinds ("аты, телефон нөмірі") names data collected, even where it
  stands alone and its words carry no cue of their own (a contact row with an e-mail address
  or a phone number is contact details).
"""

from __future__ import annotations

import re

from policylens.core.classifier import ClauseEvidence, Evidence
from policylens.core.period_rows import period_row
from policylens.core.taxonomy import FIRST_PARTY, RETENTION

_LANGUAGE = "kk"
# Stems of words for a kind of record, Kazakh and the Russian ones mixed into Kazakh text.
_RECORD = re.compile(
    r"деректер|ақпарат|мәлімет|журнал|лог|тарих|жазба|көшірме|құжат|чат|хат|файл|cookie"
    r"|сессия|өтініш|тапсырыс|операция|аудит|бэкап|резерв|запис|данны|истори|архив",
    re.IGNORECASE,
)
# A row: a label of a few words (no digits), then a colon or a dash, then its value.
_ROW = re.compile(r"^\s*(?:[-–—•*·]\s*)?(?P<label>[^:\d–—]{2,60}?)\s*(?::|\s[–—-]\s)\s*\S")
_LABEL_MAX_WORDS = 4
# First words of a sentence of its own ("Біз …", "Егер сіз …", "Осы саясат …"), lower case.
_STARTERS = frozenset(
    "біз сіз егер бұл осы ол олар сондай-ақ барлық кейбір тек мысалы назар ескерту "
    "пайдаланушы компания".split()
)
# A row offering the user something ("… өшіре аласыз", "… болады") is a choice, not an item.
_OFFER = re.compile(r"\b\w*(?:аласыз|алады|аласың|болады)\b", re.IGNORECASE)
_RETENTION_HEAD = {RETENTION: 1.0}
# A label ending in a word for data, and a value that lists kinds (a comma, no address).
_DATA_LABEL = re.compile(r"(?:деректер|деректері|ақпарат|ақпараты|мәліметтер|мәліметтері|данные)$")
_CONTACT = re.compile(r"@|https?:|www\.|\d{3}")


def row_label(line: str) -> str | None:
    """The label of a Kazakh "label: value" row (lower case), or None for any other line."""
    found = _ROW.match(line)
    if found is None:
        return None
    label = found.group("label").strip().lower()
    words = label.split()
    if not words or len(words) > _LABEL_MAX_WORDS or words[0] in _STARTERS:
        return None
    return label


def kazakh_row(
    line: str,
    language: str,
    own: dict[str, Evidence],
    own_all: ClauseEvidence,
    score: float,
) -> tuple[dict[str, Evidence], ClauseEvidence]:
    """The line's own categories and all its evidence (`own`, `own_all`): retention alone for
    a row giving a kind of record's period; collection for a row labelling data and listing
    its kinds. Any other line, and any line not in Kazakh, is returned as it is. (A row under
    a collection head keeps that collection through `collection_items.keep_collection`.)"""
    if language.split("-")[0] != _LANGUAGE:
        return own, own_all
    label = row_label(line)
    if label is None or _RECORD.search(label) is None:
        return own, own_all
    if RETENTION not in own:
        kept = period_row(line, own, own_all, _RETENTION_HEAD, None)
        if kept[0] is not own:
            return kept
    if not own and _DATA_LABEL.search(label) and _lists_kinds(line):
        evidence = Evidence(score, [], "context", "a row listing kinds of data")
        return {FIRST_PARTY: evidence}, {**own_all, FIRST_PARTY: evidence}
    return own, own_all


def labels_a_record(line: str) -> bool:
    """Whether `line` is a Kazakh row whose label names a kind of record, offering nothing."""
    label = row_label(line)
    return label is not None and _RECORD.search(label) is not None and not _OFFER.search(line)


def _lists_kinds(line: str) -> bool:
    """Whether the value of a row lists kinds of data: a comma, no address, no offer."""
    value = _ROW.sub("", line, count=1)
    return "," in value and _CONTACT.search(line) is None and _OFFER.search(line) is None
