"""Who sees the data: the service's own people (access limitation) or everyone (made public).

Shop, forum and open-source app policies say who may look at what a user gives them. Two
families, in every language read:

- the service's own staff, team, moderators, administrators or volunteers "have access to" or
  "can see" the data ("Only a few members of our team have access to your details", "Модераторы
  форума могут видеть ваш e-mail", "لا يطلع على بياناتك إلا موظفونا"): an access limitation,
  `data_security` by the labelling guidelines -- not the user's own right of access, not
  collection, and no third party (the staff are the first party);
- what the user posts is shown to everyone ("Your posts are visible to everyone who visits the
  forum", "Отзывы публикуются на странице товара", "Ihre Beiträge sind öffentlich"): made
  public, which OPP-115 counts as disclosure to a third party (the public),
  `third_party_sharing_collection`; a short heading naming what is public ("Public
  information", "Öffentliche Angaben") too.

A line that tells the user what *they* can see or do ("you can view your orders") is the user's
access, and is left alone, as are staff of another company (a supplier's support team), a
line about the policy itself being published, aggregate statistics, data taken *from* public
sources, and a negation ("is never made public").
"""

from __future__ import annotations

import re

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.normalize import normalize_key

SECURITY = "data_security"
SHARING = "third_party_sharing_collection"
ACCESS = "user_access_edit_deletion"
COLLECTION = "first_party_collection_use"
CHANGE = "policy_change"
CHOICE = "user_choice_control"
RETENTION = "data_retention"
SEEN_SCORE = 0.8
STAFF_NOTE = "the service's own staff see the data: access limitation"
PUBLIC_NOTE = "shown to everyone: made public"

# The service's own people (folded: lower case, ی/ک, ة → ه, no ZWNJ).
_STAFF = re.compile(
    r"""\b(?:staff|employees?|personnel|team\smembers|our\steam|support\steam|support\sagents?
      |moderators?|(?:our|the|forum|board|site)\s(?:\w+\s)?administrators?|admins?|volunteers?
      |store\smanagers?|shop\smanagers?)\b
    |сотрудник|персонал|работник|членов\sнашей\sкоманд|наша\sкоманд|модератор|администратор
      |волонт[её]р|менеджер
    |mitarbeite|\bteams?\b|\bpersonal\s(?:hat|haben|kann|können|des|der)\b|beschäftigte
      |moderatoren|administratoren|helfer
    |équipe|\b(?:le|notre|du|au)\spersonnel\b|salarié|employé|modérateur|administrateur|bénévole
      |collaborateurs
    |\bpersonalen\b|\bpersonal\s(?:har|kan|ser)\b|\bteam(?:et)?\b|anställda|medarbetare|moderatorer
      |administratörer|volontär|kundtjänst|kundservice
    |کارکنان|کارمند|تیم\s|اعضای\sتیم|مدیران|ناظران|داوطلب
    |موظفو|موظفی|الموظف|لموظف|فریق|مشرف|مدیری|المدیر|مدیرو|متطوع|العاملین|العاملون
    |қызметкер|команда|модератор|әкімші|ерікті""",
    re.VERBOSE,
)

# Looking at or having access to data.
_SEES = re.compile(
    r"""\b(?:(?:ha(?:ve|s)|needs?|requires?|gets?|given|granted)\s(?:\w+\s)?access
      |(?:will|can|may)\s(?:see|view|read|access)\s(?:\w+\s){0,2}?(?:your|it|them|the\s(?:\w+\s)?(?:data|information|details|records|messages|e-?mail|address|order|account|history|contents?|reports?|logs?))\b
      |(?:sees|views)\s(?:\w+\s){0,2}?(?:your|it|them|the\s(?:\w+\s)?(?:data|information|details|records|messages|e-?mail|address|order|account|history|contents?|reports?|logs?))\b)
    |доступ|видят|видит|видеть|увидеть|просматрива|просмотр
    |zugriff|zugang|sieht|sehen|einsehen|einsicht
    |\bont\saccès|\ba\saccès|accès|\bvoir\b|\bvoit\b|\bvoient\b|consult
    |tillgång|åtkomst|\bkan\sse\b|ta\sdel\sav|tar\s(?:\w+\s)?del\sav
    |دسترسی|میبین|ببین|مشاهده
    |یطلع|الاطلاع|رویه|یری\s|الوصول
    |қол\sжеткіз|көреді|көре\sалады""",
    re.VERBOSE,
)

# Whose people they are: the service's own ("our", the shop's, the forum's), people whose role
# is the service's (moderators, volunteers), or access granted "only" to a few. Staff of a
# pickup point or a courier named alone may be another company's.
_OURS = re.compile(
    r"""\b(?:our|we|only|limited|restricted|moderators?|volunteers?|shop|store|forum|company|site)\b
    |\bнаш|только|ограничен|модератор|волонт[её]р|магазин|компании|сервиса|форума|сайта
    |\bunser|\bnur\b|beschränkt|begrenzt|moderatoren|ehrenamtlich|\bshops\b|unternehmens|forums
    |\bnotre\b|\bnos\b|seul|limité|restreint|réservé|modérateur|bénévole|boutique|société
    |\bvår|\bendast\b|\bbara\b|begränsad|moderatorer|volontär|butikens|företagets|forumets
    |\sما\s|\sما$|فقط|محدود|ناظران|داوطلب|فروشگاه|شرکت|سایت|انجمن
    |نا\b|لدینا|الا\s|مشرف|متطوع|المتجر|الشرکه|الموقع|المنتدی
    |біздің|\w+(?:мыз|міз)\b|тек|модератор|ерікті|дүкен|компания|форум""",
    re.VERBOSE,
)

# The user's own access ("you can see your orders"), or a third party beside the staff.
_USER_ACTS = re.compile(
    r"""\byou\s(?:can|may|have|want|wish)|\bif\syou|\bright|droit|\brecht|rätt|\bправ[оа]|حق\s(?:الوصول|دسترسی|الاطلاع)|حقوق|құқ|\bвы\sможете|\bsie\sk[öo]nnen|\bvous\spouvez|\bdu\s(?:kan|har)
    |شما\sمیتوانید|یمکنک|یحق\sلک|сіз\s""",
    re.VERBOSE,
)
_THIRD = re.compile(
    r"third|partner|provider|supplier|vendor|processor|contractor|партн[её]р|треть|подрядчик"
    r"|поставщик|dritt|dienstleister|auftragsverarbeit|tiers|prestataire|sous-traitant|tredje"
    r"|leverantör|biträde|شرکا|شخص\sثالث|اطراف\sثالث|شرکای|پیمانکار|مزود|موردین|үшінші|серіктес"
)

# Shown to everyone.
_PUBLIC = re.compile(
    r"""\bvisible\sto\s(?:everyone|anyone|all|other|the\spublic)|publicly\s(?:visible|displayed|shown)
      |\b(?:is|are)\s(?:made\s)?public\b|\bappears?\spublicly|\bdisplayed\spublicly
      |\b(?:is|are|will\sbe|may\sbe|get)\spublished\s(?:on|in|with|under)\s
      |can\sbe\sseen\sby\s(?:anyone|everyone|other|the\spublic)|\bpublic\sprofile
    |видн[ыао]?\sвсем|(?:видн|открыт|доступн)[ыао]?\sдля\sвсех|доступн[ыао]?\sвсем|общедоступн[ыао]?\b|публику[ею]тся\s(?:на|в|вместе|под)
      |публичн\w*\s(?:профил|страниц)|публично\s(?:доступн|видн)|в\sпубличном\sдоступе
      |(?:являются|становятся|будут)\sпубличными|увидеть\sлюбой|увидят\sдругие|видят\sдругие
    |öffentlich\s(?:sichtbar|einsehbar|angezeigt|zugänglich)|(?:ist|sind|werden|wird)\s(?:\w+\s)?öffentlich\b
      |öffentliche[sn]?\sprofil|erscheinen\söffentlich|für\salle\s.{0,40}sichtbar
      |veröffentlicht\s(?:auf|in|mit|unter|im)|werden\s.{0,40}veröffentlicht
      |von\sjedem\s.{0,60}(?:eingesehen|gesehen)|sehen\sandere\s(?:nutzer|mitglieder|besucher)
    |visibles?\spar\s(?:tous|tout|les\sautres|d'autres)|publiée?s?\s(?:sur|dans|avec|sous)\s
      |(?:sont|est|deviennent|devient|rendue?s?)\spubli(?:que|c)s?\b|profil\spublic|publiquement
      |accessibles?\sau\spublic|vue?s?\spar\s(?:tout\sle\smonde|les\sautres|d'autres)
    |syns\sför\salla|synliga?\sför|offentligt\s(?:synlig|tillgänglig)|visas\soffentligt
      |(?:är|blir)\soffentliga?\b|offentliga?\sprofil|publiceras|kan\sses\sav
    |برای\s(?:همه|عموم|دیگران|سایر\sکاربران|کاربران\sدیگر)\s.{0,30}(?:قابل\sمشاهده|نمایش|دیده)
      |(?:به\s?صورت|به\s?طور|بطور)\sعمومی|(?:نمایه|پروفایل|تاریخچه)\sعمومی|عمومی\s(?:است|هستند|میشود)
      |(?:شما|کاربری)\s.{0,60}منتشر\s(?:میشود|خواهد)|هر\sکسی\sمیتواند|کاربران\sدیگر\s.{0,30}میبینند
    |ظاهره\sلجمیع|علنی|یتم\sنشر|تنشر\s.{0,40}علی\s(?:صفحه|الموقع|موقع)|لای\sشخص\sرویت|یراه\sالمستخدمون|متاحه\sللجمیع
      |متاحه\sللعموم|یمکن\sللجمیع
    |барлық\s.{0,40}көрінеді|жария\s(?:болады|түрде|етіледі)|жарияланады|\bжария\b
      |кез\sкелген\sадам\s.{0,60}көре|басқа\sпайдаланушылар\s.{0,40}көреді""",
    re.VERBOSE,
)
# Data taken from public sources, the policy being published, or a public authority.
_NOT_PUBLIC = re.compile(
    r"""from\s.{0,30}public|public\s(?:sources|authorit|bodies|holiday)|из\sобщедоступн
      |из\sоткрыт|публичн\w*\sоферт|öffentlich\w*\s(?:quellen|stellen|behörde|zugänglichen\squellen)
      |öffentlichen\srecht|sources\spubliques|autorités?\spubliques|pouvoirs\spublics
      |offentliga\skällor|myndighet|منابع\sعمومی|مصادر\sعامه|جهات\sعامه|السلطات\sالعامه
      |ашық\sкөздер|policy|politique|richtlinie|datenschutzerklärung|datenschutzhinweis|политик
      |integritetspolicy|سیاست|السیاسه|саясат|wifi|wi-fi|network|\bсет[ьи]\b|netzwerk|réseau
      |نشر\sالاعلان|اعلان|version|fassung|версия|верси|نسخه|ای\sتعدیل|تعدیل\s(?:هذه|السیاسه|البیان)|تغییر|\bchange|änder|modif
      |изменени|ändring|нұсқа|редакци|update|revis|statement|notice|erklärung|hinweis|öffentlichkeit|statisti|aggregat|anonym|агрегир|обезличен
      |source\scode|källkod|quellcode|code\ssource|исходн\w*\sкод|کد\sمنبع|الشیفره\sالمصدریه
      |бастапқы\sкод|document|dokument|документ|الوثیقه|المستند|public\sregist|offentliga\sregist|öffentlichen\sregist|registres?\spublics?|реестр|سجل\sعام""",
    re.VERBOSE,
)
# A negation just before what is shown: the line says it is *not* made public.
_NEGATION = re.compile(
    r"\b(?:not|never|no|не|ни|nicht|nie|keine?|ne|pas|jamais|inte|aldrig|icke)\b|n't|نمی|هرگز"
    r"|\bلا\s|\bلن\s|\bغیر\s|емес"
)

# A short heading that names what is public ("Public information", "Öffentliche Angaben").
_PUBLIC_HEADING = re.compile(
    r"""^\W{0,3}(?:\d+(?:\.\d+)*\.?\s)?(?:
      (?:public|publicly\svisible)\s(?:information|data|content|profile|contributions)
     |what\s(?:is|we\smake)\spublic
     |публичн\w*\s(?:информаци|данн|профил|сведени)\w*
     |öffentliche[sn]?\s(?:angaben|daten|informationen|profil|inhalte)
     |(?:informations|données|contributions|contenus)\spubli(?:que|c)s?|profil\spublic
     |offentliga\s(?:uppgifter|bidrag)|offentlig\s(?:information|profil)
     |жария\s(?:ақпарат|деректер|профиль)
    )\W{0,3}$""",
    re.VERBOSE,
)


# Parts every match of `_STAFF` / `_SEES` / `_PUBLIC` contains (in the folded line): a line
# holding none is spared the long alternations, which Python's regex engine tries branch by
# branch at every position (without this test, half the analysis time of a Persian text).
# tests/unit/test_seen_by_prefilter.py checks each alternative's examples against them.
SEES_PARTS = (
    "access", "see", "view", "read", "доступ", "вид", "просм", "zug", "sieht", "sehen",
    "einsicht", "accès", "voi", "consult", "tillgång", "åtkomst", "kan se", "del av",
    "دسترسی", "میبین", "ببین", "مشاهده", "یطلع", "الاطلاع", "رویه", "یری", "الوصول",
    "жеткіз", "көре",
)  # fmt: skip
STAFF_PARTS = (
    "staff", "employee", "personnel", "personal", "team", "support agent", "moderator", "admin",
    "volunteer", "manager", "сотрудник", "персонал", "работник", "команд", "модератор",
    "администратор", "волонт", "менеджер", "mitarbeite", "beschäftigte", "helfer", "équipe",
    "salarié", "employé", "modérateur", "administrateur", "bénévole", "collaborateurs",
    "anställda", "medarbetare", "volontär", "kundtjänst", "kundservice", "کارکنان", "کارمند",
    "تیم", "مدیر", "ناظران", "داوطلب", "موظف", "فریق", "مشرف", "متطوع", "العامل", "қызметкер",
    "әкімші", "ерікті",
)  # fmt: skip
PUBLIC_PARTS = (
    "visible", "publi", "seen by", "видн", "открыт", "доступн", "публи", "вид", "öffentlich",
    "sichtbar", "gesehen", "sehen", "vu", "syns", "synlig", "offentlig", "ses av",
    "عمومی", "منتشر", "هر کسی", "میبینند", "ظاهره", "علنی", "نشر", "رویت", "یراه", "متاحه",
    "للجمیع", "көрінеді", "жария", "көре",
)  # fmt: skip
# The Persian "برای همه … قابل مشاهده / نمایش / دیده" needs both; "مشاهده" alone is common.
PUBLIC_PAIR = ("برای", ("مشاهده", "نمایش", "دیده"))
# Most lines hold no part of any of the three: one search for them all comes first.
_ANY_PART = re.compile(
    "|".join(
        re.escape(part)
        for part in sorted({*STAFF_PARTS, *PUBLIC_PARTS, PUBLIC_PAIR[0]}, key=len, reverse=True)
    )
)


def _public_part(folded: str) -> bool:
    return any(part in folded for part in PUBLIC_PARTS) or (
        PUBLIC_PAIR[0] in folded and any(part in folded for part in PUBLIC_PAIR[1])
    )


def seen_by(
    line: str, heading: bool, own: ClauseEvidence, own_all: ClauseEvidence
) -> tuple[ClauseEvidence, ClauseEvidence]:
    """`own` and `own_all` with an access limitation or a making public read where the line
    states one."""
    if len(line) > 400:
        return own, own_all
    # An ASCII line's folded form is its lower case (normalize_key only folds other scripts).
    folded = line.lower() if line.isascii() else normalize_key(line)
    if _ANY_PART.search(folded) is None:
        return own, own_all
    if heading:
        if own or not _PUBLIC_HEADING.search(folded):
            return own, own_all
        found = Evidence(SEEN_SCORE, [], "lexicon", PUBLIC_NOTE)
        return {SHARING: found}, {**own_all, SHARING: found}
    if (
        any(part in folded for part in STAFF_PARTS)
        and any(part in folded for part in SEES_PARTS)
        and _STAFF.search(folded)
        and _SEES.search(folded)
        and not _USER_ACTS.search(folded)
        and not _THIRD.search(folded)
        and _OURS.search(folded)
    ):
        return _with(
            own, own_all, SECURITY, STAFF_NOTE, (ACCESS, COLLECTION, CHANGE, CHOICE, SHARING)
        )
    if not _public_part(folded):
        return own, own_all
    shown = _PUBLIC.search(folded)
    if (
        shown is not None
        and not _NOT_PUBLIC.search(folded)
        and not _NEGATION.search(folded, max(0, shown.start() - 40), shown.start())
    ):
        return _with(own, own_all, SHARING, PUBLIC_NOTE, (ACCESS, CHANGE))
    return own, own_all


def _with(
    own: ClauseEvidence,
    own_all: ClauseEvidence,
    category: str,
    note: str,
    dropped: tuple[str, ...],
) -> tuple[ClauseEvidence, ClauseEvidence]:
    """`own` with `category` asserted (its own evidence, cues and all, kept where the line had
    it already) and the `dropped` categories taken off; `own_all` with it too."""
    overruled = own_all.get(category)
    if overruled is not None and overruled.by_model:
        if overruled.score < THRESHOLD:
            return own, own_all  # a model read this practice's cues here and overruled them
    found = {c: e for c, e in own.items() if c not in dropped}
    had = own.get(category)
    if had is None or had.score < SEEN_SCORE:
        found[category] = Evidence(SEEN_SCORE, list(had.cues) if had else [], "lexicon", note)
    return found, {**own_all, category: found[category]}
