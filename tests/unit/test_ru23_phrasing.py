"""Russian data words are not practices: "персональные данные", "обработка", "информация" turn
up in every section of a 152-ФЗ policy or a translated notice (rights, retention, security,
consent), and alone they state no collection; a verb of collecting or using does. A notice's
overview of itself ("Настоящее уведомление описывает, каким образом…") and a quoted glossary
entry ("«Обработка» означает…") state none either (`ru_glossary`). And a few Russian phrases
that named the wrong practice: "без" (without) is no stem of "безопасность", data kept "до
отзыва согласия" (until consent is withdrawn) is retention, staff who "получают доступ" are
access control, and a policy that "определяет порядок обработки … и меры по обеспечению их
безопасности" describes itself. The lines are written for this test, not taken from the dev
policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    # Data words in other sections: no collection.
    (
        "Субъект вправе требовать уточнения своих персональных данных, их блокирования или "
        "уничтожения.",
        AC,
        FP,
    ),
    ("Личные данные клиентов уничтожаются по достижении целей обработки.", RE, FP),
    # "без" closed: "безопасность" is no "without an account".
    ("Мы храним пароли в зашифрованном виде для безопасности учётных записей.", SE, CH),
    ("Сведения хранятся до достижения целей обработки или до отзыва согласия.", RE, CH),
    ("Работники получают доступ к информации только по служебной необходимости.", "", FP),
    (
        "Политика определяет порядок обработки персональных данных и меры по обеспечению их "
        "безопасности.",
        "",
        SE,
    ),
    # An account's data kept while it is active: retention; children's data not sought out:
    # the audience; servers "на которых хранятся" data: where they are, not how long.
    ("Сведения учётной записи хранятся, пока ваша учётная запись активна.", RE, FP),
    ("Подросткам до 14 лет лучше спросить родителей: их данные мы специально не собираем.", IN, FP),
    ("Серверы, на которых хранятся данные приложения, расположены в Германии.", "", RE),
    # Consent to processing, a service used without an account: choices. Data disclosed,
    # passed on or processed by a provider: sharing. Transfers out of the EEA: the region.
    ("Регистрируясь, Клиент даёт согласие на обработку своих персональных данных.", CH, FP),
    ("Пользоваться приложением можно без учётной записи.", CH, FP),
    ("Мы можем раскрыть информацию, если этого требует закон.", TP, FP),
    ("Мы передаём персональные данные службе доставки.", TP, FP),
    ("Статистика может обрабатываться поставщиком хостинга по договору с нами.", "", FP),
    ("Для передачи данных из ЕЭП мы используем стандартные договорные положения.", IN, ""),
    # Objecting to processing or restricting it is a right of access and deletion.
    ("Вы можете возразить против обработки ваших данных или потребовать её ограничения.", AC, ""),
    # A notice's overview of itself and a quoted glossary entry state no practice.
    (
        "Настоящее уведомление описывает, каким образом компания обрабатывает информацию, "
        "когда вы пользуетесь приложением.",
        "",
        FP,
    ),
    ("В настоящем Заявлении объясняется, как мы собираем и используем ваши данные.", "", FP),
    ("«Обработка» означает любую операцию с данными, например сбор, хранение и удаление.", "", RE),
    # A section's own opening does state its practice.
    ("Настоящий раздел описывает, какие данные мы собираем при регистрации.", FP, ""),
    # A verb of collecting or using still states collection; a choice without an account too.
    ("Мы собираем персональные данные, которые вы указываете при регистрации.", FP, ""),
    ("Оператор обрабатывает персональные данные для доставки заказов.", FP, ""),
    ("Слушать музыку можно без учётной записи.", CH, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_a_russian_data_word_alone_states_no_collection(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
