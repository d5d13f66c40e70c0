"""Kazakh app policies written as "label: value" rows (delivery, taxi and fintech apps, with
Russian words mixed in). A row giving a kind of record its period ("Қауіпсіздік журналдары: 90
күн", "Серверлік логтар: 30 күн", "Бейнежазбалар: 14 күн") is retention wherever it stands,
not security, and not nothing; a row whose label names no record ("Жауап беру мерзімі: 30
күн", a response time) is left as it reads. Under a head that names collection, a row that
labels a kind of data keeps that collection even when its words name a password
("Тіркелгі ақпараты: …, құпиясөз"); a row offering a choice does not. The operating system's
or device's version ("ОЖ нұсқасы") in a list of device data is no new version of the policy,
and a notice that "applies to" the company's apps ("қосымшаларына қолданылады") uses no data.
Minors' data handled "only with a parent's consent" ("ата-анасының келісімімен") names an
audience, not a choice offered, and "rights and freedoms" ("құқықтары мен бостандықтары") in
the opening of a template no access right.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, check_phrasing, line_categories_shown

from policylens.core.classifier import Evidence
from policylens.core.collection_items import keep_collection
from policylens.core.kazakh_rows import kazakh_row, row_label

CASES = [
    # A device-data row with the OS or firmware version is collection, not a policy change.
    ("Құрылғы деректері: модель, ОЖ нұсқасы, экран өлшемі.", (FP,), PC),
    ("Смарт-сағат туралы мәліметтер: сериялық нөмір, прошивка нұсқасы.", (), PC),
    # A row listing the kinds of a kind of data is collection, even alone.
    ("Клиент деректері: аты-жөні, ЖСН, туған күні", (FP,), ""),
    # ...but a contact row is not.
    ("Байланыс деректері: info@dala.example, +7 727 100 20 30", (), FP),
    # "Applies to our apps" uses no data.
    ("Бұл ескерту компанияның барлық мобильді қосымшаларына қолданылады.", (), FP),
    # Minors' data handled only with a parent's consent: an audience, not a choice offered.
    ("12 жасқа толмаған балалардың деректері тек ата-анасының келісімімен тіркеледі.", (IN,), CH),
    # The user's "rights and freedoms" in a template's opening: no access right.
    ("Саясат азаматтардың құқықтары мен бостандықтарын сақтауға бағытталған.", (), AC),
    # Consent by use stays consent.
    ("Қосымшаны орнатып, пайдалана отырып, сіз осы Саясатты қабылдайсыз.", (CH,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_kk24_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


# Rows of record periods, under a heading that names security or nothing: retention alone.
RECORD_ROWS = [
    (
        "Такси қызметінің құпиялылық саясаты\n\n5. Қорғау және мерзімдер\n\n"
        "Қауіпсіздік журналдары: 60 күн\n\nСерверлік логтар: 30 күн\n\n"
        "Сапарлар тарихы: 3 жыл\n",
        ["Қауіпсіздік журналдары: 60 күн", "Серверлік логтар: 30 күн", "Сапарлар тарихы: 3 жыл"],
    ),
    (
        "Құпиялылық саясаты\n\nБіз деректерді қорғаймыз.\n\n"
        "• Бейнежазбалар: 14 күн\n• Қолдау чаты: 1 жыл\n",
        ["• Бейнежазбалар: 14 күн", "• Қолдау чаты: 1 жыл"],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RECORD_ROWS)
def test_a_record_with_its_period_is_retention(text: str, rows: list[str]) -> None:
    shown = line_categories_shown(text)
    for row in rows:
        assert RE in shown[row], (row, shown[row])
        assert SE not in shown[row], (row, shown[row])


def test_a_row_under_a_collection_heading_keeps_the_collection() -> None:
    text = (
        "Жеткізу қызметінің құпиялылық саясаты\n\nБіз жинайтын деректер\n\n"
        "Кіру деректері: логин, құпиясөз, бір реттік код.\n\n"
        "Мекенжай деректері: көше, үй, подъезд коды.\n"
    )
    shown = line_categories_shown(text)
    assert FP in shown["Кіру деректері: логин, құпиясөз, бір реттік код."]
    assert FP in shown["Мекенжай деректері: көше, үй, подъезд коды."]


def test_rows_and_other_lines() -> None:
    assert row_label("Тапсырыстар тарихы: 3 жыл") == "тапсырыстар тарихы"
    assert row_label("• Серверлік логтар – 30 күн") == "серверлік логтар"
    # Sentences with a colon or a dash are no rows.
    assert row_label("Біз келесі деректерді сақтаймыз: логтар, чаттар.") is None
    assert row_label("Егер сіз келіспесеңіз – қосымшаны жойыңыз.") is None
    # A label naming no record, another language, or no period: left as it reads.
    assert kazakh_row("Жауап беру мерзімі: 30 күн", "kk", {}, {}, 0.6) == ({}, {})
    assert kazakh_row("Security logs: 90 days", "en", {}, {}, 0.6) == ({}, {})
    own = {SE: Evidence(0.8)}
    assert kazakh_row("Журнал деректері: шифрланған", "kk", own, own, 0.6)[0] is own
    assert set(kazakh_row("Журналдар: 90 күн", "kk", own, own, 0.6)[0]) == {RE}
    # A row offering a choice under a collection head gets no collection.
    choice = {CH: Evidence(0.8)}
    line = "Маркетинг деректері: баптауларда өшіре аласыз"
    context: dict[str, tuple[float, str]] = {}
    keep_collection(line, "kk", False, choice, context, {FP: 0.6}, 0.6)
    assert FP not in context
