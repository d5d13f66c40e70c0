"""The word for privacy or confidentiality alone: a title or a pledge, no security practice.

Policies head a section, or title the whole notice, with the word for privacy: "Sekretess",
"محرمانگی", "Конфиденциальность", "Vertraulichkeit", "Құпиялылық", "Қауіпсіздік саясаты" (the
notice's own name on some Kazakh sites), and open with a pledge: "Din integritet är viktig för
oss", "Wir respektieren Ihre Privatsphäre", "نحن نحترم خصوصيتك". In several languages the same
word names the confidentiality measures that are `data_security` ("uppgifter som omfattas av
sekretess", "شرط محرمانگی"), so its cue is a security cue; but a bare word, a title or a pledge
states no measure (the guidelines: a generic heading such as "Privacy Policy" is `other`), and a
heading read as security gave its label to every line of its section.

Such a line keeps no security of its own (a cue or the model), and a heading of such words is
generic, as "Privacy Policy" is: it ends the section before it and takes nothing from its own.
A line that names a means (encryption, measures, passwords, access) is no bare pledge and keeps
what it has. Only lines read as security are looked at (a few in a policy).
"""

from __future__ import annotations

import re

from policylens.core.classifier import ClauseEvidence, Evidence
from policylens.core.normalize import normalize_key
from policylens.core.taxonomy import OTHER, SECURITY

# The words a bare privacy heading or title is made of (folded by `normalize_key`: no ZWNJ,
# Arabic ي/ك/ة as ی/ک/ه): the privacy words, "policy", "notice", "and", "your", "about".
_PRIVACY_WORDS = frozenset(
    """privacy confidentiality
    sekretess integritet integriteten integritetsskydd personlig
    конфиденциальность конфиденциальности приватность приватности неприкосновенность
    частной жизни соблюдение
    құпиялылық құпиялылығы құпиялылықты құпиялылығыңыз құпиялылығыңызды құпиялылыққа
    محرمانگی حریم خصوصی رازداری
    السریه سریه الخصوصیه خصوصیه خصوصیتک خصوصیتکم الکتمان
    vertraulichkeit privatsphäre datenschutz
    confidentialité vie privée""".split()
)
_FRAME_WORDS = frozenset(
    """your our and the of at a on about policy notice statement &
    din er ert och om för skydd policy
    ваша вашей ваш и о об политика персональных данных информации пользователей
    сіздің және мен туралы саясаты саясат ережесі дербес жеке деректердің деректер ақпараттың
    و سیاست حفظ شما درباره بیانیه اعلامیه
    سیاسه حول بیان
    und ihre ihrer ihr der die zum schutz
    et de la votre vos politique protection respect du""".split()
)
# The notice's name on some Kazakh sites: "Security policy" as its title.
_TITLE = re.compile(r"^қауіпсіздік\sсаясаты$")

_NUMBER = re.compile(r"^[\W\d_]*(?:(?:статья|ماده|المادة|article|artikel|§)\s*[\d.]*\W*)?")
_WORD = re.compile(r"[^\W\d_]+")

# A pledge: the privacy word with respect, value, importance or priority, in a short sentence.
_PLEDGE_PRIVACY = re.compile(
    r"privacy|integritet|sekretess|конфиденциальн|приватн|құпиялылы|حریم\s?خصوصی|محرمانگی"
    r"|خصوصیه|خصوصیت|privatsphäre|vie\sprivée|confidentialité"
)
_PLEDGE_VERB = re.compile(
    r"respect|value|important|matters|priority|seriously|care\sabout"
    r"|respekter|värnar|viktig|värdesätter|prioritet|allvar"
    r"|уважа|ценим|важн|приоритет|серь[её]зн|заботимся|бережно"
    r"|құрметте|маңызды|қадірле|басымдық"
    r"|احترام|اهمیت|مهم|اولویت|ارزش|نحترم|نقدر|اولوی|نهتم|تهمنا|یهمنا"
    r"|respektier|achten|wichtig|ernst|schätzen|priorität|am\sherzen"
    r"|respect|importan|priorit|sérieux|cœur|tenons\sà"
)
# A means of protection named in the line: it states a measure.
_MEANS = re.compile(
    r"encrypt|tls|ssl|https|firewall|measure|safeguard|password|access"
    r"|krypter|åtgärd|lösenord|behörig|шифр|\bмер[аыу]?\b|пароль|доступ|шифрла|шара|құпиясөз"
    r"|رمزنگاری|تدابیر|اقدامات|رمز\sعبور|دسترسی|تشفیر|اجراءات|کلمه\sالمرور|الوصول"
    r"|verschlüssel|maßnahm|passwort|zugriff|chiffr|mesures|mot\sde\spasse|accès"
)
_SENTENCE_END = re.compile(r"[.!?؟]")


def _words(folded: str) -> list[str]:
    return _WORD.findall(_NUMBER.sub("", folded, count=1))


def is_bare_privacy_heading(line: str) -> bool:
    """The line is only the word for privacy or confidentiality, or the notice's title made of
    it ("Sekretess", "3. Confidentiality", "حریم خصوصی و محرمانگی", "Қауіпсіздік саясаты")."""
    if len(line) > 60:
        return False
    folded = normalize_key(line).strip()
    words = _words(folded)
    if not words or len(words) > 6:
        return False
    if _TITLE.match(" ".join(words)):
        return True
    bare = [w[1:] if w.startswith("و") and w[1:] in _PRIVACY_WORDS else w for w in words]
    return any(w in _PRIVACY_WORDS for w in bare) and all(
        w in _PRIVACY_WORDS or w in _FRAME_WORDS for w in bare
    )


def is_privacy_pledge(line: str) -> bool:
    """A short sentence that respects or values the reader's privacy and names no means ("We
    respect your privacy", "Din integritet är viktig för oss", "نحن نحترم خصوصيتك")."""
    if len(line) > 160:
        return False
    folded = normalize_key(line)
    end = _SENTENCE_END.search(folded)
    sentence = folded if end is None else folded[: end.start()]
    return (
        len(sentence) <= 110
        and _PLEDGE_PRIVACY.search(sentence) is not None
        and _PLEDGE_VERB.search(sentence) is not None
        and _MEANS.search(folded) is None
    )


def without_bare_privacy(
    line: str, heading: bool, own: dict[str, Evidence], own_all: ClauseEvidence
) -> tuple[dict[str, Evidence], ClauseEvidence]:
    """`own` and `own_all` of a line read as security: a bare privacy heading or title keeps no
    practice and reads as generic (it ends the section before it); a privacy pledge keeps no
    security. Other lines are returned as they are."""
    if SECURITY not in own:
        return own, own_all
    if is_bare_privacy_heading(line):
        generic = Evidence(0.8, [], "lexicon", "the word for privacy alone")
        return {}, {**own_all, OTHER: generic}
    if not heading and is_privacy_pledge(line):
        return {c: e for c, e in own.items() if c != SECURITY}, own_all
    return own, own_all
