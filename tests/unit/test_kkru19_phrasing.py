"""Phrasings of a VPN app's and a city transport app's policies (session 17, branch kkru19) in
ru/kk. A purchase or subscription paid "через Google Play / App Store", a payment processed by
the app store, a reseller or an acquiring bank ("банк-эквайер") means a third party collects the
payment (GUIDELINES.md: payment providers); browsing history, traffic content and DNS queries
are data the service collects or, in a no-logs promise, does not; a right to a fare discount
("жеңілдік құқығы", "право на льготу") and uploading a copy of a document are no access right,
nor is sending a copy of an identity document; "ереже өзгерсе" (if the rules change) is a policy
change; an alert sent to one's relatives or a dispatcher is sharing; blocking cookies in the
browser is a choice and blocking a lost card no access right; app logs are collection; a platform
that keeps data "по своим правилам" is a third party. The lines are written
for this test, not taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, PC, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # ru: payments through the stores, resellers
    ("Оплата подписки производится через Google Play или App Store.", TP, ""),
    ("Покупки внутри приложения обрабатываются Apple или Google.", TP, ""),
    ("Платёж обрабатывает магазин приложений, и мы не видим номер вашей карты.", TP, ""),
    ("Заказ оформляет наш реселлер, который собирает платёжные реквизиты.", TP, ""),
    # ru: what a VPN does not record
    ("Наши серверы не записывают историю просмотров и содержимое трафика.", FP, ""),
    ("Мы не сохраняем ваши DNS-запросы.", FP, ""),
    # ru: a fare discount is no privacy right
    ("Вы можете подтвердить право на льготный проезд, загрузив копию удостоверения.", "", AC),
    # kk: an acquiring bank, a payment provider
    ("Төлемдер банк-эквайер арқылы жүзеге асырылады.", TP, ""),
    ("Карта деректерін төлем провайдері өңдейді.", TP, ""),
    # kk: a discount right and a document's copy
    ("Жеңілдік құқығын растау үшін құжаттың көшірмесін жүктейсіз.", FP, AC),
    ("Тіркелу үшін жеке куәлік көшірмесін жібересіз.", FP, AC),
    ("Визаға өтініш үшін төлқұжат көшірмесі қажет.", "", AC),
    # kk: "if the rules change" is a policy change; ru: a platform keeps data "по своим правилам"
    ("Ереже өзгерсе, сайтта және Telegram-арнада хабарлаймыз.", PC, ""),
    ("Құпиялылық ережелері өзгерсе, бұл бетте жаңа нұсқасын жариялаймыз.", PC, ""),
    ("Сам магазин приложений хранит историю покупок по своим правилам.", TP, ""),
    # kk: an alert sent to relatives or a dispatcher is sharing; blocking cookies or a lost card
    # is a choice or no practice, not an access right
    ("Төтенше жағдайда қосымша орналасқан жеріңізді диспетчерлік қызметке жібереді.", TP, ""),
    ("SOS батырмасын басқанда орналасқан жеріңіз туыстарыңызға жіберіледі.", TP, ""),
    ("Браузер баптауларында cookie файлдарын бұғаттай аласыз.", CH, AC),
    ("Карта жоғалса, картаны қосымшада бұғаттауға болады.", "", AC),
    # ru: app logs asked for by support are collection
    ("Служба поддержки может запросить журналы приложения для диагностики проблемы.", FP, ""),
    ("Студенттік жеңілдікті алу құқығын тексеру үшін оқу орнынан анықтама сұраймыз.", "", AC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_kkru19_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
