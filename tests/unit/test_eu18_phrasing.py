"""Translated-register phrasings (session 17, branch eu18) in de/fr/ru/kk: the idioms of an
international company's policy rendered word for word. Data sent to "countries outside your
country of residence" and residents of a named state are international (GUIDELINES.md:
cross-border transfer, residents of a region) -- and a bare transfer abroad names no recipient,
so it is not sharing ("Трансграничная передача ..." is labelled so in the corpus); "stimmen Sie
... zu" is consent; reaching and updating one's own information is access; passwords "im
Klartext" is security; "diese Richtlinie ... ändern", "өзгерту құқығын" is a policy change;
encryption "при передаче" or "lors de leur transmission" shares nothing; editing photos and
fixing errors are no access right. The lines are written for this test, not taken from the dev
policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, DNT, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # de
    ("Ihre Angaben können in Länder außerhalb Ihres Wohnsitzlandes übermittelt werden.", IN, ""),
    ("Wenn Sie in Kalifornien wohnen, gelten für Sie zusätzliche Bestimmungen.", IN, ""),
    ("Mit der Nutzung der Website stimmen Sie dieser Richtlinie zu.", CH, ""),
    # ...but agreeing to a contract's terms is no consent to a data practice.
    ("Mit der Bestellung stimmen Sie unseren Lieferbedingungen zu.", "", CH),
    ("Sie können auf Ihre Kontodaten zugreifen und sie jederzeit aktualisieren.", AC, ""),
    ("Kennwörter speichern wir niemals im Klartext.", SE, ""),
    ("Wir verwenden diese Informationen, um den Dienst zu betreiben.", FP, ""),
    ("Wir können diese Datenschutzrichtlinie gelegentlich aktualisieren.", PC, ""),
    ("Wenn Sie Ihr Konto löschen, entfernen wir Ihre Fotos innerhalb von 14 Tagen.", RE, ""),
    ("Nachrichten sind Ende-zu-Ende verschlüsselt.", SE, ""),
    # de: cookie preferences, restricted access, survey answers, EU-institution law
    ("Ihre Cookie-Präferenzen können Sie jederzeit ändern.", CH, ""),
    ("Der Zugriff auf die Antworten ist auf wenige Mitarbeiter beschränkt.", SE, ""),
    ("Die Antworten werden in unserer Datenbank gespeichert.", FP, ""),
    # fr
    ("Si vous résidez au Royaume-Uni, des droits supplémentaires peuvent s'appliquer.", IN, ""),
    ("Vos informations peuvent être traitées en dehors de votre pays de résidence.", IN, ""),
    ("Les messages sont chiffrés lors de leur transmission.", SE, TP),
    # fr: cookie preferences, restricted access, survey answers, EU-institution law
    ("Vous pouvez gérer vos préférences en matière de cookies depuis le pied de page.", CH, ""),
    ("L'accès aux fichiers est limité aux administrateurs du service.", SE, ""),
    ("Vos réponses sont enregistrées dans la base de données du service.", FP, ""),
    ("Les données sont hébergées dans des centres de données situés en Irlande.", IN, ""),
    ("Ce traitement relève du règlement (UE) 2018/1725.", IN, ""),
    ("Le navigateur peut envoyer un signal « Ne pas me pister ».", DNT, ""),
    # ru
    ("Информация может обрабатываться в странах за пределами вашей страны проживания.", IN, ""),
    ("Сведения могут передаваться в другие страны.", IN, TP),
    ("Если вы проживаете в Калифорнии, на вас распространяются дополнительные положения.", IN, ""),
    ("Мы вправе изменять настоящую политику без предварительного уведомления.", PC, ""),
    ("Файлы шифруются при передаче.", SE, TP),
    ("Программа предназначена для редактирования фотографий.", "", AC),
    ("Журналы помогают нам находить и исправлять ошибки.", "", AC),
    ("Серверы компании расположены в Ирландии.", IN, ""),
    ("Мы храним историю заказов, пока существует ваш аккаунт.", RE, ""),
    ("Сведения профиля хранятся, пока ваша учётная запись активна.", RE, ""),
    # A country in a postal address is no jurisdiction; a data centre's is.
    ("Контакты\nООО «Ромашка», 1 Main St, Нью-Йорк, США. Эл. почта: a@b.example", "", IN),
    ("Ваши данные могут храниться на серверах в США.", IN, ""),
    # ru: cookie preferences, restricted access, survey answers, EU-institution law
    ("Вы можете изменить настройки файлов cookie в любой момент.", CH, ""),
    ("Доступ к ответам ограничен сотрудниками отдела.", SE, ""),
    ("Ваши ответы сохраняются в базе данных сервиса.", FP, ""),
    # kk
    ("Біз бұл саясатты өзгерту құқығын өзімізде қалдырамыз.", PC, ""),
    ("Сіз профиліңізде деректеріңізді жаңарта аласыз.", AC, ""),
    ("Тек біздің қызметкерлер деректеріңізге қол жеткізе алады.", SE, AC),
    # kk: sharing in translated words, changes published on the page
    ("Біз иесіздендірілген статистиканы серіктестермен бөлісеміз.", TP, ""),
    ("Саясаттағы өзгерістерді осы бетте жариялаймыз.", PC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_translated_register_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
