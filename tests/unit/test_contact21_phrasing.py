"""Contact blocks, regions, changes of the policy and the controller (session 18, branch
contact21). Written for this test, in every language read, not taken from any policy:

- the lines of a contact block name where the company sits, not an audience: a bare country or
  city line, a postal line with its country, and a short head introducing an address ("If you
  live in North America:") are contact details (`other`), the company's name under such a head
  too; a head naming a law keeps it ("Controller within the meaning of the GDPR:");
- a line giving a practice for a region is about that audience: "For people outside North
  America, the data controller is …" (North and Latin America, Europe, Brazil named in each
  language), and a heading of data-protection rights there names the rights as well
  ("Data protection rights in Europe", "Права защиты данных в Европе");
- a list of the topics of the service's e-mails with "important policy changes" among them is
  the service's use of the address, not a change of this policy, and a line saying which text
  this one was adapted from is `other`, though it closes the section on changes; a line that
  notifies of changes, or names this policy, is still a change ("О существенных изменениях мы
  сообщим вам по электронной почте");
- a line naming or asking who is responsible for the data ("Who is responsible for processing
  your information?", "Wer ist für die Verarbeitung Ihrer Informationen zuständig?") names the
  controller, not a use of the data (`other`), and so does "Who are we?"; information collected
  "as a controller" is still collected.
"""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, IN, PC, TP, check_phrasing

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

FIRST = {
    "en": "We collect your name and e-mail address when you create an account.",
    "de": "Wir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto anlegen.",
    "fr": "Nous collectons votre nom et votre adresse e-mail lors de la création du compte.",
    "sv": "Vi samlar in ditt namn och din e-postadress när du skapar ett konto.",
    "ru": "Мы собираем ваше имя и адрес электронной почты при создании аккаунта.",
    "kk": "Біз тіркелу кезінде сіздің атыңыз бен электрондық поштаңызды жинаймыз.",
    "fa": "ما هنگام ثبت نام، نام و نشانی ایمیل شما را جمع آوری میکنیم.",
    "ar": "نجمع اسمك وعنوان بريدك الإلكتروني عند إنشاء حساب.",
}


def line_categories(lines: list[str]) -> list[set[str]]:
    """The categories shown on each line of a small policy made of `lines`."""
    text = "\n".join(lines) + "\n"
    document = Document.from_text(text, title="case", format="txt")
    clauses = analyze_with_model(document)
    shown: list[set[str]] = []
    start = 0
    for line in lines:
        end = start + len(line)
        shown.append(
            {
                c
                for clause in clauses
                if min(end, clause.end) - max(start, clause.start) > 0
                for c in clause.category_ids
            }
        )
        start = end + 1
    return shown


# (language, contact block after a "Contact us" heading: lines that must show no audience)
BLOCKS = [
    (
        "en",
        "Contact us",
        [
            "Nordlicht B.V.",
            "Prins Bernhardplein 200, Amsterdam 1097JB, The Netherlands",
            "Nordlicht GmbH",
            "Hauptstraße 12",
            "D-10115 Berlin",
            "Germany",
        ],
    ),
    (
        "en",
        "Contact us",
        [
            "Nordlicht Software GmbH",
            "Hauptstraße 12",
            "12345 Musterstadt, Germany",
            "Germany",
            "privacy@nordlicht.example",
            "If you live in North America:",
            "Nordlicht Inc.",
            "400 Main Street, Suite 20",
            "Portland, OR 97204",
            "United States",
        ],
    ),
    (
        "de",
        "Kontakt",
        [
            "Nordlicht Software GmbH",
            "Hauptstraße 12",
            "12345 Musterstadt, Deutschland",
            "Deutschland",
            "datenschutz@nordlicht.example",
            "Wenn Sie in Nordamerika wohnen:",
            "Nordlicht Inc.",
            "Portland, OR 97204",
            "Vereinigte Staaten",
        ],
    ),
    (
        "fr",
        "Nous contacter",
        [
            "Nordlicht SAS",
            "12 rue des Lilas",
            "75011 Paris, France",
            "France",
            "dpo@nordlicht.example",
            "Si vous résidez en Amérique du Nord :",
            "Nordlicht Inc.",
            "Portland, OR 97204",
            "États-Unis",
        ],
    ),
    (
        "sv",
        "Kontakta oss",
        [
            "Nordlicht Software AB",
            "Storgatan 12",
            "114 55 Stockholm",
            "Sverige",
            "dataskydd@nordlicht.example",
            "Om du bor i Nordamerika:",
            "Nordlicht Inc.",
            "Portland, OR 97204",
            "USA",
        ],
    ),
    (
        "ru",
        "Контакты",
        [
            "ООО «Нордлихт»",
            "630099, г. Новосибирск, ул. Ленина, д. 5",
            "Россия",
            "privacy@nordlicht.example",
            "Для жителей Швеции:",
            "Nordlicht AB, Storgatan 12, 114 55 Stockholm",
            "Швеция",
            "США",
        ],
    ),
    (
        "kk",
        "Байланыс",
        [
            "«Нордлихт» ЖШС",
            "050000, Алматы қ.",
            "Қазақстан",
            "privacy@nordlicht.example",
            "Егер сіз Ресейде тұрсаңыз:",
            "ООО «Нордлихт»",
            "630099, г. Новосибирск",
            "Ресей",
        ],
    ),
    (
        "fa",
        "تماس با ما",
        [
            "شرکت نوردلیخت",
            "کد پستی: ۱۵۹۸۷۶۵۴۳۲",
            "ایران",
            "privacy@nordlicht.example",
            "اگر در آلمان زندگی میکنید:",
            "Nordlicht Software GmbH",
            "Hauptstraße 12, 12345 Musterstadt",
            "آلمان",
        ],
    ),
    (
        "ar",
        "اتصل بنا",
        [
            "شركة نوردليخت",
            "شارع الملك فهد، الرياض 12345",
            "المملكة العربية السعودية",
            "privacy@nordlicht.example",
            "إذا كنت تقيم في أوروبا:",
            "Nordlicht Software GmbH",
            "Hauptstraße 12, 12345 Musterstadt",
            "ألمانيا",
        ],
    ),
]


@pytest.mark.parametrize(("language", "heading", "block"), BLOCKS)
def test_a_contact_block_names_no_audience(language: str, heading: str, block: list[str]) -> None:
    shown = line_categories(["Privacy Policy", FIRST[language], heading, *block])
    for line, categories in zip(block, shown[3:], strict=True):
        assert IN not in categories, (line, categories)


@pytest.mark.parametrize(
    ("lines", "audience"),
    [
        # a short line over a sentence is its heading, not a line of the address above
        (
            [
                "E-mail: privacy@nordlicht.example",
                "Children",
                "Our service is not directed at children under 13.",
            ],
            1,
        ),
        (
            [
                "E-mail: privacy@nordlicht.example",
                "Europe",
                "If you live in the EEA, you have the right to object to our processing.",
            ],
            1,
        ),
        # a head naming a law keeps it
        (
            [
                "Verantwortlicher im Sinne der DSGVO:",
                "Nordlicht Software GmbH",
                "Hauptstraße 12, 12345 Musterstadt",
            ],
            0,
        ),
    ],
)
def test_a_heading_over_a_sentence_or_a_law_over_an_address_keeps_its_audience(
    lines: list[str], audience: int
) -> None:
    shown = line_categories(["Privacy Policy", *lines])
    assert IN in shown[1 + audience], shown


# (text, categories it must get): a practice (or the controller) for a region.
REGIONS = [
    ("For people outside North America, the data controller is Nordlicht B.V.", IN),
    ("Für Personen außerhalb Nordamerikas ist die Nordlicht B.V. Verantwortlicher.", IN),
    (
        "Pour les utilisateurs en Amérique du Nord, le responsable est Nordlicht Inc.",
        IN,
    ),
    ("För personer utanför Nordamerika är Nordlicht B.V. personuppgiftsansvarig.", IN),
    ("Для лиц за пределами Северной Америки оператором данных является Nordlicht B.V.", IN),
    ("Если вы живёте в Великобритании, оператором является Nordlicht UK Ltd.", IN),
    ("Солтүстік Америкадағы пайдаланушылар үшін оператор — Nordlicht Inc.", IN),
    ("برای کاربران در آمریکای شمالی، مسئول پردازش داده ها Nordlicht Inc. است.", IN),
    ("بالنسبة للأشخاص خارج أمريكا الشمالية، فإن المتحكم في البيانات هو Nordlicht B.V.", IN),
    ("Zusätzliche Rechte für Nutzer in Brasilien", IN),
    ("Data protection rights in Europe", (AC, IN)),
    ("Ihre Datenschutzrechte in Europa", (AC, IN)),
    ("Dataskyddsrättigheter i Europa", (AC, IN)),
    ("Права защиты данных в Европе", (AC, IN)),
    ("حقوق حماية البيانات في أوروبا", (AC, IN)),
    ("حقوق حفاظت از داده ها در اروپا", (AC, IN)),
]


@pytest.mark.parametrize(("text", "wanted"), REGIONS)
def test_a_practice_for_a_region_names_its_audience(
    text: str, wanted: str | tuple[str, ...]
) -> None:
    check_phrasing(text, wanted, "")


def test_a_company_named_after_a_region_names_no_audience() -> None:
    check_phrasing("We use PayPal; the policy of PayPal (Europe) S.à r.l. et Cie applies.", "", IN)


# (text, a category it must get or "", one it must not get)
CHANGES = [
    (
        "We send you emails about new features, feedback requests and important policy changes.",
        FP,
        PC,
    ),
    (
        "Nous envoyons des e-mails sur les nouveautés, des demandes d'avis et les"
        " modifications importantes de nos politiques.",
        "",
        PC,
    ),
    (
        "Мы отправляем письма о новых функциях, просьбы оставить отзыв и сообщения о важных"
        " изменениях политики.",
        "",
        PC,
    ),
    (
        "Біз жаңа функциялар, пікір сұрау және саясаттағы маңызды өзгерістер туралы хаттар"
        " жібереміз.",
        "",
        PC,
    ),
    (
        "ما درباره ویژگی های جدید، درخواست بازخورد و تغییرات مهم سیاست ها برای شما ایمیل میفرستیم.",
        "",
        PC,
    ),
    (
        "We review this notice every year. If we make a significant change, we will email you and"
        " show a notice on our website.",
        PC,
        "",
    ),
    ("We will send you an e-mail about changes to this policy, new features and offers.", PC, ""),
    ("О существенных изменениях мы сообщим вам по электронной почте.", PC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CHANGES)
def test_changes_among_email_topics_are_no_change_of_the_policy(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("heading", "change", "adapted"),
    [
        (
            "Changes to this policy",
            "We may update this policy from time to time.",
            "Originally adapted from the Nordlicht privacy policy.",
        ),
        (
            "Änderungen dieser Datenschutzerklärung",
            "Wir können diese Datenschutzerklärung von Zeit zu Zeit anpassen.",
            "Ursprünglich übernommen aus der Datenschutzerklärung von Nordlicht.",
        ),
        (
            "Modifications de la présente politique",
            "Nous pouvons mettre à jour cette politique de temps à autre.",
            "Initialement adaptée de la politique de confidentialité de Nordlicht.",
        ),
    ],
)
def test_where_the_text_was_adapted_from_takes_no_change_section(
    heading: str, change: str, adapted: str
) -> None:
    shown = line_categories(["Privacy Policy", heading, change, adapted])
    assert PC in shown[2], shown
    assert shown[3] == {"other"}, shown


# (language, a heading or line naming the controller, the sentence under it)
CONTROLLERS = [
    (
        "en",
        "Who is responsible for processing your information?",
        "Nordlicht GmbH is responsible for the processing of your data.",
    ),
    (
        "de",
        "Wer ist für die Verarbeitung Ihrer Informationen zuständig?",
        "Verantwortlich für die Verarbeitung Ihrer Daten ist die Nordlicht GmbH.",
    ),
    (
        "fr",
        "Qui est responsable du traitement de vos informations ?",
        "Le responsable du traitement de vos données est Nordlicht SAS.",
    ),
    (
        "sv",
        "Vem ansvarar för dina personuppgifter?",
        "Nordlicht AB är personuppgiftsansvarig för behandlingen av dina personuppgifter.",
    ),
    (
        "ru",
        "Кто отвечает за обработку вашей информации?",
        "Оператором, осуществляющим обработку ваших персональных данных, является ООО «Нордлихт».",
    ),
    (
        "kk",
        "Сіздің ақпаратыңызды өңдеуге кім жауапты?",
        "Сіздің дербес деректеріңізді өңдеуге «Нордлихт» ЖШС жауапты.",
    ),
    (
        "fa",
        "چه کسی مسئول پردازش اطلاعات شماست؟",
        "مسئول پردازش داده های شخصی شما شرکت نوردلیخت است.",
    ),
    ("ar", "من المسؤول عن معالجة معلوماتك؟", "المسؤول عن معالجة بياناتك الشخصية هو شركة نوردليخت."),
]


@pytest.mark.parametrize(("language", "heading", "line"), CONTROLLERS)
def test_who_is_responsible_names_the_controller_not_a_use(
    language: str, heading: str, line: str
) -> None:
    shown = line_categories(["Privacy Policy", FIRST[language], heading, line])
    assert FP in shown[1], shown
    assert shown[2] == {"other"}, shown
    assert FP not in shown[3], shown


def test_who_are_we_is_no_practice_and_a_role_is_no_controller_name() -> None:
    shown = line_categories(
        ["Datenschutzerklärung", "Wer sind wir?", "Die Nordlicht GmbH betreibt die App Nordlicht."]
    )
    assert shown[1] == {"other"}, shown
    assert TP not in shown[1], shown
    shown = line_categories(
        [
            "Privacy Policy",
            "Information we collect as a controller",
            "We collect your name and e-mail address when you sign up.",
        ]
    )
    assert FP in shown[1], shown
