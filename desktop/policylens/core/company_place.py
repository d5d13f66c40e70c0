"""A place named beside the company's name: where it sits, not an audience or a transfer.

"Lantern Labs Ltd (Cork, Ireland)", "Die Haushaltsbuch Plus GmbH (Wien, Österreich) ist
Verantwortliche", "شرکت دخل‌وخرج (مشهد، ایران) مسئول پردازش اطلاعات شماست", "X AB, Sweden",
"شرکت X، تهران، ایران، خیابان …": the country in brackets after the company's name, or in the
comma list that follows a company's name at the start of a line, is where the company is — a
contact detail, as the postal address (`addresses`) and the seat phrase (`org_seat`,
`local_seat`) are. `international_specific_audiences` is a practice for residents of a place or a
transfer of data abroad; a line that speaks of servers, storage, transfers or residents keeps it.
"""

from __future__ import annotations

import re

from policylens.core.classifier import Evidence

# A company: its legal form, or the word for a company (Persian, Arabic, Russian, Kazakh).
_COMPANY = (
    r"(?:\b(?i:ab|ltd|limited|llc|llp|inc|plc|gmbh|ag|ug|kg|sas|sarl|sa|sasu|eurl|srl|bv|b\.v"
    r"|oy|as|aps|co|corp|ооо|тоо|ао|пао|зао|ип|жшс|аақ|ақ)\.?"
    r"|شرکت|شركة|مؤسسه|مؤسسة|موسسه|(?i:компания|общество))"
)
# Inside a bracket opened right after the company's name: "Ltd (Cork, " / "GmbH (".
_IN_BRACKET = re.compile(_COMPANY + r"[^()\n]{0,40}?[(（]\s*(?:[^()\d,،:;]{1,30}[,،]\s*)?$")
# In the comma list that follows a company's name at the start of the line: "X AB, ",
# "شرکت X، تهران، ".
_IN_LIST = re.compile(
    r"^\W{0,3}(?:" + _COMPANY + r"[^,،.;:()\n]{0,40}|(?:[^\s,،.;:()]+\s){1,4}" + _COMPANY + r")"
    r"[,،]\s*(?:[^,،;:()\n]{1,30}[,،]\s*){0,3}$"
)
# Where the data is, who it is about, or a transfer: the line keeps its audience.
_NOT_PLACE = re.compile(
    r"(?:server|hosted|hosting|stored|storage|transfer|resident|live\s+in|citizens|users"
    r"|gespeichert|übermittel|gehostet|speicher|stockées|hébergé|transfér|résid"
    r"|lagras|överför|servrar|bor\s+i"
    r"|сервер|хран|переда|граждан|проживающ|резидент|сақта|тұратын|азамат"
    r"|سرور|ذخیره|انتقال|ساکن|مقیم|خادم|خوادم|تخزين|نقل|المقيم|سكان|مواطن)"
)  # (read on the lowered line)


# How far before a cue the bracket with the company's name before it may start.
_REACH = 90
# How far into the line the comma list after the company's name may reach.
_LIST_REACH = 160


def _in_company_place(line: str, at: int) -> bool:
    if "(" in line[max(0, at - 40) : at] and _IN_BRACKET.search(line, max(0, at - _REACH), at):
        return True
    return at <= _LIST_REACH and _IN_LIST.match(line, 0, at) is not None


# A line that is only the company's name with its place: "Lantern Labs Ltd (Cork, Ireland)".
_COMPANY_LINE = re.compile(r"^[^.;:!?\n]{0,50}?" + _COMPANY + r"\s*[(（,،][^.;:!?\n]{0,50}$")


def names_company_place(line: str) -> bool:
    """The line (a heading, as the parser may take it) is only the company's name with the place
    where it sits ("Lantern Labs Ltd (Cork, Ireland)", "ТОО «X» (Алматы, Казахстан)"): a
    contact detail, which takes no practice from its section."""
    return (
        len(line) <= 90
        and len(line.split()) <= 9
        and _COMPANY_LINE.match(line) is not None
        and _NOT_PLACE.search(line.lower()) is None
    )


def cues_in_company_place(evidence: Evidence, line: str, start: int) -> bool:
    """Every cue of `evidence` in the clause (`line`, at `start` in the text) names the place
    beside the company's name ("Ltd (Cork, Ireland)", "شرکت X، تهران، ایران"), and the line
    speaks of no servers, storage, transfer or residents."""
    if "(" not in line and "," not in line and "،" not in line:
        return False
    if not evidence.every_cue_where(line, start, _in_company_place):
        return False
    return _NOT_PLACE.search(line.lower()) is None
