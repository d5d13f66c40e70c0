"""Who sees the data, in shop, forum and open-source app policies: the cue lexicons' staff-access
and made-public families, and `core/who_sees.py`.

The service's own people -- its staff, support team, moderators, volunteers -- "having access"
to what a user gives, or "seeing" it, is an access limitation (`data_security`): not the user's
own right of access, not collection, and not a third party. What a user posts being shown to
everyone (visible to all visitors, published on the product page, public edits) is made public,
a disclosure (`third_party_sharing_collection`). A supplier's support team, the user's own
access, the policy being published and aggregate results are neither.
(Session 20's post-pass `seen_by` did this per clause and cost 15% of a Persian analysis;
session 21 put the families in the lexicon's single pass.)
The lines are written for this test, not taken from the dev policies, the real policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, PC, SE, TP, check_phrasing, line_categories_shown

from policylens.core.classifier import Cue, Evidence
from policylens.core.who_sees import seen_or_shown

STAFF = [
    ("Our team needs access to your order details to pack and ship your parcel.", "en"),
    ("Members of our support team will see the messages you send through the form.", "en"),
    ("Only a small number of our staff have access to the details you give us.", "en"),
    (
        "Forum moderators and administrators can read the e-mail address linked to your account.",
        "en",
    ),
    ("Store managers have access to order details so they can refund and ship orders.", "en"),
    (
        "Модераторы форума могут видеть адрес электронной почты вашей учётной записи.",
        "ru",
    ),
    ("Сотрудники магазина имеют доступ к данным заказа, чтобы оформить доставку и возврат.", "ru"),
    (
        "Nur wenige Mitglieder unseres Teams haben Zugriff auf die Angaben, die Sie uns machen.",
        "de",
    ),
    ("Unser Support-Team sieht Ihre Bestellhistorie, wenn es Ihre Anfrage bearbeitet.", "de"),
    (
        "Seuls quelques membres de notre équipe ont accès aux informations que vous donnez.",
        "fr",
    ),
    ("Vår kundtjänst kan se din orderhistorik när de hjälper dig med ett ärende.", "sv"),
    # (A staff noun more than nine words before its verb is out of the cues' reach.)
    ("فقط کارکنان پشتیبانی به اطلاعات سفارش شما دسترسی دارند.", "fa"),
    ("مدیران و ناظران انجمن می‌توانند نشانی ایمیل حساب شما را ببینند.", "fa"),
    ("لا يطلع على المعلومات التي تقدمها لنا إلا عدد قليل من أعضاء فريقنا.", "ar"),
    ("يمكن لمشرفي المنتدى ومديريه رؤية عنوان البريد الإلكتروني المرتبط بحسابك.", "ar"),
    ("Форум модераторлары мен әкімшілері тіркелгіңіздің электрондық поштасын көре алады.", "kk"),
]


@pytest.mark.parametrize(("text", "language"), STAFF)
def test_the_services_own_people_seeing_the_data_is_access_limitation(
    text: str, language: str
) -> None:
    check_phrasing(text, SE, AC)
    check_phrasing(text, SE, TP)


PUBLIC = [
    "Your username, avatar and posts are visible to everyone who visits the forum.",
    "Edits you make to the map are public and can be seen by anyone together with your user name.",
    "Отзывы о товаре публикуются на странице товара вместе с вашим именем.",
    "Ваши правки карты общедоступны, их может увидеть любой человек вместе с вашим ником.",
    "Ihr Benutzername, Ihr Avatar und Ihre Beiträge sind für alle Besucher des Forums sichtbar.",
    "Ihre Kommentare erscheinen öffentlich unter dem Artikel.",
    "Les avis laissés sur un produit sont publiés sur la page du produit avec votre prénom.",
    "Vos commentaires apparaissent publiquement sous l'article.",
    "Recensioner publiceras på produktsidan tillsammans med ditt förnamn.",
    "Dina kommentarer visas offentligt under artikeln.",
    "نام کاربری، تصویر نمایه و پست‌های شما برای همه بازدیدکنندگان انجمن قابل مشاهده است.",
    "تقييماتك على الخريطة علنية ويمكن لأي شخص رؤيتها مع اسم المستخدم الخاص بك.",
    "Тауар туралы пікірлер атыңызбен бірге тауар бетінде жарияланады.",
]


@pytest.mark.parametrize("text", PUBLIC)
def test_what_is_shown_to_everyone_is_made_public(text: str) -> None:
    check_phrasing(text, TP, PC)


NOT_SEEN = [
    # Another company's support team: sharing with a supplier, no access limitation.
    ("Our booking supplier hosts the data and its support team may access it to fix faults.", SE),
    # The policy published, aggregate results: no disclosure.
    ("Wenn wir diesen Hinweis ändern, veröffentlichen wir die neue Fassung auf dieser Seite.", TP),
    ("Les résultats sont publiés sous forme de statistiques globales.", TP),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_SEEN)
def test_neither_family_where_the_line_says_otherwise(text: str, unwanted: str) -> None:
    check_phrasing(text, "", unwanted)


def test_a_public_line_is_sharing_and_a_staff_line_is_security() -> None:
    text = (
        "Forum privacy notice\n\n4. Public information\n\n"
        "Your posts and your signature appear publicly next to your user name.\n\n"
        "5. Who can see your data\n\n"
        "Our volunteers who maintain the servers have access to the server logs.\n"
    )
    shown = line_categories_shown(text)
    assert TP in shown["Your posts and your signature appear publicly next to your user name."]
    staff = shown["Our volunteers who maintain the servers have access to the server logs."]
    assert SE in staff and AC not in staff


# The line names data beside the staff ("the IP address", "your order history"): the data
# word's cues do not outweigh the staff's access, nor read as the user's own access.
NAMING_DATA = [
    "Board administrators can view the IP address you posted from.",
    "Our customer service team can see your order history when you contact us.",
    "Администраторы форума видят IP-адрес, с которого было отправлено сообщение.",
    "Форум әкімшілері әр хабарлама жіберілген IP мекенжайын көре алады.",
]


@pytest.mark.parametrize("text", NAMING_DATA)
def test_staff_seeing_named_data_is_security_not_the_users_access(text: str) -> None:
    check_phrasing(text, SE, AC)


NOT_STAFF = [
    # The user's own access: no staff in the line.
    "You can see your orders and invoices in your account at any time.",
    "Вы можете просматривать свои заказы в личном кабинете.",
    "Sie können Ihre Bestellungen jederzeit in Ihrem Kundenkonto einsehen.",
    # Another company's people.
    "The staff of our payment provider may access card data to investigate fraud.",
]


@pytest.mark.parametrize("text", NOT_STAFF)
def test_the_users_own_access_or_a_suppliers_staff_is_no_access_limitation(text: str) -> None:
    check_phrasing(text, "", SE)


def _evidence(score: float, phrase: str) -> Evidence:
    return Evidence(score, [Cue(0, len(phrase), phrase)])


def test_only_a_cue_naming_the_staff_or_everyone_overrules_the_dominant_reading() -> None:
    collection = _evidence(0.96, "IP address")
    staff = {FP: collection, SE: _evidence(0.8, "administrators can view")}
    assert set(seen_or_shown({FP: collection}, staff)) == {FP, SE}
    access = {AC: _evidence(0.96, "your order history"), SE: _evidence(0.8, "team can see")}
    assert set(seen_or_shown({AC: access[AC]}, access)) == {SE}
    other = {FP: collection, SE: _evidence(0.8, "encrypted")}
    assert set(seen_or_shown({FP: collection}, other)) == {FP}
    public = {FP: collection, TP: _evidence(0.8, "visible to everyone"), AC: _evidence(0.8, "x")}
    assert set(seen_or_shown({FP: collection, AC: public[AC]}, public)) == {FP, TP}
    # Nothing asserted on purpose (a definition, a contact line): nothing added.
    assert seen_or_shown({}, staff) == {}
    # A policy change told beside "published": the policy's own publication.
    change = {PC: _evidence(0.8, "changes"), TP: _evidence(0.8, "published on the")}
    assert set(seen_or_shown({PC: change[PC]}, change)) == {PC}
