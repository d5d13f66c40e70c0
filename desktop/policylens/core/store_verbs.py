"""Storing without a period: what the service keeps, not how long.

"Мы также храним ваши отзывы", "В кабинете хранится история заказов", "Біз
пікірлеріңізді сақтаймыз", "Les messages sont stockés sur notre serveur", a heading "Что мы
храним" / "What we store": the verb of storing names what the service holds of the user — the
collection of it (GUIDELINES: what information the service collects) — and no time. Retention
is how long data is kept or when it is deleted; a storing verb states it only beside a period
("пять лет", "as long as", "until you delete", "jusqu'à", "så länge"), a deletion, or an end.

So a line whose retention cues are all storing verbs, and that names no period, deletion or
end, and denies nothing ("we keep no logs" is retention), states collection instead. Where a
model set the retention score on its own (no cue), or a cue other than a storing verb carries
it ("срок хранения", "retention period"), the line keeps it. French "conserver" and Arabic
"نحتفظ" are those languages' verbs of retaining (a line with them speaks of retention, as the
dev policies and real texts read them): not storing verbs here.
"""

from __future__ import annotations

import re
from typing import Any

from policylens.core.classifier import Evidence
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import FIRST_PARTY, RETENTION

# A cue that is a verb (or noun) of storing, in any of the eight languages (Arabic and Persian
# read folded by `normalize_key`).
_STORING = re.compile(
    r"^(?:we\s|our\s|are\s|is\s)?(?:stor|keep|kept|hold)"
    r"|^(?:мы\s)?(?:хран|сохран)"
    # An archive is a place of storing: "в архиве приложения хранятся ваши цели".
    r"|^(?:в\s)?архив"
    r"|^(?:біз\s)?сақта"
    r"|^(?:nous\s)?(?:stock|enregistr)"
    r"|^(?:vi\s)?(?:spar|lagr)"
    r"|^(?:wir\s)?(?:speicher|aufbewahr|bewahr)"
    r"|^و?(?:نخزن|یخزن|تخزن|نحفظ|یحفظ|تحفظ|تخزین|حفظ)"
    r"|^(?:ذخیره|نگهداری|نگه\s?می|نگه\sدار)",
    re.IGNORECASE,
)

# The noun of storing ("Хранение данных", "Conservation", "Lagring", "Speicherdauer", "تخزين
# البيانات", a heading over a retention section) names retention as a topic: the line keeps it.
_NOUN = re.compile(
    r"^(?:хранени|сохранени|сақтау|conservation|stockage|enregistrement|lagring|sparande"
    r"|speicherung|aufbewahrung|storage|retention|keeping|تخزین|الاحتفاظ|احتفاظ|الحفظ|حفظ\s)",
    re.IGNORECASE,
)
# A Persian storing word is a verb only with its auxiliary ("ذخیره می‌شود", "نگه می‌داریم");
# alone ("نگهداری اطلاعات") it is the noun.
_FA_VERB = re.compile(r"(?:ذخیره|نگهداری|نگه)\s?(?:می|شده|کرده|شود|کنیم|داریم)")

# A period, a deletion or an end: the line may state retention.
_PERIOD = re.compile(
    r"\d|long|until|period|day|month|year|week|hour|minute|delet|eras|remov|anonymi|expir|retention"
    r"|retain|after|no\slonger|while|time|forever|indefinite|permanent|necessary|need|temporar"
    r"|session|сеанс|сесси|sitzung|vorübergehend|temporär|tillfällig|موقت|اثناء|خلال|طوال|جلسه"
    r"|تا\s"
    r"|долг|срок|\bдо\b|пока|течени|\bдн|дня|дней|месяц|\bлет\b|\bгод|недел|\bчас|удал|уничтож"
    r"|обезлич|истечени|после|больше\sне|бессрочн|постоянн|времен|сколько|необходим|нужн"
    r"|оста[её]тся|остаются|остава"
    r"|мерзім|дейін|шейін|болғанша|ішінде|\bкүн|\bай\b|айға|жыл|апта|сағат|жой|өшір|уақыт|кейін"
    r"|қажет"
    r"|jusqu|durée|pendant|temps|délai|\bjours?\b|\bmois\b|\bans\b|année|semaine|heure|supprim"
    r"|effac|anonymis|expir|après|tant\sque|au-delà|nécessaire"
    r"|lange|\bbis\b|solange|dauer|frist|\btage|monat|jahr|woche|stunde|lösch|anonymisier|\bnach\b"
    r"|ablauf|befrist|erforderlich|notwendig|benötig"
    r"|länge|tills|fram\still|\bdag|månad|\bår\b|vecka|veckor|timm|radera|ta\sbort|tas\sbort"
    r"|anonymiser|efter|gallr|nödvändig|behöv"
    r"|مده|حتی|طالما|ما\sدام|یوم|ایام|شهر|اشهر|سنه|سنوات|عام|اسبوع|ساعه|حذف|مسح|اتلاف|بعد|انتهاء"
    r"|الفتره|متی|کم\s|ضروری|لازم|نیاز|حاجه|زمان|روز|ماه|سال|هفته|ساعت|پاک|پس\sاز|دوره|تا\sوقتی|تا\sپایان|همیشه|دائم",
    re.IGNORECASE,
)

# "We do not store / keep no logs": a no-logs pledge is the retention of nothing.
_NEGATION = re.compile(
    r"\bnot\b|n't|\bnever\b|\bno\b|\bне\b|\bни\b|\bнет\b|сақтама|сақталма|\bешқашан"
    r"|\bpas\b|\bjamais\b|\baucun|\binte\b|\baldrig\b|\bingen|\bnicht\b|\bkein"
    r"|\bلا\b|\bلن\b|\bلم\b|\bولا\b|نمی|هرگز|\bهیچ",
    re.IGNORECASE,
)


def storing_without_period(line: str, own: dict[str, Any]) -> dict[str, Any]:
    """`own` with a retention read only from storing verbs, in a line that names no period,
    deletion or end, turned into collection ("We also store your reviews", "Что мы храним")."""
    found = own.get(RETENTION)
    if found is None or not found.cues:
        return own
    cues = [normalize_key(cue.text) for cue in found.cues]
    if not all(_STORING.search(c) is not None and _NOUN.search(c) is None for c in cues):
        return own
    folded = normalize_key(line)
    if _PERIOD.search(folded) is not None or _NEGATION.search(folded) is not None:
        return own
    if any(c.startswith(("ذخیره", "نگه")) for c in cues) and _FA_VERB.search(folded) is None:
        return own
    own = dict(own)
    del own[RETENTION]
    if FIRST_PARTY not in own:
        own[FIRST_PARTY] = Evidence(found.score, list(found.cues), found.source, found.note)
    return own
