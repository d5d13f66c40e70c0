"""Russian and Kazakh app notices (issue 11, session 13): the cue families the misses of fresh
ru/kk dev policies (a VPN app, a telemedicine service, a taxi/delivery app in Kazakh with Russian
words) and of the ru/kk corpus dev split showed. The lines are written for this test, not taken
from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # Not giving a permission or consent ("рұқсат бермесеңіз") is a choice the user has.
    ("Камераға рұқсат бермесеңіз, суретті галереядан таңдай аласыз.", CH, ""),
    # The driver, courier or contractor who gets one's name, address or phone is a third
    # party (kk with Russian words, ru).
    ("Жүргізушіге тек атыңыз бен мекенжайыңыз беріледі.", TP, ""),
    ("Өтініш орындаушыға жолданады, ол сізге қоңырау шалуы мүмкін.", TP, ""),
    ("Водителю передаётся номер телефона в скрытом виде.", TP, ""),
    ("Адрес доставки получает курьерская служба.", TP, ""),
    # Russian: no cross-border transfer is a jurisdiction's matter, not sharing; state bodies
    # ("органам государственной власти") receiving data are third parties; agreeing to
    # cookies by using the site is consent, not collection.
    ("Трансграничную передачу сведений о клиентах Компания не осуществляет.", IN, TP),
    ("Сведения передаются органам государственной власти только по закону.", TP, ""),
    ("Оставаясь на сайте, вы соглашаетесь с использованием cookie и метрик.", CH, FP),
    # Kazakh: asking for deletion (өшіруді/жоюды сұрау) is a right about one's data; taking a
    # document's photo or copy is collection; a booking platform or the bank's payment page
    # is a third party.
    ("Аккаунтыңызды жоюды сұрасаңыз, бір апта ішінде орындаймыз.", AC, ""),
    ("Кілт беру кезінде төлқұжаттың көшірмесін аламыз.", FP, ""),
    ("Airbnb арқылы брондасаңыз, аты-жөніңіз бізге сол платформадан келеді.", TP, ""),
    ("Картамен төлегенде банктің төлем бетіне өтесіз.", TP, ""),
    # "есте сақтау" (remember) and "сақтап қалу" (keep from loss) store nothing for a period;
    # "… мен құпиялылық" in a title and a company's registration name no safeguard or law.
    ("Cookie файлы соңғы таңдаған тіліңізді есте сақтайды.", "", RE),
    ("Бонус картасы жоғалса да, жинақталған ұпайларды сақтап қаламыз.", "", RE),
    ("Сату шарттары мен құпиялылық", "", SE),
    ("Серіктестік Әділет министрлігінде тіркелген.", "", IN),
    # What an operator's policy covers ("распространяется на все персональные данные …")
    # states no collection (the corpus README's convention).
    (
        "Положение распространяется на все персональные данные работников и клиентов Общества.",
        "",
        FP,
    ),
    (
        "Политика применяется ко всем данным, которые Оператор получает через сайт и приложение.",
        "",
        FP,
    ),
    # Russian: clearing or deleting cookies in the browser is a choice, neither collection
    # nor deleting one's account data; "Действует с <date>" dates the policy's version.
    ("Если удалить cookie в браузере, корзина очистится.", CH, FP),
    ("Файлы cookie можно удалить через настройки браузера.", CH, AC),
    ("Действует с 15 апреля 2026 г.", PC, ""),
    # "To change or delete your data, call us" is access, not a setting switched off; data
    # processed "under Kazakh law" names the law, it states no collection.
    ("Профиль деректерін түзету немесе өшіру үшін менеджерге жазыңыз.", AC, CH),
    ("Мәліметтер Қазақстан Республикасының заңнамасына сәйкес өңделеді.", IN, FP),
    # Photos and videos the service takes are collection; switching mailings off is a choice.
    ("Фото счётчиков снимаем при каждом визите мастера.", FP, ""),
    ("Уведомления о скидках можно выключить в профиле.", CH, ""),
    # Kazakh "сақта" that is no storing: healthcare (денсаулық сақтау), a request to the
    # reader ("сақтаңыз"); "privacy" in a title ("… және құпиялылық") names no safeguard.
    ("Клиника денсаулық сақтау басқармасының лицензиясымен жұмыс істейді.", "", RE),
    ("Кезекте тәртіпті сақтаңыз.", "", RE),
    ("Пайдалану шарттары және құпиялылық", "", SE),
    # Deleting within or after a period is retention.
    ("Чек суреттерін екі апта ішінде жоямыз.", RE, ""),
    ("Видеоларды тексеруден кейін өшіреміз.", RE, ""),
    # A message sent to users is no sharing; an updated notice is a policy change.
    ("Кезек жақындағанда сізге хабарлама жіберіледі.", "", TP),
    ("Ережелер жаңартылса, бұл туралы сайтта жазамыз.", PC, ""),
    # Asking what is kept about oneself is access, not retention (ru and kk).
    ("Напишите нам, и мы расскажем, что мы храним о вас.", AC, RE),
    ("Сізде қандай деректер сақталғанын білу үшін бізге жазыңыз.", AC, ""),
    # A complaint to the data-protection commissioner is a right about one's own data.
    ("Дербес деректерді қорғау уәкіліне жүгінуге болады.", AC, TP),
    # Refusing or clearing cookies in the browser is a choice, not collection.
    ("Cookie-лерді браузер баптауларынан бұғаттауға болады.", CH, FP),
    ("Браузердегі cookie файлдарын кез келген уақытта тазалай аласыз.", CH, FP),
    # "By registering you consent to processing" gives consent; it collects nothing.
    ("Тіркелу арқылы сіз данныйларды өңдеуге согласие бересіз.", CH, FP),
    # What a document applies to ("…-ға қолданылады") states no practice.
    ("Бұл ереже барлық филиалдарға қолданылады.", "", FP),
    # ...while what is used (locative) still is collection and use.
    ("Сайтта аналитикалық cookie файлдары қолданылады.", FP, ""),
    # A safety app sending one's position to trusted or emergency contacts, relatives or the
    # rescue service shares it with third parties.
    ("Сигнал тревоги с вашей геопозицией получат доверенные контакты.", TP, ""),
    ("Ваши координаты можно передать в службу спасения одним нажатием.", TP, ""),
    ("Маршрут поездки видят ваши доверенные лица, пока поездка не закончится.", TP, ""),
    ("Қауіпті жағдайда соңғы координаттарыңыз туыстарыңызға SMS-пен жіберіледі.", TP, ""),
    ("Қажет болса, мекенжайыңыз құтқару қызметіне беріледі.", TP, ""),
    # Data crossing the border (шекара асып) is a jurisdiction's matter.
    ("Мәліметтер шекара асып берілмейді.", IN, ""),
    ("Деректерді шекарадан тыс елдерге беру тек келісіміңізбен жүзеге асады.", IN, ""),
    # An app's or system's version is a detail of the software, not the policy's version.
    ("Қолданбаның соңғы нұсқасын App Store-дан жүктеңіз.", "", PC),
    ("Требуется версия Android 9 или новее.", "", PC),
    ("Обновите приложение до последней версии приложения в магазине.", "", PC),
    # Russian: an international transfer heading is about where data goes, not sharing.
    ("Международная передача информации", IN, ""),
    # A no-logs promise states what is (not) collected.
    ("Журналы ваших подключений и посещённых страниц мы не храним.", FP, ""),
    # A processor named as a service provider acting on our behalf is a third party.
    ("Отчёты об ошибках обрабатывает сторонний сервис мониторинга.", TP, ""),
    ("Письма рассылаются через поставщика сервиса рассылок.", TP, ""),
    # Using the service without an account is a choice.
    ("Приложением можно пользоваться без регистрации.", CH, ""),
    # The date a version takes effect is a policy change.
    ("Дата вступления в силу настоящей редакции: 3 марта 2026 г.", PC, ""),
    # Kazakh (with Russian words): deleting the account is deletion, not switching a setting off.
    ("Аккаунтты өшіру", AC, CH),
    ("Профильді жою үшін қолдау қызметіне жазыңыз.", AC, ""),
    ("Аккаунтты удалить ету үшін баптауларға кіріңіз.", AC, ""),
    # ...but keeping data "until you delete the account" is a retention period.
    ("Суреттер аккаунтты өшіргенге дейін сақталады.", RE, AC),
    # "Last changed" and "if the policy changes" are policy changes.
    ("Соңғы өзгеріс: 2026 жылғы 1 қаңтар", PC, ""),
    ("Егер саясат өзгерсе, сізге SMS жібереміз.", PC, ""),
    # Who else sees a location or a post is sharing; staff-only access is security.
    ("Ваш маршрут видят только участники вашей группы.", TP, ""),
    ("Отзывы с оценкой видны другим покупателям.", TP, ""),
    ("К записям камер имеют доступ только охранники смены.", SE, ""),
    # Where the servers are is a jurisdiction; a change of policy is told in the app.
    ("Все наши серверы находятся в Казахстане.", IN, ""),
    ("О смене правил и политики сообщим по почте.", PC, ""),
    # Calls being recorded is collection; exporting one's records is access.
    ("Разговоры с диспетчером записываются.", FP, ""),
    ("Историю заказов можно экспортировать в CSV.", AC, ""),
    # Kazakh: guests reported to the migration service are a disclosure; only some staff
    # reaching a record is security, not sharing.
    ("Шетелдік қонақтар туралы мәлімет көші-қон қызметіне беріледі.", TP, ""),
    ("Анализ нәтижелеріне тек сіздің дәрігеріңіз ғана қол жеткізе алады.", SE, TP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_ru_kk_app_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
