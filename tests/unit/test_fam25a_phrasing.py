"""Who sees the data, in shop, forum and open-source app policies (`core/seen_by.py`).

The service's own people -- its staff, support team, moderators, volunteers -- "having access"
to what a user gives, or "seeing" it, is an access limitation (`data_security`): not the user's
own right of access, not collection, and not a third party. What a user posts being shown to
everyone (visible to all visitors, published on the product page, public edits) is made public,
a disclosure (`third_party_sharing_collection`). A supplier's support team, the policy being
published and aggregate results are neither. Purpose items under a "we use it to:" head
stay collection in every language.
The lines are written for this test, not taken from the dev policies, the real policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, PC, SE, TP, check_phrasing, line_categories_shown

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
    ("تنها چند نفر از اعضای تیم ما به اطلاعاتی که به ما می‌دهید دسترسی دارند.", "fa"),
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
    "تعديلاتك على الخريطة علنية ويمكن لأي شخص رؤيتها مع اسم المستخدم الخاص بك.",
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


def test_a_public_heading_colours_its_section_and_a_staff_line_is_security() -> None:
    text = (
        "Forum privacy notice\n\n4. Public information\n\n"
        "Your posts and your signature appear publicly next to your user name.\n\n"
        "5. Who can see your data\n\n"
        "Our volunteers who maintain the servers have access to the server logs.\n"
    )
    shown = line_categories_shown(text)
    assert TP in shown["4. Public information"]
    assert TP in shown["Your posts and your signature appear publicly next to your user name."]
    staff = shown["Our volunteers who maintain the servers have access to the server logs."]
    assert SE in staff and AC not in staff and TP not in staff


PURPOSES = [
    "We use your details to:\n- Process payments and detect fraud\n- Handle returns\n",
    "Мы используем эти сведения, чтобы:\n- принимать оплату и предотвращать мошенничество;\n"
    "- обрабатывать возвраты и жалобы.\n",
    "Wir verwenden diese Angaben, um:\n- Zahlungen abzuwickeln und Betrug zu verhindern\n"
    "- Reklamationen zu bearbeiten\n",
    "ما از این اطلاعات برای موارد زیر استفاده می‌کنیم:\n- پردازش پرداخت‌ها و جلوگیری از کلاهبرداری\n"
    "- رسیدگی به شکایت‌ها\n",
]


@pytest.mark.parametrize("text", PURPOSES)
def test_purpose_items_under_a_use_head_are_collection(text: str) -> None:
    shown = line_categories_shown("Privacy policy\n\n" + text.replace("\n", "\n\n"))
    items = [line for line in shown if line.startswith("- ")]
    assert items
    for item in items:
        assert FP in shown[item], (item, shown[item])


# A use head, then its purposes on lines of their own without bullets or full stops (a shop's
# suggested text pasted as plain lines): each is an item of the head's list, not a heading.
UNMARKED = [
    (
        "Shop privacy notice\n\nWhile you browse, we note the products you look at. "
        "We'll use this information to:\n\nShow you products you looked at recently\n\n"
        "Work out which products are popular\n\nImprove our delivery times\n",
        [
            "Show you products you looked at recently",
            "Work out which products are popular",
            "Improve our delivery times",
        ],
    ),
    (
        "Политика конфиденциальности магазина\n\nМы используем эти сведения для следующих целей:"
        "\n\nСоздание вашей учётной записи в магазине\n\nОтветы на ваши вопросы по почте\n",
        ["Создание вашей учётной записи в магазине", "Ответы на ваши вопросы по почте"],
    ),
    (
        "سياسة الخصوصية\n\nنستخدم هذه المعلومات لأغراض مثل:\n\nإعداد حسابك في متجرنا\n\n"
        "الرد على أسئلتك عبر البريد\n",
        ["إعداد حسابك في متجرنا", "الرد على أسئلتك عبر البريد"],
    ),
]


@pytest.mark.parametrize(("text", "items"), UNMARKED)
def test_unmarked_purpose_lines_under_a_use_head_are_collection(
    text: str, items: list[str]
) -> None:
    shown = line_categories_shown(text)
    for item in items:
        assert FP in shown[item], (item, shown[item])


def test_an_address_under_a_controller_head_takes_nothing() -> None:
    text = (
        "Datenschutzerklärung\n\nVerantwortlich im Sinne der DSGVO ist:\n\n"
        "Beispiel Software GmbH\n\nGeschäftsführerin: Eva Muster\n"
    )
    shown = line_categories_shown(text)
    assert FP not in shown["Geschäftsführerin: Eva Muster"]
    assert "international_specific_audiences" not in shown["Geschäftsführerin: Eva Muster"]
