"""Lines that mention a change of policies without stating that this policy changes.

- A list of the topics of the service's e-mails ("We send you emails about new features,
  requests for feedback and important policy changes", "Мы отправляем письма о новых функциях,
  просьбы оставить отзыв и сообщения о важных изменениях политики"): what the service sends (its
  use of the address, a choice), not how this policy changes or how users hear of it. A line
  that notifies ("we will notify you by e-mail of material changes") or names this policy
  ("changes to this policy") is no such line.
- Where the text comes from ("Originally adapted from the X privacy policy.", "Ursprünglich
  übernommen aus …", "Initialement adaptée de …"): `other`, though it often closes the section
  on changes, whose practice it does not state.
"""

from __future__ import annotations

import re

# Messages the service sends (nouns, plural: "we email guests" or "by e-mail" is how a change
# is told): e-mails, newsletters, mailings.
_MESSAGES = re.compile(
    r"(?<![^\W\d_])(?:e-?mails|newsletters?|mailings|courriels|e-postutskick|mejl|utskick"
    r"|nyhetsbrev)"
    r"(?![^\W\d_])|письм|рассылк|хаттар|хат жібер|ایمیل|خبرنامه|رسائل|النشره|النشرة",
    re.IGNORECASE,
)
# ...sent to tell of a change: a line that notifies states how users hear of it.
_NOTIFY = re.compile(
    r"(?<![^\W\d_])(?:notify|notifies|notified|notification of|inform|informs|informed|let you"
    r" know|benachrichtig\w*|informier\w*|informerons|informer|avertirons|préviendrons"
    r"|meddela\w*|underrätta\w*)(?![^\W\d_])|уведом|сообщим|оповест|хабарлай|хабарлаймыз"
    r"|اطلاع می|اطلاع خواهیم|مطلع|خبرتان|نخطر|سنخطر|نبلغ|سنبلغ|سنعلم|إشعار|اشعار",
    re.IGNORECASE,
)
# ...or names this policy: its own change, told by e-mail.
_THIS_POLICY = re.compile(
    r"(?<![^\W\d_])(?:this|the present)\s+(?:privacy\s+)?(?:policy|notice|statement)"
    r"|(?<![^\W\d_])dies\w*\s+\w*(?:erklärung|richtlinie|hinweise)"
    r"|(?<![^\W\d_])(?:cette|la présente)\s+(?:politique|notice|charte)"
    r"|(?<![^\W\d_])(?:denna|detta)\s+\w*(?:policy|meddelande)"
    r"|(?:настоящ|эт|данн)\w*\s+политик|осы\s+саясат|این\s+(?:سیاست|اطلاعیه|متن)"
    r"|(?:هذه|هذا)\s+(?:السياس|الإشعار|الاشعار|البيان)",
    re.IGNORECASE,
)
# The items of an enumeration: commas and the word "and" of each language.
_SEPARATOR = re.compile(r"[,،]|(?<![^\W\d_])(?:and|und|et|och|и|және|و)(?![^\W\d_])", re.IGNORECASE)
ENUMERATION_SEPARATORS = 2

_PROVENANCE = re.compile(
    r"(?<![^\W\d_])(?:(?:originally\s+)?(?:adapted|derived|taken)\s+from|based\s+on\s+the\s+\S+"
    r"\s+privacy|übernommen\s+aus|angelehnt\s+an|adaptée?s?\s+de|inspirée?s?\s+de|anpassad\s+från"
    r"|основан\w*\s+на\s+политик|адаптирован\w*\s+из|бейімделген)"
    r"|اقتباس|مقتبس",
    re.IGNORECASE,
)
PROVENANCE_MAX_WORDS = 16


# A part of every `_MESSAGES` word: a line without any of them is no list of e-mail topics, found
# by plain substring tests (the regexes below cost ~20 µs a line, and `page_context` asks this of
# most lines of a text that mentions changes).
_MESSAGE_PARTS = (
    "mail",
    "newsletter",
    "courriel",
    "utskick",
    "mejl",
    "nyhetsbrev",
    "письм",
    "рассылк",
    "хат",
    "ایمیل",
    "خبرنامه",
    "رسائل",
    "النشر",
)


def lists_message_topics(line: str) -> bool:
    """The line lists the topics of the e-mails the service sends, a change among them."""
    lowered = line.lower()
    return (
        any(part in lowered for part in _MESSAGE_PARTS)
        and _MESSAGES.search(line) is not None
        and len(_SEPARATOR.findall(line)) >= ENUMERATION_SEPARATORS
        and _NOTIFY.search(line) is None
        and _THIS_POLICY.search(line) is None
    )


def states_provenance(line: str) -> bool:
    """The line says which text this one was adapted from."""
    return len(line.split()) <= PROVENANCE_MAX_WORDS and _PROVENANCE.search(line) is not None
