"""Who sees the data: the service's own people (access limitation) or everyone (made public).

Shop, forum and open-source app policies say who may look at what a user gives them. The cue
lexicons carry both families (session 21, in the lexicon's single pass over the document):

- the service's own staff, team, moderators, administrators or volunteers "have access to" or
  "can see" the data ("Only a few members of our team have access to your details", "Модераторы
  форума могут видеть ваш e-mail"): strong `data_security` cues (an access limitation), with
  `not` phrases for another company's staff ("employees of our payment provider");
- what the user posts is shown to everyone ("visible to everyone who visits the forum",
  "Отзывы публикуются на странице товара"): strong `third_party_sharing_collection` cues (made
  public: disclosure to the public).

Such a line names data too ("can view the IP address you posted from", "see your order
history"), whose cues may outweigh the one strong cue (the dominance rule of
`own_categories.asserted` then leaves it out) or read as the user's own access. Here, only for a
clause whose own categories left out a security (or sharing) score the lexicon asserted, or hold
a reading it rules out, the cues behind it are read: when they name the service's people (or
everyone), that practice is the line's, and the readings it rules out go -- the user's access,
a choice or a policy change beside the staff; the user's access and a policy change beside what
is made public, unless the change is told as surely ("changes are published on this page").
The data the staff see keeps its collection. Every other clause costs a dictionary look-up or
two: session 20's per-clause post-pass (`seen_by`, ~120 regex parts per clause) cost 15% of a
Persian analysis.
"""

from __future__ import annotations

import re

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.taxonomy import ACCESS, CHANGE, CHOICE, SECURITY, SHARING

# Left out beside the staff's access to the data, or beside what is shown to everyone. (The data
# the staff see keeps its collection: "we do not use Customer Data to train models, and our
# staff do not read documents" states both; dropping it gained nothing on the real set.)
STAFF_DROPS = frozenset({ACCESS, CHANGE, CHOICE})
PUBLIC_DROPS = frozenset({ACCESS, CHANGE})

# The service's people in a security cue's words (folded like the lexicon: lower case, ی/ک,
# ة → ه): "staff who need access", "Mitarbeiter haben Zugriff", "لموظفينا الاطلاع".
STAFF_WORDS = (
    "staff", "employee", "personnel", "team", "moderator", "administrator", "admins",
    "volunteer", "support agent", "customer service", "manager", "maintainers", "workers",
    "сотрудник", "персонал", "работник", "модератор", "администратор", "волонтер", "менеджер",
    "поддержк", "mitarbeit", "beschäftigt", "helfer", "ehrenamtlich", "kundendienst",
    "kundenservice", "support", "employé", "salarié", "collaborateur", "équipe", "modérateur",
    "bénévole", "service client", "préposé", "anställd", "medarbetare", "administratör",
    "volontär", "kundtjänst", "kundservice", "کارکنان", "کارمند", "تیم", "مدیران", "ناظران",
    "داوطلب", "پشتیبان", "موظف", "فریق", "مشرف", "مدیر", "متطوع",
    "العاملین", "العاملون", "خدمه العملاء", "қызметкер", "әкімші", "ерікті", "қолдау", "команда",
)  # fmt: skip
# Everyone, or being shown or published, in a sharing cue's words: words of the made-public
# cues only ("users" or "all" alone are in cues of other disclosures too: "در اختیار کاربران
# قرار" puts data at the users' disposal).
PUBLIC_WORDS = (
    "visible", "publicly", "everyone", "anyone", "is public", "are public", "public profile",
    "publish", "seen by", "shown to", "displayed to", "видн", "публику", "публиков", "публичн",
    "общедоступн", "открытом доступе", "sichtbar", "öffentlich", "visibles", "publié",
    "publions", "publier", "publique", "publics", "profil public", "syns", "synlig", "offentlig",
    "publicera", "عمومی", "منتشر", "همگان", "قابل مشاهده", "ظاهر", "مرئی", "علنی", "تنشر", "ینشر",
    "ننشر", "للجمیع", "لجمیع", "للعموم", "یراه", "жария", "көрінеді", "көрсетіледі", "көпшілік",
)  # fmt: skip

# One search per cue for any of the words.
_STAFF = re.compile("|".join(re.escape(word) for word in STAFF_WORDS))
_PUBLIC = re.compile("|".join(re.escape(word) for word in PUBLIC_WORDS))


def seen_or_shown(own: ClauseEvidence, own_all: ClauseEvidence) -> ClauseEvidence:
    """`own` with the staff's access (security) or the making public (sharing) the lexicon
    asserted in the clause, where the dominance rule left it out or beside a reading it rules
    out, and the cues behind it name the service's people or everyone."""
    if not own:
        return own  # nothing asserted, or a line emptied on purpose (a definition, a contact)
    found = own_all.get(SECURITY)
    if (
        found is not None
        and found.score >= THRESHOLD
        and (SECURITY not in own or not STAFF_DROPS.isdisjoint(own))
        and found.cues_hold(_STAFF)
    ):
        return _with(own, SECURITY, found, STAFF_DROPS)
    found = own_all.get(SHARING)
    if (
        found is not None
        and found.score >= THRESHOLD
        and (SHARING not in own or not PUBLIC_DROPS.isdisjoint(own))
        and found.cues_hold(_PUBLIC)
    ):
        change = own.get(CHANGE)
        # "Changes are published on this page": the policy's own publication, told as surely.
        if change is None or found.score > change.score:
            return _with(own, SHARING, found, PUBLIC_DROPS)
    return own


def _with(
    own: ClauseEvidence, category: str, found: Evidence, dropped: frozenset[str]
) -> ClauseEvidence:
    kept = {c: e for c, e in own.items() if c not in dropped}
    kept[category] = own.get(category, found)
    return kept
