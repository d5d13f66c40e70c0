"""A notice's overview of itself in German, French, Kazakh, and forms the older rules miss in
Russian, Swedish, Arabic and Persian: introductory text, however many practices it names.

Policies open by saying what the page explains, or what it covers ("Diese Hinweise gelten nur
für Daten, die wir über die Website erheben", "Nachfolgend informieren wir Sie darüber, welche
Daten wir verarbeiten": no practice either): "Diese Datenschutzerklärung erläutert, wie wir
… erheben, verwenden und schützen", "Die folgenden Hinweise geben einen Überblick darüber, was
mit Ihren Daten passiert", "Cette politique explique comment nous collectons…", "La présente
politique a pour objet de vous informer sur…", "Бұл саясат … қалай жинайтынымызды …
түсіндіреді", "В этом документе описано, какие сведения…", "Denna policy förklarar i detalj
hur…", "Syftet med den här policyn är att informera dig om…", "الغرض من هذه السياسة هو
إعلامك…", "این سیاست به‌طور مفصل توضیح می‌دهد…", "در این سند شرح داده شده است…". The guidelines
label such text `other` (as `definitions` does the English, Arabic, Persian, Russian and Swedish
forms it knows), yet its words are those of collection, use and protection.

Told by its form: the notice itself (this policy / statement / notice / document / page, or
"in this …") as the subject or place, and a verb of telling (explains, describes, informs, gives
an overview, its aim is to inform). A sentence on how long data is kept opens a section on one
practice, and one that names a law names its jurisdiction: both keep their categories.
"""

from __future__ import annotations

import re

from policylens.core.normalize import normalize_key

_DE = re.compile(
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

_FR = re.compile(
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

_KK = re.compile(
    r"""^\W{0,3}(?:Бұл|Осы)\s(?:[\w-]+\s){0,2}?
    (?:саясат|құжат|хабарлама|мәлімдеме|ереже|бет)[а-яәғқңөұүһі]*
    [\s,]""",
    re.VERBOSE,
)
_KK_TELLS = re.compile(
    r"(?:түсіндір|сипатта|баянда|таныстыр)[а-яәғқңөұүһі]*\W*$"
    r"|мақсаты\s"
)

_RU = re.compile(
    r"""^\W{0,3}(?:
      В\s(?:настоящ|эт|данн)[а-яё]*\s(?:политик|документ|уведомлени|заявлени|текст|страниц)[а-яё]*
      \s(?:[а-яё]+\s)?(?:описан[оаы]?|изложен[оаы]?|объяснено|разъяснено|рассказано|приведен[оаы]?)\b
     |Цель\s(?:настоящ|эт|данн)[а-яё]*\s(?:политик|документ|уведомлени)[а-яё]*\s[—–-]?\s?
      (?:рассказать|объяснить|сообщить|проинформировать|информировать)\b
    )""",
    re.VERBOSE,
)

_SV = re.compile(
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

# Arabic and Persian, read folded (`normalize_key`: no diacritics or ZWNJ, ي/ك as ی/ک, ة as ه).
_RTL = re.compile(
    r"""^\W{0,3}(?:
      (?:ال)?(?:غرض|هدف)\s(?:من\s)?(?:هذه|هذا|این)\s(?:السیاسه|الاشعار|الوثیقه|البیان|سیاست|سند|اطلاعیه|صفحه)
      \s(?:هو\s|است\s)?(?:اعلام|توضیح|شرح|بیان|تعریف|اطلاع|اگاه)
     |این\s(?:سیاست|سند|اطلاعیه|صفحه|بیانیه|متن)\s(?:به\s?طور|بطور|با)\s\S+\s(?:توضیح|شرح)\s?(?:می)?\s?دهد
     |در\s(?:این|ادامه\sاین)\s(?:سیاست|سند|اطلاعیه|صفحه|بیانیه|متن)\s(?:به\s?طور\s\S+\s)?(?:شرح|توضیح)\sداده\s(?:شده|می\s?شود)
    )""",
    re.VERBOSE,
)
_RTL_MAY = re.compile("غرض|هدف|توضیح|توضيح|شرح")

# One practice, or a law named: the sentence keeps its categories.
_KEEPS = re.compile(
    r"wie\slange|Speicherdauer|combien\sde\stemps|durée|қанша\sуақыт|мерзім|как\sдолго|срок"
    r"|hur\slänge|DSGVO|GDPR|RGPD|Datenschutz-Grundverordnung|BDSG|loi\s|règlement|заң|закон|ФЗ"
    r"|lag(?:en)?\b|مده|قانون|مدت|Art\.|article|cookie|کوکی",
    re.IGNORECASE,
)
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


def keeps_its_categories(line: str) -> bool:
    """An overview of how long data is kept, of cookies, or one naming a law keeps the
    categories its words carry (`definitions` asks this of its Kazakh form too; its Swedish
    page overviews name several topics, "vilka uppgifter vi sparar och hur länge", and stay
    introductory)."""
    return _KEEPS.search(line) is not None


def is_notice_overview(line: str) -> bool:
    """The line (German, French, Kazakh, Russian, Swedish, Arabic or Persian) is a notice's
    overview of itself ("Diese Datenschutzerklärung erläutert, wie wir …", "Cette politique
    explique comment nous …"): introductory text, no practice."""
    if len(line) > 400:
        return False
    head = line[:200]
    if _ARABIC.search(head[:40]) is not None:
        if _RTL_MAY.search(head) is None:
            return False
        folded = normalize_key(head)
        return _RTL.match(folded) is not None and _KEEPS.search(folded) is None
    found = (
        _DE.match(line) is not None
        or _FR.match(line) is not None
        or _RU.match(line) is not None
        or _SV.match(line) is not None
        or (_KK.match(line) is not None and _KK_TELLS.search(line) is not None)
    )
    return found and _KEEPS.search(line) is None
