"""A notice's overview of itself, in every language: introductory text, however many
practices it names.

Policies open by saying what the page explains, or what it covers ("Diese Hinweise gelten nur
für Daten, die wir über die Website erheben", "Nachfolgend informieren wir Sie darüber, welche
Daten wir verarbeiten": no practice either): "This Privacy Policy describes…" (English, in
`en_overview`), "Diese Datenschutzerklärung erläutert, wie wir … erheben, verwenden und
schützen", "Die folgenden Hinweise geben einen Überblick darüber, was mit Ihren Daten passiert",
"Cette politique explique comment nous collectons…", "La présente politique a pour objet de vous
informer sur…", "Бұл саясат … қалай жинайтынымызды … түсіндіреді", "Настоящее уведомление
описывает, каким образом компания … обрабатывает информацию", "В этом документе описано, какие
сведения…", "Denna policy förklarar i detalj hur…", "Syftet med den här policyn är att
informera dig om…", "يوضح هذا الإشعار كيفية تعاملنا مع بياناتك", "الغرض من هذه السياسة هو
إعلامك…", "این سیاست به‌طور مفصل توضیح می‌دهد…", "در این سند شرح داده شده است…". The
guidelines label such text `other`, as they do a definition (`definitions` asks this module),
yet its words are those of collection, use and protection.

Told by its form: the notice itself (this policy / statement / notice / document / page, or
"in this …") as the subject or place, and a verb of telling (explains, describes, informs, gives
an overview, its aim is to inform). A sentence on how long data is kept opens a section on one
practice, and one that names a law names its jurisdiction: both keep their categories.

Each language has two sets of forms, written by two rounds of work and each with the
exceptions its round measured (a named law, a period, cookies): they are kept as they were,
side by side, so that every line reads as before.
"""

from __future__ import annotations

import re

from policylens.core.en_overview import is_english_overview
from policylens.core.normalize import normalize_key

_DE_EXPLAINS = re.compile(
    r"""^\W{0,3}(?:
      (?:Diese|Die\svorliegende|Die\sfolgende|Die\snachfolgende|Unsere)n?\s
      (?:[\w-]+\s)?
      (?:[\w-]*(?:erklärung|hinweise?|richtlinie|informationen|information|seite|dokument|text))
      \s(?:[\w-]+\s){0,2}?
      (?:erläutert|erläutern|beschreibt|beschreiben|erklärt|erklären|informiert|informieren
        |(?:gibt|geben)\s(?:Ihnen\s)?einen\s(?:[\w-]+\s)?Überblick)\b
     |(?:In|Mit)\s(?:dieser|diesen|der\sfolgenden|den\sfolgenden|unserer)\s[\w-]+\s
      (?:erläutern|beschreiben|erklären|informieren|zeigen)\swir\b
     |(?:Nachfolgend|Im\sFolgenden|Hier|Hiermit|Auf\sdieser\sSeite)\s
      (?:informieren|erläutern|erklären)\swir\s(?:Sie|dich|euch)\s(?:[\w-]+\s)?(?:darüber|über)\b
     |(?:Diese|Die\svorliegende|Unsere)n?\s(?:[\w-]+\s)?
      (?:[\w-]*(?:erklärung|hinweise?|richtlinie|informationen|information))
      \s(?:gilt|gelten)\s(?:[\w-]+\s)?(?:nur|nicht|ausschließlich)\sfür\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)

_FR_EXPLAINS = re.compile(
    r"""^\W{0,3}(?:
      (?:Cette|La\sprésente|Notre|Ce|Le\sprésent)\s
      (?:politique|charte|notice|déclaration|page|document|texte|information)
      (?:\s(?:de|sur\sla|relative\sà\sla)\s[\w'’\s-]{1,40}?)?
      \s(?:vous\s)?(?:[\w-]+\s)?
      (?:explique|décrit|détaille|précise|présente|expose|informe|indique
        |a\spour\s(?:objet|but|objectif)|vise\sà)\b
     |Dans\s(?:cette|la\sprésente|ce|le\sprésent)\s[\w-]+(?:\s[\w-]+){0,3},?\snous\s
      (?:vous\s)?(?:expliquons|décrivons|présentons|détaillons|précisons|indiquons)\b
    )""",
    re.VERBOSE,
)

# A Swedish notice's overview of itself ("Denna integritetspolicy förklarar hur vi samlar in…",
# "Detta sekretessmeddelande beskriver vilka…", "Här beskriver vi vilka…", "Här kan du läsa
# om hur…", "På den här sidan berättar vi…"): introductory text, `other` as
# the dev policies and the seed sample label it, however many practices it names.
# "Här beskriver vi hur länge…" opens a section on one practice, and is no overview.
_SV_EXPLAINS = re.compile(
    r"""^\W{0,3}(?:
      (?:Denna|Den\shär|Detta|Det\shär)\s
      [\w-]*(?:policy|policyn|meddelande|meddelandet|förklaring|förklaringen|dokument|dokumentet)
      \s(?:\([^)]{0,40}\)\s)?(?:förklarar|beskriver|redogör\sför|berättar)
     |(?:Här|På\sden\shär\ssidan|På\sdenna\ssida)\s(?:förklarar|beskriver|berättar)\svi
     |(?:Här|På\sden\shär\ssidan|På\sdenna\ssida)\skan\sdu\släsa(?:\smer)?(?:\som)?
     |I\s(?:denna|den\shär)\s[\w-]*(?:policy|meddelande)\s(?:förklarar|beskriver|berättar)\svi
    )\s(?:hur|vilka|vad|varför|när)\b(?!\slänge)""",
    re.VERBOSE,
)

# An overview that names the law the processing follows ("Här beskriver vi hur kommunen
# hanterar personuppgifter enligt dataskyddsförordningen (GDPR)") states that law, as the
# guidelines read any named law: it is read as a statement, not passed over as introductory.
_SV_LAW = re.compile(r"dataskyddsförordning|\bGDPR\b|dataskyddslag", re.IGNORECASE)

_SV_IN_DETAIL = re.compile(
    r"""^\W{0,3}(?:
      (?:Denna|Den\shär|Detta|Det\shär)\s
      [\w-]*(?:policy|policyn|meddelande|meddelandet|dokument|dokumentet)
      \s(?:förklarar|beskriver|redogör\sför|berättar)\s(?:i\sdetalj|närmare|utförligt|kortfattat|kort)\s
      (?:hur|vilka|vad|varför|när)\b(?!\slänge)
     |I\s(?:detta|det\shär|denna|den\shär)\s[\w-]*(?:dokument|policy|meddelande)\w*
      \s(?:förklarar|beskriver|berättar|redogör)\svi\b
     |Syftet\smed\s(?:denna|den\shär|detta|det\shär)\s[\w-]*(?:policy|policyn|meddelande|dokument)\w*
      \sär\satt\s(?:informera|förklara|beskriva|berätta)\b
    )""",
    re.VERBOSE,
)

# A Kazakh notice's overview of itself ("1.1. Осы Саясат Банктің дербес деректерді өңдеу
# тәртібін айқындайды", "Бұл құжат … не болатынын түсіндіреді"): the verb that ends the
# sentence says what the notice sets out; introductory text, unless it names the law it follows
# ("… Заңына сәйкес …").
_KK_SETS_OUT = re.compile(
    r"""^\W{0,3}(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?(?:Осы|Бұл)\s(?:[\w«»-]+\s){0,2}?
    (?:саясат|саясаты|құжат|хабарлама|ереже)\s[^.;:]{0,200}?
    (?:айқындайды|белгілейді|реттейді|сипаттайды|түсіндіреді|баяндайды)\.?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_KK_LAW = re.compile(r"заң|gdpr|регламент", re.IGNORECASE)

_KK_THIS_NOTICE = re.compile(
    r"""^\W{0,3}(?:Бұл|Осы)\s(?:[\w-]+\s){0,2}?
    (?:саясат|құжат|хабарлама|мәлімдеме|ереже|бет)[а-яәғқңөұүһі]*
    [\s,]""",
    re.VERBOSE,
)
_KK_TELLS = re.compile(
    r"(?:түсіндір|сипатта|баянда|таныстыр)[а-яәғқңөұүһі]*\W*$"
    r"|мақсаты\s"
)

# Russian: "Настоящая Политика … описывает, как…", "В настоящем Заявлении объясняется, как…",
# "Ниже приводится краткое описание…". "…описывает, как долго мы храним…" opens a section on
# one practice; "Политика … определяет порядок обработки" names the law it follows, and is
# left to the cues.
_RU_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?"
# "Настоящая Политика конфиденциальности", "Это уведомление", "Данный документ", "Наше Заявление"
_RU_THIS = r"(?:[Нн]астоящ|[Ээт]т|[Дд]анн|[Нн]аш)[а-яё]*"
# the notice itself, not one of its sections ("Настоящий раздел описывает, какие данные…")
_RU_NOTICE = (
    r"(?:[Пп]олитик|[Уу]ведомлени|[Дд]окумент|[Зз]аявлени|[Пп]оложени|[Тт]екст|[Сс]траниц)[а-яё]*"
)
_RU_VERB = r"(?:описыва|объясня|разъясня|рассказыва|поясня|излага|информиру)[а-яё]*"
_RU_WHAT = (
    r"(?:как|каким\sобразом|какие|какую|какой|что|зачем|почему|для\sчего|о\sтом)\b(?!\s+долго)"
)
_RU_EXPLAINS = re.compile(
    rf"""^\W{{0,3}}{_RU_NUMBER}
    (?:
      {_RU_THIS}\s(?:[\w«»"“”\-]+\s){{0,2}}?{_RU_NOTICE}(?:\s[\w«»"“”\-]+){{0,3}}?\s{_RU_VERB},?\s(?:вам,?\s)?(?:(?:в\sтом\sчисле|среди\sпрочего),?\s)?{_RU_WHAT}
     |В\s(?:настоящ|эт|данн)[а-яё]*\s(?:[\w«»"“”\-]+\s){{0,3}}?(?:мы\s)?{_RU_VERB}(?:ся|м)?,?\s{_RU_WHAT}
     |Ниже\s(?:мы\s)?(?:привод[а-яё]*|дано|дан[оа]?)\s(?:кратк[а-яё]*\s)?(?:описание|обзор|изложение)
    )""",
    re.VERBOSE,
)

_RU_IN_THIS = re.compile(
    r"""^\W{0,3}(?:
      В\s(?:настоящ|эт|данн)[а-яё]*\s(?:политик|документ|уведомлени|заявлени|текст|страниц)[а-яё]*
      \s(?:[а-яё]+\s)?(?:описан[оаы]?|изложен[оаы]?|объяснено|разъяснено|рассказано|приведен[оаы]?)\b
     |Цель\s(?:настоящ|эт|данн)[а-яё]*\s(?:политик|документ|уведомлени)[а-яё]*\s[—–-]?\s?
      (?:рассказать|объяснить|сообщить|проинформировать|информировать)\b
    )""",
    re.VERBOSE,
)

# "This notice explains / describes how…" at the line's start, after at most "we respect your
# privacy and": Arabic (يوضح/يصف/يبين/يشرح هذا الإشعار|البيان, توضح/تصف هذه السياسة, نوضح أدناه)
# and Persian (این اطلاعیه|سیاست|صفحه توضیح می‌دهد / شرح می‌دهد, در این … توضیح می‌دهیم).
_RTL_THIS_NOTICE = r"(?:الاشعار|البیان|المستند|النص|الدلیل|السیاسه|الوثیقه|الصفحه|اللائحه)"
_RTL_EXPLAINS = re.compile(
    rf"""^\W{{0,3}}(?:(?:نحن\s)?نحترم\sخصوصیتک\W{{0,2}}\s?و)?
    (?:
      (?:ی|ت)(?:وضح|صف|بین|شرح|حدد|ضبط)\s(?:هذا|هذه)\s{_RTL_THIS_NOTICE}
     |(?:هذا|هذه)\s{_RTL_THIS_NOTICE}\s(?:ی|ت)(?:وضح|صف|بین|شرح)\s
     |(?:و|ف)?(?:نوضح|نبین|نشرح|نصف)\s(?:ادناه|فی\sهذا|فی\sهذه|لک\sفی)
     |این\s(?:اطلاعیه|سیاست|صفحه|سند|متن|بیانیه|اعلامیه|نوشته)\s(?:توضیح|شرح)\s?(?:می)?\s?(?:دهد|میدهد)
     |در\s(?:این|ادامه)\s(?:اطلاعیه|سیاست|صفحه|سند|متن|بیانیه|اعلامیه)?\s?(?:توضیح|شرح)\s?(?:می)?\s?(?:دهیم|میدهیم)
    )""",
    re.VERBOSE,
)
_RTL_MAY_EXPLAIN = re.compile(r"وضح|توضیح|توضيح|صف|بين|شرح|حدد|ضبط")

# Arabic and Persian, read folded (`normalize_key`: no diacritics or ZWNJ, ي/ك as ی/ک, ة as ه).
_RTL_AIM_OR_DETAIL = re.compile(
    r"""^\W{0,3}(?:
      (?:ال)?(?:غرض|هدف)\s(?:من\s)?(?:هذه|هذا|این)\s(?:السیاسه|الاشعار|الوثیقه|البیان|سیاست|سند|اطلاعیه|صفحه)
      \s(?:هو\s|است\s)?(?:اعلام|توضیح|شرح|بیان|تعریف|اطلاع|اگاه)
     |این\s(?:سیاست|سند|اطلاعیه|صفحه|بیانیه|متن)\s(?:به\s?طور|بطور|با)\s\S+\s(?:توضیح|شرح)\s?(?:می)?\s?دهد
     |در\s(?:این|ادامه\sاین)\s(?:سیاست|سند|اطلاعیه|صفحه|بیانیه|متن)\s(?:به\s?طور\s\S+\s)?(?:شرح|توضیح)\sداده\s(?:شده|می\s?شود)
    )""",
    re.VERBOSE,
)
_RTL_MAY_AIM = re.compile("غرض|هدف|توضیح|توضيح|شرح")

# One practice, or a law named: the sentence keeps its categories.
_KEEPS = re.compile(
    r"wie\slange|Speicherdauer|combien\sde\stemps|durée|қанша\sуақыт|мерзім|как\sдолго|срок"
    r"|hur\slänge|DSGVO|GDPR|RGPD|Datenschutz-Grundverordnung|BDSG|loi\s|règlement|заң|закон|ФЗ"
    r"|lag(?:en)?\b|مده|قانون|مدت|Art\.|article|cookie|کوکی",
    re.IGNORECASE,
)

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_CYRILLIC = re.compile("[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def is_notice_overview(line: str) -> bool:
    """The line is a notice's overview of itself ("This Privacy Policy describes the
    information we collect…", "Diese Datenschutzerklärung erläutert, wie wir …", "Cette
    politique explique comment nous …"): introductory text, no practice."""
    if is_english_overview(line):
        return True
    if _SV_EXPLAINS.match(line) is not None and _SV_LAW.search(line) is None:
        return True
    # An ASCII line (most English ones) has no Cyrillic or Arabic letter: `isascii` reads a
    # flag of the string, where a search reads its characters.
    if not line.isascii() and (_kazakh_sets_out(line) or _explains_in_own_script(line)):
        return True
    if len(line) > 400:
        return False
    head = line[:200]
    if _ARABIC.search(head[:40]) is not None:
        if _RTL_MAY_AIM.search(head) is None:
            return False
        folded = normalize_key(head)
        return _RTL_AIM_OR_DETAIL.match(folded) is not None and _KEEPS.search(folded) is None
    found = (
        _DE_EXPLAINS.match(line) is not None
        or _FR_EXPLAINS.match(line) is not None
        or _RU_IN_THIS.match(line) is not None
        or _SV_IN_DETAIL.match(line) is not None
        or (_KK_THIS_NOTICE.match(line) is not None and _KK_TELLS.search(line) is not None)
    )
    return found and _KEEPS.search(line) is None


def _kazakh_sets_out(line: str) -> bool:
    """ "Осы Саясат … айқындайды", naming no law, period or cookies."""
    return (
        _KK_SETS_OUT.match(line) is not None
        and _KK_LAW.search(line) is None
        and _KEEPS.search(line) is None
    )


def _explains_in_own_script(line: str) -> bool:
    """A Russian "Настоящее уведомление описывает, как…", or an Arabic or Persian "يوضح هذا
    الإشعار…" / "این اطلاعیه توضیح می‌دهد…" (read folded, and only where its verb may be)."""
    if _CYRILLIC.search(line[:40]) is not None and _RU_EXPLAINS.match(line) is not None:
        return True
    head = line[:160]
    return (
        _ARABIC.search(head) is not None
        and _RTL_MAY_EXPLAIN.search(head[:60]) is not None
        and _RTL_EXPLAINS.match(normalize_key(head)) is not None
    )
