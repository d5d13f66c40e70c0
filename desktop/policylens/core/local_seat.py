"""Where the organisation is based, in Arabic and Russian: a seat states no audience.

`org_seat` reads the English introductions ("a non-profit organization based in Ottawa,
Canada"); translated notices say the same in their own words: "منظمة غير ربحية مسجلة في ولاية
كاليفورنيا بالولايات المتحدة", "يقع مقرنا في كندا", "شركة … ومقرها دبي، الإمارات", "некоммерческая
организация, зарегистрированная в Канаде", "компания со штаб-квартирой в Германии". The country
after the seat phrase (a few words on: a city, a state) names where the maker is, not a practice
for residents or a transfer there (the dev policies label such lines `other`). A cue of the
jurisdiction elsewhere in the clause (servers, users who live there, a law) keeps it, as does a
seat phrase about the data or the user ("بياناتك مسجلة في", "если вы зарегистрированы в").

A line labelled as the organisation's representative in the EU or the UK ("ممثلنا في الاتحاد
الأوروبي: …", "Our EU representative: …", "Представитель в ЕС: …") is contact details: the
region and the representative's address name no audience either.
"""

from __future__ import annotations

import re

from policylens.core.classifier import Evidence
from policylens.core.org_seat import every_cue_after_seat

# The seat phrase, then up to four words (a city, a state) before the country's cue.
_SEAT_AR = re.compile(
    r"(?<![^\W\d_])(?:و?مقر(?:ها|ه|نا|هم)?(?:\s+الرئيسي)?|(?:ال)?مسجل(?:ة|ون)?|تأسس(?:ت|نا)?"
    r"|تتخذ\s+من|نتخذ\s+من)(?:\s+(?:في|ب))?(?:[\s،,]+[^\s،,.;:؛]+){0,4}?[\s،,]+$"
)
_SEAT_RU = re.compile(
    r"(?<![^\W\d_])(?i:зарегистрирован[а-яё]*|учрежд[её]нн?[а-яё]*|базиру[а-яё]+"
    r"|с\s+местонахождением|со\s+штаб-квартирой|(?:с\s+)?головн[а-яё]+\s+офис[а-яё]*)"
    r"\s+(?i:в|во)(?:[\s,]+[А-ЯЁA-Z«][\w.'«»-]*){0,4}[\s,]+$"
)
# A seat word that is the organisation's own ("مقرنا": our seat, "مقرها": its seat).
_OWN_SEAT_AR = re.compile(r"مقر")
_ORGANISATION_AR = re.compile(r"منظم|شرك|مؤسس|جمعي|هيئ|نحن|مطور|ناشر|مشروع")
_ORGANISATION_RU = re.compile(
    r"(?i:компани|организац|фонд|обществ|ооо|ао\b|некоммерческ|разработчик|проект|мы\b)"
)
# ...not the user nor where the data is.
_NOT_SEAT = re.compile(
    r"خادم|خوادم|بيانات|معلومات|تخزين|تخزن|تُخزن|مستخدم|كنت|مقيم|سكان"
    r"|(?i:сервер|данн|хран|пользовател|\bвы\b|\bваш|проживающ|резидент|граждан)"
)
# "ممثلنا في الاتحاد الأوروبي:", "Our EU representative:", "Представитель в ЕС:" (a label, then
# the name and address).
_REPRESENTATIVE = re.compile(
    r"^\W{0,3}(?:"
    r"(?i:(?:our\s+)?(?:eu|uk|eea|gdpr|european)\s+representative"
    r"|representative\s+in\s+the\s+(?:eu|uk|eea|european\s+union|united\s+kingdom))"
    r"|(?:ال)?ممثل(?:نا|ها)?(?:\s+المعتمد)?(?:\s+لنا)?\s+(?:في|لدى)\s+"
    r"(?:الاتحاد\s+ال[اأإ]وروبي|المملكة\s+المتحدة|ال[اأإ]تحاد\s+ال[اأإ]وروبي)"
    r"|(?i:(?:наш\s+)?представител[а-яё]*\s+в\s+(?:ес|европейском\s+союзе|великобритании))"
    r")[^:：\n]{0,40}[:：]"
)


def _seat_before(window: str) -> bool:
    if _NOT_SEAT.search(window) is not None:
        return False
    seat = _SEAT_AR.search(window)
    if seat is not None:
        own = _OWN_SEAT_AR.match(seat.group().lstrip("و")) is not None
        return own or _ORGANISATION_AR.search(window[: seat.start()]) is not None
    seat = _SEAT_RU.search(window)
    return seat is not None and _ORGANISATION_RU.search(window[: seat.start()]) is not None


def cues_in_local_seat(evidence: Evidence, line: str, start: int) -> bool:
    """Every cue of `evidence` in the clause (`line`, at `start` in the text) names the place
    where the organisation is based, in an Arabic or Russian seat phrase."""
    if not evidence.cues:
        return False
    if _REPRESENTATIVE.match(line) is not None:
        return True
    return every_cue_after_seat(evidence, line, start, _seat_before)
