"""Sharing against collection (session 18, branch heads21), in every language read.

a. A heading or sentence that names the sharing of "the information we collect" states sharing
   only: the relative clause ("that we collect", "die wir erheben", "que nous collectons",
   "которую собираем", "که جمع‌آوری می‌کنیم", "التي نجمعها", "vi samlar in", "жинайтын") names
   the object shared, not a practice of its own. Russian "делимся" / "поделиться" with data is
   sharing.
b. Information the service receives from third parties, partners, public sources or social
   networks ("Information we collect from third parties", "Informationen, die wir von Dritten
   erhalten", "Données que nous recevons de nos partenaires") is collection by the first party,
   not sharing, unless the line also says data goes to them.
c. The sub-headings of a numbered sharing section ("Service providers", "For legal reasons",
   "With your consent", "По требованию закона", "لأسباب قانونية") name its cases: they are
   sharing. A heading that names a law in general ("by law") names no jurisdiction, and one
   that names consent inside a section on another practice names that practice's case.

The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, TP, check_phrasing, line_categories_shown

# (text, a category it must get, a category it must not get or "")
NAMES_WHAT_IS_SHARED = [
    ("How we share the information we collect", TP, FP),
    ("We may share information we collect about you with our affiliates.", TP, FP),
    ("We do not sell the information that we collect.", TP, FP),
    ("Wie wir die erfassten Informationen weitergeben", TP, FP),
    ("Wir teilen die erhobenen Daten mit Unternehmen unserer Gruppe.", TP, FP),
    ("Comment nous partageons les informations que nous collectons", TP, FP),
    ("Nous ne vendons pas les données que nous collectons.", TP, FP),
    ("Как мы делимся информацией, которую собираем", TP, FP),
    ("Мы можем поделиться собранной информацией с компаниями нашей группы.", TP, FP),
    ("Hur vi delar de uppgifter vi samlar in", TP, FP),
    ("Vi säljer inte de uppgifter vi samlar in.", TP, FP),
    ("Біз жинайтын ақпаратты қалай бөлісеміз", TP, FP),
    ("نحوه اشتراک‌گذاری اطلاعاتی که جمع‌آوری می‌کنیم", TP, FP),
    ("كيف نشارك المعلومات التي نجمعها", TP, FP),
    ("لا نبيع البيانات التي نجمعها.", TP, FP),
]

# Collection and use still stated beside sharing, or alone.
STILL_COLLECTION = [
    ("How we use the information we collect", FP, TP),
    ("What information we collect and how we share it", FP, ""),
    ("Wie wir die erhobenen Daten verwenden", FP, TP),
    ("Nous utilisons les données que nous collectons pour améliorer nos services.", FP, TP),
    ("Как мы используем собранную информацию", FP, TP),
    ("Vi använder de uppgifter vi samlar in för att förbättra tjänsten.", FP, TP),
    ("نستخدم المعلومات التي نجمعها لتحسين خدماتنا.", FP, TP),
]

RECEIVED_FROM_OTHERS = [
    ("Information we collect from third parties", FP, TP),
    ("We may receive information about you from our partners.", FP, TP),
    ("Information from other sources", FP, TP),
    ("Third-party sources", FP, TP),
    ("Von Dritten erhaltene Daten", FP, TP),
    ("Données reçues de nos partenaires", FP, TP),
    ("Informationen, die wir von Dritten erhalten", FP, TP),
    ("Wir erhalten möglicherweise Informationen über Sie von unseren Partnern.", FP, TP),
    ("Données que nous recevons de nos partenaires", FP, TP),
    ("Données collectées auprès de tiers", FP, TP),
    ("Информация, полученная от третьих лиц", FP, TP),
    ("Мы можем получать информацию о вас от наших партнеров.", FP, TP),
    ("Vi kan få uppgifter om dig från våra partner.", FP, TP),
    ("Uppgifter från andra källor", FP, TP),
    ("Үшінші тұлғалардан алынған ақпарат", FP, TP),
    ("اطلاعات دریافت‌شده از اشخاص ثالث", FP, TP),
    ("المعلومات التي نحصل عليها من أطراف ثالثة", FP, TP),
]

# Data that goes to them is still sharing.
STILL_SHARING = [
    ("We share your information with third parties who help us deliver the service.", TP, ""),
    ("Wir geben Ihre Daten an Dritte weiter, die uns bei der Erbringung helfen.", TP, ""),
    ("Мы передаем ваши данные третьим лицам, которые помогают нам оказывать услуги.", TP, ""),
    ("Nous transmettons vos données à des partenaires qui livrent vos commandes.", TP, ""),
    ("Vi delar dina uppgifter med tredje parter som hjälper oss att leverera tjänsten.", TP, ""),
    # Cookies "from" third parties are theirs: placed by them, not received by the service.
    ("We allow cookies from our advertising partners on our pages.", TP, ""),
    ("Our website uses cookies from third parties such as advertising networks.", TP, ""),
    ("Wir setzen Cookies von Drittanbietern ein, etwa von Werbenetzwerken.", TP, ""),
    ("Vi använder cookies från tredje part, till exempel annonsnätverk.", TP, ""),
    ("Nous utilisons des cookies provenant de nos partenaires publicitaires.", TP, ""),
    ("يستخدم موقعنا ملفات تعريف ارتباط من شركائنا الإعلانيين.", TP, ""),
    ("На сайте используются файлы cookie от третьих лиц, например рекламных сетей.", TP, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NAMES_WHAT_IS_SHARED)
def test_sharing_what_we_collect_is_sharing_only(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), STILL_COLLECTION)
def test_using_what_we_collect_is_still_collection(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), RECEIVED_FROM_OTHERS)
def test_information_received_from_others_is_collection(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), STILL_SHARING)
def test_data_given_to_others_is_still_sharing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# c. A numbered sharing section whose sub-headings name its cases: each sub-heading is
# sharing, whether it names a party ("Service providers"), nothing a cue knows ("For legal
# reasons", which the model reads as a generic heading) or consent ("With your consent").
SHARING_SECTIONS = [
    (
        "Privacy Policy\n\n1. Information we collect\n"
        "We collect your name and e-mail address when you register.\n\n"
        "2. How we share your information\n"
        "We share your information only in the following cases:\n"
        "With your consent\n"
        "We share information with other companies when you ask us to.\n"
        "Service providers\n"
        "We use vendors who host our website and process payments.\n"
        "For legal reasons\n"
        "We may disclose information to authorities if the law requires it.\n\n"
        "3. Data retention\nWe keep your data for as long as your account is active.\n",
        ["With your consent", "Service providers", "For legal reasons"],
    ),
    (
        "Политика конфиденциальности\n\n1. Какие данные мы собираем\n"
        "Мы собираем ваше имя и адрес электронной почты при регистрации.\n\n"
        "2. Передача данных\n"
        "Мы передаем ваши данные только в следующих случаях:\n"
        "С вашего согласия\n"
        "Мы передаем данные третьим лицам, если вы сами нас об этом попросите.\n"
        "Поставщики услуг\n"
        "Мы привлекаем подрядчиков для хостинга и приема платежей.\n"
        "По требованию закона\n"
        "Мы можем передать данные государственным органам, если этого требует закон.\n\n"
        "3. Срок хранения\nМы храним ваши данные, пока существует ваш аккаунт.\n",
        ["С вашего согласия", "Поставщики услуг", "По требованию закона"],
    ),
    (
        "سياسة الخصوصية\n\n1. المعلومات التي نجمعها\n"
        "نجمع اسمك وبريدك الإلكتروني عند التسجيل.\n\n"
        "2. مشاركة معلوماتك\n"
        "نشارك معلوماتك فقط في الحالات التالية:\n"
        "بموافقتك\n"
        "نشارك البيانات مع أطراف ثالثة عندما تطلب منا ذلك.\n"
        "مزودو الخدمات\n"
        "نستعين بمقاولين للاستضافة ومعالجة المدفوعات.\n"
        "لأسباب قانونية\n"
        "قد نفصح عن البيانات للسلطات إذا اقتضى القانون ذلك.\n\n"
        "3. مدة الاحتفاظ\nنحتفظ ببياناتك طالما أن حسابك نشط.\n",
        ["بموافقتك", "مزودو الخدمات", "لأسباب قانونية"],
    ),
]


@pytest.mark.parametrize(("text", "subheadings"), SHARING_SECTIONS)
def test_subheadings_of_a_sharing_section_are_sharing(text: str, subheadings: list[str]) -> None:
    shown = line_categories_shown(text)
    for heading in subheadings:
        assert shown[heading] - {"other"} == {TP}, (heading, shown[heading])


def test_consent_heading_in_a_section_of_its_own_stays_a_choice() -> None:
    text = (
        "Privacy Policy\n\n1. How we share your information\n"
        "We share your information with payment providers.\n\n"
        "2. Your consent\n"
        "You can withdraw your consent at any time in the settings.\n"
    )
    assert CH in line_categories_shown(text)["2. Your consent"]


# ...and in a flat policy (unnumbered headings), where the cases look like next topics: one the
# model alone reads as generic ("Safety") or that names consent only goes on with the topic
# before it when its own lines do.
FLAT_SHARING = (
    "Privacy Policy\n\nInformation We Collect\n"
    "We collect the information you give us when you create an account.\n\n"
    "How We Share Information\n"
    "We may share information about you as follows:\n"
    "Affiliates\n"
    "We may share information with companies in our group.\n"
    "Safety\n"
    "We may share information to protect the rights and safety of our users.\n"
    "With Your Consent\n"
    "We may share information with other parties when you direct us to do so.\n\n"
    "Your Choices\n"
    "You can opt out of promotional e-mails at any time.\n"
)


def test_cases_of_a_flat_sharing_section_are_sharing() -> None:
    shown = line_categories_shown(FLAT_SHARING)
    for heading in ("Affiliates", "Safety", "With Your Consent"):
        assert shown[heading] - {"other"} == {TP}, (heading, shown[heading])
    assert CH in shown["Your Choices"]


def test_consent_heading_over_choices_stays_a_choice_in_a_flat_policy() -> None:
    text = (
        "Privacy Policy\n\nHow We Share Information\n"
        "We share your information with payment providers.\n\n"
        "With your consent\n"
        "You can withdraw your consent at any time in the app settings.\n"
    )
    assert CH in line_categories_shown(text)["With your consent"]
