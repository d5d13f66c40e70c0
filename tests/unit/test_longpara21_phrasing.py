"""Long paragraphs of several sentences on one line, as big services write them: a purpose or a
condition inside another practice does not add a category to the line by itself. A disclosure
"to protect our rights, property or the safety of our users" is sharing, not security nor the
user's rights; a security measure "when you …
access your personal information" is no right of access; a processor that "may access" the data
is a recipient. The lines are written for this test, not taken from the dev policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, SE, TP, check_phrasing

DISCLOSURE = [
    (
        "Wir können Ihre Angaben offenlegen, wenn ein Gericht dies anordnet. Wir können Angaben"
        " auch offenlegen, wenn dies nötig ist, um unsere Rechte, unser Eigentum oder die"
        " Sicherheit anderer zu schützen oder Sicherheitsprobleme zu beheben. Wir informieren"
        " die Betroffenen, soweit das Gesetz es erlaubt.",
        SE,
    ),
    (
        "Wir können Ihre Angaben offenlegen, wenn ein Gericht dies anordnet. Wir können Angaben"
        " auch offenlegen, um unsere Rechte oder die Rechte Dritter zu wahren. Wir informieren"
        " die Betroffenen, soweit das Gesetz es erlaubt.",
        AC,
    ),
    (
        "Мы можем раскрыть сведения о вас по решению суда. Мы также можем раскрыть их, чтобы"
        " защитить права, собственность или безопасность компании и третьих лиц. О таком"
        " запросе мы сообщим вам, если закон это разрешает.",
        SE,
    ),
    (
        "Nous pouvons divulguer vos informations sur décision de justice. Nous pouvons aussi les"
        " divulguer pour protéger nos droits ou la sécurité d'autrui. Nous vous informons de la"
        " demande lorsque la loi le permet.",
        SE,
    ),
    (
        "قد نكشف عن بياناتك بناء على أمر من المحكمة. وقد نكشف عنها أيضا لحماية حقوقنا أو"
        " ممتلكاتنا أو سلامة مستخدمينا، أو لكشف الاحتيال. وسنخبرك بالطلب إذا سمح القانون بذلك.",
        SE,
    ),
    (
        "Partners may help us run the shop. We may also disclose data when we believe in good"
        " faith that it is needed to detect and prevent fraud, unauthorized use of our services"
        " or breaches of our terms. We tell you about such requests where we may.",
        SE,
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), DISCLOSURE)
def test_a_disclosure_to_protect_rights_or_safety_is_sharing(text: str, unwanted: str) -> None:
    check_phrasing(text, (TP,), unwanted)


def test_a_short_line_on_a_conditional_collection_keeps_its_condition() -> None:
    check_phrasing("We read your contacts only if you allow it.", (CH,), "")


ACCESS = [
    (
        "We use several security measures to keep your personal information safe when you"
        " enter, submit or access your personal information. Connections are encrypted with"
        " TLS. Our servers are kept in locked rooms.",
        (SE,),
    ),
    (
        "Our hosting company stores the files for us. They may access your personal information"
        " only to perform these tasks on our behalf. They must not use it for anything else.",
        (TP,),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ACCESS)
def test_accessing_data_is_no_right_of_access_there(text: str, wanted: tuple[str, ...]) -> None:
    check_phrasing(text, wanted, AC)


CONTROLLER = [
    "Brightfern Ltd, 4 Quay Street, Leeds, is responsible for the processing of personal data"
    " described in this notice. Our data protection officer can be reached at"
    " dpo@brightfern.example. We answer within a month.",
    "Ответственным за обработку ваших персональных данных является ООО «Светлый бор», г. Тверь."
    " Написать нашему специалисту по защите данных можно на dpo@svetbor.example. Мы отвечаем"
    " в течение месяца.",
    "Оператором персональных данных является ООО «Светлый бор», г. Тверь, ул. Лесная, д. 3.",
]


@pytest.mark.parametrize("text", CONTROLLER)
def test_naming_the_controller_is_no_collection(text: str) -> None:
    check_phrasing(text, "", FP)


def test_what_processors_may_use_the_data_for_is_no_collection_of_ours() -> None:
    text = (
        "We rely on a few service providers for hosting and e-mail delivery. These providers may"
        " only use the data to provide their services to us. A written contract binds each of them."
    )
    check_phrasing(text, (TP,), FP)


PASSING_WORDS = [
    # remembered settings are preferences, not privacy settings
    (
        "Wir verwenden Cookies, damit Sie angemeldet bleiben und Ihre Einstellungen gespeichert"
        " werden. Die Cookies enthalten eine zufällige Kennung. Sie laufen nach einem Jahr ab.",
        (FP,),
        CH,
    ),
    # a password among the data asked for at sign-up is collected, not a security measure
    (
        "Когда вы регистрируетесь, мы запрашиваем имя, адрес электронной почты и пароль. Имя"
        " видно другим участникам. Почту мы используем для уведомлений.",
        (FP,),
        SE,
    ),
    # notice of important changes by e-mail is a policy change, not a collection
    (
        "Мы можем время от времени обновлять эту Политику. Новая редакция публикуется на этой"
        " странице. О существенных изменениях мы сообщим вам по электронной почте.",
        ("policy_change",),
        FP,
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PASSING_WORDS)
def test_words_in_passing_in_a_paragraph(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
