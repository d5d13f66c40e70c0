"""Plain and colloquial small-site phrasing in ru/sv/fr/de/kk (issue 11, session 10): the cue
families the fresh dev policies' misses showed. The lines are written for this test, not taken
from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # Swedish: the particle of "samla in" after the subject ("samlar vi in").
    ("Det här samlas in när du handlar", FP, ""),
    ("Vi samlar också in din ålder.", FP, ""),
    # What the user shares with us is not sharing with others.
    ("Berätta gärna vad du delar med oss i formuläret.", "", TP),
    # Russian: "if anything changes" is the policy changing; a password is security, and
    # keeping a table "in the cloud under a password" is not a retention period.
    ("Если что-то изменится в правилах, напишем в канале.", PC, ""),
    ("Базу клиентов храним под паролем.", SE, ""),
    ("Список заказов держим в облаке с двухфакторной защитой.", SE, RE),
    ("Если вы разрешили сообщения от магазина, мы присылаем скидки.", CH, ""),
    ("Яндекс тоже получает данные о ваших визитах.", TP, ""),
    # French: a third party "receives" the data; the right to one's image is a choice.
    ("Le transporteur reçoit votre adresse et votre téléphone.", TP, ""),
    ("Les photos ne sont publiées qu'avec votre accord droit à l'image.", CH, ""),
    ("Vous pouvez changer d'avis quand vous voulez.", CH, ""),
    ("Cette politique est relue chaque année par le bureau.", PC, ""),
    # German: adapting the notice is a policy change; handing the address over is sharing; a
    # delivery area names no audience.
    ("Wir dürfen die Datenschutzerklärung bei Bedarf anpassen.", PC, ""),
    ("Die Adresse übergeben wir dem Paketdienst.", TP, ""),
    ("Wir liefern in ganz Deutschland.", "", IN),
    ("Versand in die ganze Schweiz ab 50 Franken.", "", IN),
    # Kazakh: "we ask you for", the courier, a password (the Russian word, as Kazakh sites use).
    ("Тапсырыс үшін сізден сұраймыз:", FP, ""),
    ("Тауарды курьерге береміз.", TP, ""),
    ("Ноутбукта пароль бар.", SE, ""),
    # Russian and Kazakh delivery areas name no audience; the country of the servers still does.
    ("Шьём на заказ, доставка по всему Казахстану.", "", IN),
    ("Отправляем по России Почтой.", "", IN),
    ("Бүкіл Қазақстан бойынша жеткіземіз.", "", IN),
    ("Данные хранятся на серверах в России.", IN, ""),
    # The recipient's name in a list of what we ask for is not a recipient of the data.
    ("Для доставки мы собираем:\n- ФИО получателя", FP, TP),
    # German, second round: "to whom we give", a third party "bekommt deine/Ihre", a newsletter
    # one "has subscribed to", deletion "sobald .. endet"; selling honey is not selling data.
    ("Wem wir deine Angaben weitergeben", TP, ""),
    ("Der Paketdienst bekommt deine Anschrift.", TP, ""),
    ("Wir verkaufen unsere Marmelade auf dem Wochenmarkt.", "", TP),
    ("Den Rundbrief schicken wir nur, wenn du ihn abonniert hast.", CH, ""),
    ("Die Mitgliedsdaten löschen wir, sobald die Mitgliedschaft endet.", RE, ""),
    # French: "reçoit la liste", "notre banque", "avec votre accord", "mettre à jour cette".
    ("La trésorière reçoit la liste des adhérents.", TP, ""),
    ("Notre banque gère les paiements par carte.", TP, ""),
    ("Les photos ne sont partagées qu'avec votre accord.", CH, ""),
    ("Nous pouvons mettre à jour cette politique à tout moment.", PC, ""),
    # Swedish: "bakom inloggning" is security; "policyn kan ändras" is policy change.
    ("Medlemslistan finns bakom inloggning hos vår leverantör.", SE, ""),
    ("Policyn kan ändras om styrelsen beslutar det.", PC, ""),
    # Third round. German: colloquial "kriegt .. deine", "mit deinem Okay", a locked cupboard.
    ("Für die Abbuchung kriegt die Bank deine Kontonummer.", TP, ""),
    ("Bilder vom Sommerfest zeigen wir nur mit deinem Okay.", CH, ""),
    ("Die Patientenakten stehen in einem abgeschlossenen Schrank.", SE, ""),
    # Russian: "закон РФ" names a law; "он получает" (a subcontractor) is sharing; "если вы не
    # против" is a choice.
    ("Мы соблюдаем закон РФ о защите персональных данных.", IN, ""),
    ("Если заказ везёт курьер, он получает ваш адрес.", TP, ""),
    ("Отзыв с вашим фото опубликуем, если вы не против.", CH, ""),
    # Kazakh: "құпиялылық ережесі" is a title, not security; "тек .. кіре алады" is; "өзгерту
    # немесе өшіру" is access and deletion.
    ("«Самал» дәмханасының құпиялылық ережесі", "", SE),
    ("Кестеге тек менеджер кіре алады.", SE, ""),
    ("Деректеріңізді өзгерту немесе өшіру үшін хат жазыңыз.", "user_access_edit_deletion", ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_plain_phrasing_gets_its_category(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
