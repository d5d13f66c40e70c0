"""Definitions: a line that says what a term means states no practice.

By the guidelines a definition is `other`, whatever practice its words bring to mind:
'"Processor" means a third party that processes data on our behalf' names sharing words, and
'"Child" means a person under 13' an audience, yet neither says what the service does. Found
by their form: a term (quoted, or two to five capitalised words) at the start of the line, then
"means", "refers to", "has the meaning"...

Arabic and Persian policies define their terms in a glossary of their own form, without capitals:
a short term (often in «guillemets»), a colon, then "يقصد بها" / "عبارت است از" (is meant by),
"كل" / "هر" (every…) or a noun and its relative ("الجهة التي…", "شخصی که…": the party that…).
A line opening with "يقصد بـ" (by … is meant) or "منظور از «…»" defines too. Written apart so
that a list line ("بيانات التواصل: رقم الهاتف…", "contact data: phone number") stays a practice,
and so does one whose relative clause is the reader's or the service's own act ("بيانات
الاستخدام: الشاشات التي تزورها", the screens you visit; "…التي نجمعها", that we collect), or
whose label is "as for …" ("بالنسبة للمشاركين: …").

A notice's overview of itself ("This Privacy Policy describes…", "يوضح هذا الإشعار كيفية
تعاملنا مع بياناتك"): introductory text, which the guidelines label `other` as they do a
definition, though it names every practice. Its forms, in every language, are in
`notice_overview`; `is_definition_or_overview` asks it.
"""

from __future__ import annotations

import re

from policylens.core.ar_glossary import defines_term_first
from policylens.core.normalize import normalize_key
from policylens.core.notice_overview import is_notice_overview
from policylens.core.notice_terms import defines_in_notice
from policylens.core.ru_glossary import is_russian_definition

_DEFINITION = re.compile(
    r"""^\W{0,3}(?:\(?[0-9a-zA-Z]{1,3}[.)]\s*)?      # a list number or letter: "(a)", "2."
    (?:[“"'‘][^“”"'‘’]{1,60}[”"'’]                  # "Personal Data", ‘Services’
     |(?!(?:This|That|It|We|You|Our|Your|Such|These|Those|Which|What)\s)
      [A-Z][\w-]*+(?:\s[A-Z][\w-]*+){1,4})          # Personal Data (two words or more)
    (?:\s(?:or|and)\s[“"'‘][^“”"'‘’]{1,60}[”"'’])?   # "Customer" or "you"
    ,?\s(?:means|shall\smean|refers?\sto|has\sthe\smeaning|is\sdefined\sas)\b""",
    re.VERBOSE,
)

# Arabic and Persian lines are read through `normalize_key` (no diacritics, tatweel or ZWNJ;
# Arabic ي/ى/ك as Persian ی/ک, أ/إ/آ as ا, ة as ه, «» and “” as "), so one pattern, written in
# that folded spelling, serves every spelling.
_WORD = r"[\u0621-\u064a\u0671-\u06d3]+"
# "١-٢." , "۳)", "2-1", "الف)", "أ)", "-" before the term
_NUMBER = (
    r"(?:\d{1,3}(?:[-.]\d{1,3})*\s*[.)\-–]?\s*|[\u0621-\u064a\u0671-\u06d3]{1,3}\s*[.)\-–]\s*)?"
)
_QUOTED = r'"[^"]{1,60}"'
_TERM = rf"(?:{_QUOTED}|{_WORD}(?:\s{_WORD}){{0,3}})"
_MEANS = r"(?:و?یقصد|یعنی|تعنی|عباره\sعن|عبارت\s?است\sاز|عبارتست\sاز|به\sمعنای|به\sمعنی)"
_EVERY = r"(?:کل|ای|جمیع|کلیه|هر)"
# Persian "a person / party / company … who": "شخصی که", "شرکتی که"
_WHO = r"(?:شخص|فرد|شرکت|سازمان|نهاد|کسی|مجموعه)"
# A section number in words ("ثانيا: البيانات التي نجمعها", "Second: the data we collect") or
# a note ("ملاحظه: …") is no term.
_ORDINALS = "اولا|ثانیا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا"
_SECTIONS = "ماده|الماده|بند|البند|فصل|الفصل|ملاحظه|تنبیه|مهم|هام|نکته|توجه"
_NOT_TERM = rf"(?!(?:{_ORDINALS}|{_SECTIONS})\s*[:：\s]|بالنسبه\s)"
# The relative clause of a list line: a verb of "you" or "we" with its object ("تزورها", "نجمعها").
_OWN_ACT = r"(?![تن][\u0621-\u064a\u0671-\u06d3]*(?:ها|هم|ه)(?![\u0621-\u064a\u0671-\u06d3]))"
_RTL_DEFINITION = re.compile(
    rf"""^\W{{0,3}}{_NUMBER}{_NOT_TERM}
    (?:
      {_QUOTED}\s*(?:[:：]|{_MEANS}\b)                # «کاربر»: …  "البيانات" تعني …
     |{_TERM}\s*[:：]\s*(?:{_MEANS}|{_EVERY}\s)        # المعالجة: يقصد بها …  کاربر: هر …
     |{_WORD}(?:\s{_WORD}){{0,2}}\s*[:：]\s*ال{_WORD}(?:\s{_WORD}){{0,3}}\s(?:الذی|التی|الذین)\s{_OWN_ACT}
                                                   # المعالج: الجهة التي تعالج …
     |{_WORD}(?:\s{_WORD}){{0,2}}\s*[:：]\s*{_WHO}(?:{_WORD})?(?:\s{_WORD}){{0,3}}\sکه\s
                                                   # بیمه‌شده: شخصی که …
     |و?یقصد\sب                                     # يقصد بالبيانات الشخصية …
     |منظور\sاز\s{_QUOTED}                          # منظور از «کاربر» …
    )""",
    re.VERBOSE,
)

# Russian and Kazakh glossaries (152-ФЗ, 94-V): "1.1. Персональные данные — любая информация…",
# "Оператор — ООО «…»". A dash after a short term is also how list items speak ("Электронная
# почта — только если…", "Срок хранения — три года"), so the part after the dash must open as a
# definition does: a generic noun phrase ("любое действие", "физическое лицо"), a legal form,
# or the term is one the law defines. Kazakh puts the head noun last ("… кез келген
# мәліметтер") or says "дегеніміз" (is meant by).
_CYRILLIC_TERM = r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі\w«»()\-]+"
_LAW_TERMS = (
    r"(?:персональные\sданные|оператор|субъект|пользователь|обработка|автоматизированная"
    r"|распространение|предоставление|блокирование|уничтожение|обезличивание|трансграничная"
    r"|информационная\sсистема|сайт|cookies?|куки|дербес\sдеректер|меншік\sиесі"
    r"|өңдеу|жинау|субъекті|пайдаланушы|қосымша|үшінші\sтұлға|иесіздендіру)"
)
_DEFINING_HEAD = (
    r"(?:это\s|любая\s|любое\s|любые\s|совокупность|физическое\sлицо|юридическое\sлицо"
    r"|государственный\sорган|муниципальный\sорган|действи[ея]|(?:ООО|АО|ПАО|ЗАО|ИП|КПК|ТОО"
    r"|ЖШС|АҚ|МКК)\b|«)"
)
# A law term opens statements too ("Пользователь вправе отозвать согласие — …", "Обработка
# данных — только на серверах в России", "Cookie файлдарының қолданылу мерзімі – 12 айға
# дейін", a period): no verb before the dash, no number, adverb or preposition after it.
_NOT_VERB = r"(?![\w-]*(?:ть|ет|ют|ит|ят|ся|вправе|может|должен|обязан)\b)"
_NOT_STATEMENT = (
    r"(?!\d|(?i:только|для|на|в|во|мы|по|при|с|со|если|когда|не|и|их|согласно|исключительно"
    r"|после|до|через|в\sтечение)\b)"
)
_CYRILLIC_DEFINITION = re.compile(
    rf"""^\W{{0,3}}(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s*)?
    (?:
      (?i:{_LAW_TERMS})(?:{_CYRILLIC_TERM})?(?:\s{_NOT_VERB}{_CYRILLIC_TERM}){{0,4}}\s[—–-]\s
      {_NOT_STATEMENT}
     |{_CYRILLIC_TERM}(?:\s{_CYRILLIC_TERM}){{0,5}}\s[—–-]\s{_DEFINING_HEAD}
     |{_CYRILLIC_TERM}(?:\s{_CYRILLIC_TERM}){{0,5}}\sдегеніміз\b
     |[Пп]од\s[^—–]{{1,80}}\sпонима(?:ется|ются)\b
    )""",
    re.VERBOSE,
)
_CYRILLIC_LETTER = re.compile("[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]")

# German, French and Swedish glossaries (DSGVO "Begriffsbestimmungen", CNIL "Définitions"):
# a term in the language's quotes, then a defining verb or a colon; "Med X avses", "On entend
# par X", "Unter X versteht man"; or a capitalised term, a colon or a verb, and a defining
# noun phrase ("Behandling: en åtgärd som…", "Verarbeitung ist jeder Vorgang…"). A list line
# ("Données collectées : nom, prénom") does not open with such a phrase.
# (Swedish quotes a term ”so” or "so", as translated notices do: ”Personuppgifter” avser …)
_EU_QUOTED = (
    r"(?:„[^“”]{1,60}[“”]|«\s?[^»]{1,60}\s?»|»[^«]{1,60}«|‚[^‘’]{1,60}[‘’]"
    r'|[”“][^”“]{1,60}”|"[^"]{1,60}")'
)
_EU_VERB = (
    r"(?:sind|ist|bezeichnet|bezeichnen|bedeutet|meint|umfasst|désigne(?:nt)?|signifie(?:nt)?"
    r"|s'entend(?:ent)?|s’entend(?:ent)?|avser|betyder|innebär)"
)
_EU_HEAD = (
    r"(?:alle\s(?:Informationen|Angaben)|jede[rsn]?\s|toute?s?\s(?:information|opération|personne"
    r"|entité|donnée)|tout\s(?:traitement|organisme|moyen)|l['’]ensemble\sdes?\s"
    r"|all\s(?:information|data)\s"
    r"|(?:eine?|un|une|en|ett)\s[\w'’-]+\s(?:die|der|das|dem|den|qui|que|dont|som|där)\b)"
)
_EU_DEFINITION = re.compile(
    rf"""^\W{{0,3}}(?:\(?[0-9a-zA-Z]{{1,3}}[.)]\s*)?
    (?:
      {_EU_QUOTED}\s*(?:,?\s{_EU_VERB}\b|:)
     |(?!(?:Die|Der|Das|Wir|Ihre|Sie|Es|Vi|Era|Dina|Vous|Nous|Les|La|Le|Vos|Nos)\s)
      [A-ZÄÖÜÅÉÈÀ][\w'’-]*+(?:\s[\w'’-]++){{0,3}}\s?(?::|\s{_EU_VERB})\s{_EU_HEAD}
     |Med\s[^.:]{{1,60}}\savses\b
     |(?:On\sentend|Il\sfaut\sentendre)\spar\b
     |Par\s{_EU_QUOTED}
     |Unter\s[^.:]{{1,60}}\sverste(?:ht|hen)\s(?:man|wir)\b
     |Im\sSinne\sdiese[rs]\s[^.:]{{1,60}}\s(?:bezeichnet|bedeutet|ist|sind)\b
    )""",
    re.VERBOSE,
)


# Every Arabic-script glossary form ends within its first ~130 characters: only they are folded,
# and only in a line whose opening has Arabic script (most lines of most documents have none).
_HEAD = 160
_ARABIC_SCRIPT = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_MAY_DEFINE = re.compile(r"[:：«\"“]|ق[\u064b-\u065f]*ص[\u064b-\u065f]*د|منظور")


def is_definition_or_overview(line: str) -> bool:
    """The line defines a term ('"Customer Data" means the content you upload'), or is a
    notice's overview of itself in any language ("this notice explains how…",
    `notice_overview`)."""
    if _DEFINITION.match(line) is not None:
        return True
    # An ASCII line (most English ones) has no Cyrillic or Arabic letter: `isascii` reads a
    # flag of the string, where the two searches read its characters (~3 µs a line).
    ascii = line.isascii()
    if (
        not ascii
        and _CYRILLIC_LETTER.search(line[:40])
        and (_CYRILLIC_DEFINITION.match(line) is not None or is_russian_definition(line))
    ):
        return True
    if _EU_DEFINITION.match(line) is not None:
        return True
    if is_notice_overview(line):
        return True
    head = line[:_HEAD]
    if ascii or _ARABIC_SCRIPT.search(head) is None:
        return False
    # Every form has a colon, a quoted term, يقصد or منظور: the line is folded (the slow part)
    # and matched only then.
    if _MAY_DEFINE.search(head) is None:
        return False
    folded = normalize_key(head)
    return (
        _RTL_DEFINITION.match(folded) is not None
        or defines_in_notice(folded)
        or defines_term_first(folded)
    )
