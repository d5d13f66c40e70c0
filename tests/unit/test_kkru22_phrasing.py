"""Kazakh and Russian families found by session 22's kkru helper:

- The shop's or service's team ("команда", "члены команды", kk "команда мүшелері") seeing or
  having access to the customer's data is a security practice (access control), as staff are.
- Marketing messages the service sends ("присылаем письма", "рассылаем новости", kk
  "акциялар туралы … жібереміз") use the contact data: collection and use; the condition that
  the user subscribed or agreed ("если вы подписались", "письма, на которые вы подписались",
  kk "рассылкаға жазылсаңыз", "рұқсатыңызбен", "STOP") is a choice. The messages named alone
  in an opt-out line, and channels one subscribed to in a video service, are not collection.

The shipped model still reads some of the new collection lines as choices only (its retrain
learns them from the corpus groups ru-922..924 and kk-922..924), so those are checked on the
lexicon.
The lines are written for this test, not taken from the dev policies, the real policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, SE, check_phrasing, line_categories_shown

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with


def _lexicon_shows(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="case", format="txt")
    return {c for clause in analyze_with(document, None, None) for c in clause.category_ids}


@pytest.mark.parametrize(
    "text",
    [
        "Доступ к истории заказов есть только у нашей команды поддержки.",
        "Члены нашей команды видят ваш адрес, чтобы собрать и отправить посылку.",
        "Кто из команды магазина видит ваши данные",
        "Біздің команда мүшелері мекенжайыңызды тек тапсырысты жинау үшін көреді.",
        "Дүкен командасы деректеріңізге тек жеткізуді ұйымдастыру үшін қол жеткізеді.",
    ],
)
def test_the_team_seeing_the_data_is_security(text: str) -> None:
    check_phrasing(text, SE, "user_access_edit_deletion")


@pytest.mark.parametrize(
    "text",
    [
        "Мы присылаем письма о распродажах, если вы подписались на рассылку.",
        "Раз в неделю мы рассылаем новости клуба тем, кто на них подписался.",
        "Мы отправляем только те письма, на которые вы подписались.",
        "Сіз келісім берсеңіз, акциялар туралы Telegram арқылы хабарламалар жібереміз.",
        "Жаңа коллекциялар туралы хаттарды тек рассылкаға жазылсаңыз жібереміз.",
    ],
)
def test_marketing_messages_sent_by_subscription_are_use_and_choice(text: str) -> None:
    check_phrasing(text, CH, "")
    assert {FP, CH} <= _lexicon_shows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Жарнамалық SMS-тарды тек сіздің рұқсатыңызбен аламыз, скидки туралы да.",
        "Бонустар туралы SMS қажет болмаса, «STOP» деп жауап беріңіз.",
    ],
)
def test_kazakh_consent_and_stop_word_for_messages_are_choices(text: str) -> None:
    check_phrasing(text, CH, "")


@pytest.mark.parametrize(
    "text",
    [
        "Видео с каналов, на которые вы подписались, показываются в ленте первыми.",
        "Жарнамалық SMS және push хабарламаларынан профиль баптауларында бас тартуға болады.",
    ],
)
def test_subscribed_channels_and_named_messages_are_no_collection(text: str) -> None:
    assert FP not in _lexicon_shows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ваша геопозиция используется только для показа ближайших магазинов.",
        "Ваш номер телефона используется для входа в приложение.",
        "Эти сведения используются только для расчёта стоимости доставки.",
        "Сіздің геолокацияңыз тек жақын дүкендерді көрсету үшін пайдаланылады.",
    ],
)
def test_data_said_to_be_used_in_the_passive_is_collection_and_use(text: str) -> None:
    assert FP in _lexicon_shows(text)
    check_phrasing(text, FP, "")


@pytest.mark.parametrize(
    "text",
    [
        "Мы держим сведения о заказах столько, сколько нужно для целей, ради которых их собрали.",
        "Данные хранятся не дольше, чем требуется для целей, для которых они были собраны.",
        "Деректер оларды жинау мақсаттарына жеткенге дейін сақталады.",
    ],
)
def test_kept_for_the_purposes_of_collection_is_retention_only(text: str) -> None:
    assert _lexicon_shows(text) == {"data_retention"}


@pytest.mark.parametrize(
    "text",
    [
        "У вас есть следующие права в отношении ваших сведений:",
        "Вы обладаете следующими правами:",
        "Как житель ЕС вы имеете определённые права:",
    ],
)
def test_russian_rights_list_heads_are_access_rights(text: str) -> None:
    check_phrasing(text, "user_access_edit_deletion", "")


@pytest.mark.parametrize(
    "text",
    [
        "Никнеймы видны на странице профиля любому посетителю сайта.",
        "Ваши отзывы видны всем посетителям магазина.",
        "Аты-жөніңіз профиль бетінде кез келген келушіге көрінеді.",
    ],
)
def test_shown_to_any_visitor_is_sharing(text: str) -> None:
    check_phrasing(text, "third_party_sharing_collection", "")


@pytest.mark.parametrize(
    "text",
    [
        "Қосымшаларға сіздің орналасқан жеріңізді білуге рұқсат береді.",
        "Қолданбаларға құрылғының географиялық орнын анықтауға мүмкіндік береді.",
    ],
)
def test_kazakh_switch_that_lets_apps_find_the_location_is_collection_and_choice(
    text: str,
) -> None:
    check_phrasing(text, (FP, CH), "")


def test_kazakh_service_that_lets_you_find_goods_states_no_choice() -> None:
    check_phrasing("Біздің қызмет сізге тауарларды жылдам табуға мүмкіндік береді.", "", CH)


@pytest.mark.parametrize(
    "text",
    [
        "Вы можете поменять имя в профиле или выгрузить все записи в файл.",
        "Историю покупок можно выгрузить в файл в личном кабинете.",
        "Профиль деректерін «Баптаулар» бөлімінде өзгертуге болады.",
        "Оқу тарихын жүктеп алуға болады.",
    ],
)
def test_editing_or_exporting_ones_own_data_is_access(text: str) -> None:
    check_phrasing(text, "user_access_edit_deletion", "")


def test_kazakh_changing_privacy_settings_stays_a_choice() -> None:
    check_phrasing(
        "Жекелік баптауларын кез келген уақытта Баптаулар ішінен өзгертуге болады.",
        CH,
        "user_access_edit_deletion",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Отправку статистики можно выключить в меню «Настройки» → «Конфиденциальность».",
        "Отчёты о сбоях отключаются в разделе «Параметры → Конфиденциальность».",
        "Бұл баптауды «Құпиялылық» бөлімінде өшіруге болады.",
    ],
)
def test_a_settings_path_to_the_privacy_section_is_no_security(text: str) -> None:
    check_phrasing(text, CH, SE)


@pytest.mark.parametrize(
    "text",
    [
        "Мы обрабатываем сведения по закону 152-ФЗ «О персональных данных».",
        "Сервис обрабатывает персональные данные в соответствии с Федеральным законом.",
        "Кітапхана деректерді Қазақстан Республикасының заңнамасына сәйкес өңдейді.",
    ],
)
def test_processing_according_to_a_named_law_is_the_law_only(text: str) -> None:
    assert _lexicon_shows(text) == {"international_specific_audiences"}


@pytest.mark.parametrize(
    "text",
    [
        "Мы предоставляем доступ к вашим данным курьерским службам.",
        "Доступ к вашим данным мы предоставляем партнёрам, которые печатают заказы.",
    ],
)
def test_access_the_service_grants_to_others_is_sharing_not_a_right(text: str) -> None:
    check_phrasing(text, "third_party_sharing_collection", "user_access_edit_deletion")


def test_kazakh_newsletter_sent_to_subscribers_is_no_sharing() -> None:
    text = "Жаңалықтар туралы Telegram-рассылка тек сіз жазылсаңыз жіберіледі."
    check_phrasing(text, CH, "third_party_sharing_collection")
    assert _lexicon_shows(text) == {FP, CH}


@pytest.mark.parametrize(
    "text",
    [
        "Курьер сіздің мекенжайыңыз бен атыңызды көреді.",
        "Курьер видит ваш адрес и номер телефона.",
        "Водителю показываются ваше имя и точка посадки.",
    ],
)
def test_a_courier_or_driver_seeing_the_data_is_sharing(text: str) -> None:
    check_phrasing(text, "third_party_sharing_collection", "")


@pytest.mark.parametrize(
    "text",
    [
        "Сайт сохраняет небольшие файлы cookie в папку временных файлов вашего браузера.",
        "Эта cookie используется для хранения информации о выбранном языке.",
    ],
)
def test_the_browsers_temporary_folder_and_storing_a_setting_are_no_retention(text: str) -> None:
    assert _lexicon_shows(text) == {FP}


def test_temporary_files_deleted_after_a_day_keep_their_retention() -> None:
    assert "data_retention" in _lexicon_shows("Временные файлы удаляются через сутки.")


def test_kazakh_automatic_crash_reporting_heading_is_collection() -> None:
    shown = line_categories_shown(
        "Баптаулар\n\nАқаулар туралы автохабарлау\n"
        "Қосымша құлаған кезде техникалық есепті әзірлеушілерге жібереді.\n"
        "Бұл ауыстырғышты кез келген уақытта өшіруге болады.\n"
    )
    assert shown["Ақаулар туралы автохабарлау"] == {FP}
