"""Retention, feature headings and collection by third parties (session 19, branch ret23).

a. Retention stated in passing: "kept indefinitely" ("unbegrenzt gespeichert", "på obestämd
   tid", "به طور نامحدود"), "until the account is deleted" (retention, not a right to delete),
   a cookie that "lasts for two days" or is "ein Jahr lang gespeichert"; and the rows
   "label: period" of a retention section ("Support tickets: 2 years", "Журналы: 90 дней",
   "Қолдау деректері: 2 жыл"), which read as security or nothing on their own.
b. A heading that names a feature of the site ("Comments", "Media", "Kommentare",
   "دیدگاه‌ها") or the visit to it ("Beim Zugriff auf die Webseite") names no practice: it does
   not take its section's, while "Embedded content from other websites" is sharing.
c. What embedded sites and services collect ("These sites may use cookies and track you",
   "Diese Websites können Daten über dich sammeln", "Ce service collecte des données") is
   collection by third parties.

The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, RE, SE, TP, check_phrasing, line_categories_shown

from policylens.core.feature_headings import names_a_feature
from policylens.core.period_rows import period_row

# (text, a category it must get, a category it must not get or "")
RETENTION_IN_PASSING = [
    ("If you leave a comment, the comment and its metadata are kept indefinitely.", RE, ""),
    ("We store the details you give in your profile until the account is deleted.", RE, AC),
    ("Login cookies last for two days.", RE, ""),
    ("Diese Cookies werden ein Jahr lang gespeichert.", RE, ""),
    ("Beiträge und ihre Metadaten werden unbegrenzt gespeichert.", RE, ""),
    ("Inlägg och deras metadata sparas på obestämd tid.", RE, ""),
    ("Sessionskakan raderas så snart du stänger fliken.", RE, ""),
    ("Nous gardons vos messages jusqu'à la suppression de votre compte.", RE, AC),
    ("Данные профиля хранятся до удаления аккаунта.", RE, AC),
    ("پیام‌ها به طور نامحدود نگهداری می‌شوند.", RE, ""),
    ("Data that you post stays on the site until you remove it.", RE, ""),
    ("Deine Beiträge im Forum bleiben gespeichert, bis du sie selbst löschst.", RE, ""),
    ("Wir bewahren Rechnungen zehn Jahre lang auf.", RE, ""),
    ("Les cookies de connexion durent deux jours.", RE, ""),
    ("Les sauvegardes sont écrasées au bout de 14 jours.", RE, ""),
    ("Vos publications restent sur le site jusqu'à ce que vous les supprimiez.", RE, ""),
    ("Эти файлы cookie действуют один год.", RE, ""),
    ("Сообщения остаются на сервере, пока вы их не удалите.", RE, ""),
    ("Dessa cookies gäller i ett år.", RE, ""),
    ("نام شما در کوکی ذخیره می‌شود. این کوکی‌ها برای یک سال باقی خواهند ماند.", RE, ""),
]

# c. Collection by the sites and services a page embeds.
COLLECTED_BY_OTHERS = [
    ("These sites may use cookies and track you when you are logged in to them.", TP, FP),
    ("Diese Websites können Daten über dich sammeln.", TP, FP),
    ("Ce service collecte des données sur votre utilisation de la vidéo.", TP, FP),
    ("Dessa webbplatser kan samla in uppgifter om dig.", TP, FP),
    ("Эти сайты могут собирать данные о вас.", TP, FP),
    ("این وب‌سایت‌ها ممکن است درباره شما داده جمع‌آوری کنند.", TP, ""),
    ("این وبسایت ها ممکن است داده هایی درباره شما جمع آوری کنند.", TP, FP),
    ("Contenu embarqué depuis d'autres sites", TP, ""),
    ("Inbäddat innehåll från andra webbplatser", TP, ""),
    ("The map provider may collect your IP address when the map loads.", TP, ""),
    ("The provider sets cookies and may track your behaviour across sites.", TP, FP),
    ("Beim Abspielen erhebt der Videoanbieter Daten über Ihr Nutzungsverhalten.", TP, ""),
    ("Le fournisseur peut collecter votre adresse IP lorsque la carte se charge.", TP, FP),
    ("Leverantören kan samla in din IP-adress när kartan laddas.", TP, FP),
    ("Поставщик карты может собирать ваш IP-адрес при загрузке карты.", TP, FP),
    ("Where your data is sent", TP, ""),
    ("Wohin deine Daten gesendet werden", TP, ""),
    ("Kommentare können von einem Dienst zur Spam-Erkennung geprüft werden.", TP, ""),
    # The service's own collection stays its own.
    ("We collect the data shown in the comments form.", FP, TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), RETENTION_IN_PASSING)
def test_retention_stated_in_passing_is_retention(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), COLLECTED_BY_OTHERS)
def test_what_embedded_sites_collect_is_third_party(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# a. The rows of a retention section: each is a retention period, nothing else.
PERIOD_ROWS = [
    ("Privacy Policy", "Retention periods", ["Support tickets: 2 years", "Access logs: 90 days"]),
    ("Datenschutzerklärung", "Speicherdauer", ["Protokolldaten: 30 Tage", "Anfragen: 2 Jahre"]),
    ("Integritetspolicy", "Lagringstider", ["Supportärenden: 2 år", "Åtkomstloggar: 90 dagar"]),
    (
        "Политика конфиденциальности",
        "Сроки хранения данных",
        ["Журналы: 90 дней", "Обращения: 3 года"],
    ),
    (
        "Құпиялылық саясаты",
        "Деректерді сақтау мерзімдері",
        ["Қолдау деректері: 2 жыл", "Журналдар: 90 күн"],
    ),
    (
        "Politique de confidentialité",
        "Durées de conservation",
        ["Données de support : 2 ans", "Journaux d'accès : 90 jours"],
    ),
]


@pytest.mark.parametrize(("title", "heading", "rows"), PERIOD_ROWS)
def test_rows_of_a_retention_section_are_periods(title: str, heading: str, rows: list[str]) -> None:
    text = title + "\n\n" + heading + "\n\n" + "\n\n".join(rows) + "\n"
    shown = line_categories_shown(text)
    for row in rows:
        assert shown[row] == {RE}, (row, shown[row])


# a. A list that finishes a retention sentence: each item is retention.
OPEN_HEADS = [
    (
        "Privacy Policy\n\nCalls\n\nRecordings of your call are kept only until\n"
        "- the call has ended,\n- you object to the recording.\n",
        ["- the call has ended,", "- you object to the recording."],
    ),
    (
        "Datenschutzerklärung\n\nAnrufe\n\nIhre Daten werden nur gespeichert, bis\n"
        "- der Anruf beendet ist,\n- Sie der Speicherung widersprechen.\n",
        ["- der Anruf beendet ist,", "- Sie der Speicherung widersprechen."],
    ),
]


@pytest.mark.parametrize(("text", "items"), OPEN_HEADS)
def test_items_finishing_a_retention_sentence_are_retention(text: str, items: list[str]) -> None:
    shown = line_categories_shown(text)
    for item in items:
        assert RE in shown[item], (item, shown[item])


def test_a_list_after_an_other_sentence_is_left_alone() -> None:
    text = (
        "Privacy Policy\n\nNewsletter\n\nWe send the newsletter until\n"
        "- you unsubscribe,\n- the list closes.\n"
    )
    shown = line_categories_shown(text)
    if RE not in shown["We send the newsletter until"]:
        assert RE not in shown["- the list closes."]


def test_a_row_outside_a_retention_section_is_left_as_it_reads() -> None:
    assert period_row("Response time: 30 days", {}, {}, {}, None) == ({}, {})
    assert set(period_row("Response time: 30 days", {}, {}, {RE: 0.6}, None)[0]) == {RE}
    assert set(period_row("- Logs: 90 days", {}, {}, {}, {RE: 0.6})[0]) == {RE}
    # A sentence with a colon is not a row.
    note = "Note: we keep the logs for 30 days and then delete them."
    assert period_row(note, {}, {}, {RE: 0.6}, None) == ({}, {})


# b. A feature heading over a collection section stays `other`; the practice headings keep
# their own.
FEATURE_SECTIONS = [
    (
        "Privacy Policy\n\nComments\n\n"
        "When visitors leave comments on the site we collect the data shown in the form.\n\n"
        "Media\n\nIf you upload images, we store the files you upload.\n",
        ["Comments", "Media"],
    ),
    (
        "Datenschutzerklärung\n\nBeim Zugriff auf die Webseite\n\n"
        "Beim Aufruf unserer Webseite erfassen wir automatisch die IP-Adresse.\n\n"
        "Kommentare\n\nWenn Besucher Kommentare schreiben, erfassen wir die Daten im Formular.\n",
        ["Beim Zugriff auf die Webseite", "Kommentare"],
    ),
    (
        "سیاست حفظ حریم خصوصی\n\nدیدگاه‌ها\n\n"
        "وقتی بازدیدکنندگان دیدگاه می‌گذارند، داده‌های فرم دیدگاه را جمع‌آوری می‌کنیم.\n",
        ["دیدگاه‌ها"],
    ),
]


@pytest.mark.parametrize(("text", "headings"), FEATURE_SECTIONS)
def test_a_feature_heading_names_no_practice(text: str, headings: list[str]) -> None:
    shown = line_categories_shown(text)
    for heading in headings:
        assert shown[heading] <= {"other"}, (heading, shown[heading])


def test_feature_headings_are_told_from_practice_headings() -> None:
    assert names_a_feature("3. Comments")
    assert names_a_feature("Medien")
    assert names_a_feature("When you visit our website")
    assert not names_a_feature("Cookies")
    assert not names_a_feature("Comments we collect and how long we keep them")
    assert not names_a_feature("Kontaktformular")


def test_a_feature_heading_does_not_continue_the_topic_before_it() -> None:
    text = (
        "Privacy Policy\n\nAnalytics\n\nWe use an analytics tool to count page views.\n\n"
        "Media\n\nIf you upload images, we store the files you upload.\n"
    )
    assert line_categories_shown(text)["Media"] <= {"other"}


def test_practice_headings_in_persian_keep_their_own() -> None:
    text = (
        "سیاست حفظ حریم خصوصی\n\nچه مدت اطلاعات شما را نگه می‌داریم\n\n"
        "گزارش‌های سرور به مدت ۳۰ روز نگهداری می‌شوند.\n\n"
        "چگونه از اطلاعات شما محافظت می‌کنیم\n\n"
        "ما از رمزنگاری برای حفاظت از داده‌ها استفاده می‌کنیم.\n"
    )
    shown = line_categories_shown(text)
    assert RE in shown["چه مدت اطلاعات شما را نگه می‌داریم"]
    assert SE in shown["چگونه از اطلاعات شما محافظت می‌کنیم"]
