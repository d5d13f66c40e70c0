"""An Arabic notice's pledge and aim: introductory text, whatever its data or security words.

Translated international notices open with a promise ("نحن ملتزمون بحماية خصوصيتك", "خصوصيتك
وأمانك على رأس أولوياتنا", "نأخذ أمان بياناتك على محمل الجد") and a sentence on the notice's
aim or scope ("تهدف هذه السياسة إلى إطلاعك على كيفية جمعنا لمعلوماتك", "تنطبق هذه السياسة على
جميع المعلومات التي نجمعها"). Readers label both `other`: no practice is stated, though the words
"حماية", "أمان" and "معلوماتك" are those of security and collection. A pledge that goes on to
name a means (encryption, measures), a law or a practice is no bare pledge and is left alone.
"""

from __future__ import annotations

import re

from policylens.core.normalize import normalize_key

# The notice as a noun (folded: ة → ه, ي → ی).
# "سياسة الخصوصية عبر الإنترنت هذه": this online privacy policy.
_NOTICE = (
    r"(?:الاشعار|البیان|المستند|الوثیقه|السیاسه|سیاسه\sالخصوصیه(?:\sعبر\sالانترنت)?"
    r"|اللائحه|الصفحه)"
)
_THIS = rf"(?:(?:هذه|هذا)\s{_NOTICE}(?:\s(?:هذه|هذا))?|{_NOTICE}\s(?:هذه|هذا))"

# "This policy aims to tell you…", "This policy applies to all the information / services…".
_AIM = re.compile(
    rf"""^\W{{0,3}}(?:
      (?:ت|ی)هدف\s{_THIS}\s(?:الی|ل)
     |{_THIS}\s(?:ت|ی)هدف\s(?:الی|ل)
     |(?:ت|ی)نطبق\s{_THIS}\s(?:فقط\s)?علی\s(?:جمیع|کل|المعلومات|البیانات|استخدامک|موقع|تطبیق|خدمات|الموقع|الخدمات)
     |{_THIS}\s(?:ت|ی)نطبق\s(?:فقط\s)?علی\s(?:جمیع|کل|المعلومات|البیانات|استخدامک|موقع|تطبیق|خدمات|الموقع|الخدمات)
    )""",
    re.VERBOSE,
)

# "We are committed to protecting / respecting your privacy (information)".
_PLEDGE = re.compile(
    r"""^\W{0,3}(?:نحن\s|ان\sنا\s|اننا\s)?(?:و\s?)?
    (?:نلتزم|ملتزمون|نتعهد|نحرص|نسعی|نهتم)\s(?:ب|علی\s|الی\s)?
    (?:حمایه|احترام|الحفاظ\sعلی|صون)\s
    (?:خصوصیه|خصوصیتک|خصوصیتکم|معلوماتک|معلوماتکم|بیاناتک|بیاناتکم|المعلومات|البیانات|معلومات|بیانات)""",
    re.VERBOSE,
)

# "… is our top priority / we take … seriously / … matters (greatly) to us", about privacy or
# security.
_PRIORITY = re.compile(
    r"علی\sمحمل\sالجد|اولویه|اولویاتنا|بالغ\sالاهمیه|غایه\sالاهمیه|مهمه\sبالنسبه\sلنا"
    r"|مهم\sبالنسبه\sلنا|تهمنا|یهمنا|فی\sصمیم"
)
_TOPIC = re.compile(r"خصوصی|امان|امن|حمایه")

# A means, a law or a practice named after the pledge: the line states it.
_STATES = re.compile(
    r"تشفیر|مشفر|تدابیر|اجراءات|ssl|tls|https|جدار|کلمه\sالمرور|قانون|اللائحه|نظام\sحمایه|gdpr"
    r"|سریه|نجمع|نشارک|نبیع|نحتفظ|نحذف|نستخدم|نفصح|ملفات\sتعریف|یمکنک|یحق\sلک|الاطفال|سن\s"
)

# A pledge (of the company, named in the third person too) followed by "and this notice sets
# out how…": the notice's overview of itself, whatever the pledge names.
_PLEDGE_THEN_OVERVIEW = re.compile(
    rf"""^\W{{0,3}}[^.؟?!]{{0,60}}(?:لتزم|نحترم|نحرص)\s[^.؟?!]{{0,140}}?\s
    و\s?(?:ی|ت)(?:بین|وضح|شرح|صف)\s(?:{_THIS}|لک\s{_THIS})""",
    re.VERBOSE,
)

_ARABIC = re.compile(r"[\u0621-\u064a]")
_MAY = re.compile(
    r"نحترم|هدف|نطبق|لتزم|تعهد|نحرص|نسعى|نهتم|أولوي|اولوي|الجد|الأهمية|الاهمية|يهمنا|تهمنا"
)


def _first_sentence(folded: str) -> str:
    end = re.search(r"[.!؟?]", folded)
    return folded if end is None else folded[: end.start()]


def is_pledge_or_aim(line: str) -> bool:
    """The line is an Arabic notice's pledge to protect privacy, its saying that privacy or
    security is a priority, or its aim or scope: introductory text, no practice."""
    head = line[:200]
    if _ARABIC.search(head[:40]) is None or _MAY.search(head) is None:
        return False
    folded = normalize_key(head)
    if _AIM.match(folded) is not None or _PLEDGE_THEN_OVERVIEW.match(folded) is not None:
        return True
    sentence = _first_sentence(folded)
    if len(line) > 200 or len(sentence) > 120 or _STATES.search(folded) is not None:
        return False
    if _PLEDGE.match(sentence) is not None:
        return True
    return _PRIORITY.search(sentence) is not None and _TOPIC.search(sentence) is not None
