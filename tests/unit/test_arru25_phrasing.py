"""Stock lines of Russian 152-ФЗ policies and of translated Arabic notices that a reader labels at
sight. The operator's list of operations on the data ("сбор, запись, систематизацию, …,
блокирование, удаление, уничтожение") and the list of harms security measures ward off
("от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования")
give no data right, name no recipient and no period (`core.ru_template_lists`); consent listed
among the legal bases of processing gives no choice; processing "с передачей по внутренней
сети" is no sharing, and a service that processes data "на основании поручения Оператора" is a
processor. A representative "in the EU" is a contact, no audience, and an Emirati ID card is a
kind of data, not a jurisdiction, and "تعني «…»" opens a definition. The lines are written for
this test, not taken from the dev policies; each is checked with the model and with the cues
alone."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, SE, TP, check_phrasing

from policylens.core.analysis import analyze
from policylens.core.document import Document

CASES = [
    # The operator's list of operations: collection, not access, sharing or retention.
    (
        "Оператор выполняет следующие действия с персональными данными: сбор, запись,"
        " систематизацию, накопление, хранение, уточнение (обновление, изменение), извлечение,"
        " использование, передачу (предоставление, доступ), обезличивание, блокирование,"
        " удаление, уничтожение.",
        (FP,),
        AC,
    ),
    (
        "Перечень действий с персональными данными: сбор, систематизация, хранение, уточнение,"
        " блокирование и уничтожение.",
        (FP,),
        AC,
    ),
    (
        "Оператор выполняет сбор, запись, накопление, хранение, извлечение и использование"
        " персональных данных клиентов.",
        (FP,),
        RE,
    ),
    # The harms that security measures ward off: security alone.
    (
        "Оператор применяет меры защиты персональных данных от неправомерного или случайного"
        " доступа к ним, уничтожения, изменения, блокирования, копирования, распространения.",
        (SE,),
        AC,
    ),
    (
        "Данные защищены от несанкционированного доступа, уничтожения, модификации, блокирования"
        " и копирования.",
        (SE,),
        AC,
    ),
    # ...but a user's request to correct or delete keeps its right, and a recipient outside
    # the list keeps its sharing.
    (
        "Пользователь вправе потребовать уточнения, блокирования или уничтожения своих данных.",
        (AC,),
        "",
    ),
    (
        "Оператор осуществляет сбор, хранение, использование, уточнение и передачу данных"
        " третьим лицам — службам доставки.",
        (TP,),
        "",
    ),
    # Consent among the legal bases: no choice; withdrawing it still is one.
    (
        "Правовыми основаниями обработки являются: договор с клиентом, согласие субъекта"
        " персональных данных, Устав Оператора.",
        (FP,),
        CH,
    ),
    (
        "Пользователь вправе отозвать согласие на обработку, направив заявление Оператору.",
        (CH,),
        "",
    ),
    # Transmission over the internal network is no sharing; processing on the operator's
    # instruction is a processor's.
    (
        "Обработка ведётся смешанным способом, с передачей по внутренней сети организации.",
        (),
        TP,
    ),
    (
        "Статистику посещений собирает ООО «Счётчик» на основании поручения Оператора.",
        (TP,),
        "",
    ),
    # Categories of data subjects: counterparties and the recipients of parcels are people
    # whose data is kept, not recipients of the data.
    ("— клиенты и контрагенты Компании (физические лица): фамилия, имя, телефон;", (), TP),
    ("— получатели заказов: имя, телефон, адрес доставки;", (), TP),
    # Withdrawing consent is a choice, not a data right; destroying the data when the purpose
    # is reached is retention; reading one's data is access.
    ("Субъект вправе в любой момент отозвать согласие, направив заявление Оператору.", (CH,), AC),
    (
        "По достижении целей обработки Оператор уничтожает их, о чём составляется акт об"
        " уничтожении.",
        (RE,),
        AC,
    ),
    (
        "Оператор обязан предоставить субъекту возможность ознакомления с его персональными"
        " данными.",
        (AC,),
        "",
    ),
    # A representative in the EU is a contact; an Emirati ID card is a kind of data.
    ("ممثلنا في الاتحاد الأوروبي: شركة دلتا للتمثيل، مدريد، إسبانيا.", (), IN),
    ("الممثل المعتمد لنا في المملكة المتحدة: شركة غاما، مانشستر.", (), IN),
    ("نطلب صورة الهوية الإماراتية ورقم الهاتف عند فتح الحساب.", (FP,), IN),
    # Where the organisation is registered or has its seat names no audience
    # (`core.local_seat`)...
    ("نحن جمعية غير ربحية مسجلة في ولاية ديلاوير بالولايات المتحدة.", (), IN),
    ("يقع مقرنا في الإمارات، ويعمل فريقنا عن بُعد.", (), IN),
    ("Мы — некоммерческая организация, зарегистрированная в Канаде.", (), IN),
    # A line labelled as the representative in the EU is contact details, whatever country
    # its address names.
    ("ممثلنا في الاتحاد الأوروبي: Nordlicht Representative GmbH، برلين، ألمانيا.", (), IN),
    ("Представитель в ЕС: Nordlicht Representative GmbH, Берлин, Германия.", (), IN),
    # ...though its servers there, or users who live there, do.
    ("يقع مقرنا في الإمارات، وتُخزَّن بياناتك على خوادم في أوروبا.", (IN,), ""),
    ("Данные пользователей хранятся на серверах в Канаде.", (IN,), ""),
    # A glossary line with its verb or "the term" first defines a term (`core.ar_glossary`).
    ("تعني «المعلومات الشخصية» أي بيانات تتعلق بفرد محدد أو يمكن تحديده.", (), FP),
    ("يشير مصطلح «ملفات تعريف الارتباط» إلى ملفات صغيرة تُحفظ على جهازك.", (), FP),
    ("نعني بـ«الخدمات» الموقع والتطبيق وكل ما نقدمه من خلالهما.", (), FP),
    # ...while a line that collects the data still states collection.
    ("نجمع المعلومات الشخصية التي تقدمها عند إنشاء الحساب.", (FP,), ""),
    # ...while data kept in a country, or residents of the EU, still state an audience.
    ("إذا كنت مقيمًا في الاتحاد الأوروبي، يحق لك تقديم شكوى إلى سلطة حماية البيانات.", (IN,), ""),
    ("Базы данных расположены на серверах в Российской Федерации.", (IN,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_arru25_line_with_model(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_arru25_line_with_cues_alone(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    document = Document.from_text(text + "\n", title="case", format="txt")
    found = {c for clause in analyze(document) for c in clause.category_ids}
    assert set(wanted) <= found, found
    if unwanted:
        assert unwanted not in found, found
