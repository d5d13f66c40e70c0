"""Russian and Arabic lines whose data words or polite phrases read as a practice they do not
state: the privacy of children is a children's practice, not a security measure; the name of a
data-protection law or topic, a contact line "on questions of processing", consent to cookies
and processors "who process it on our behalf" are not the service's own collection; a bare
Arabic "إذا سمحت" ("if you allow", also "please") is no choice, nor partners who "agree to keep
it confidential"; "our rights or the rights of others" in a disclosure line is no user right.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, SE, TP, check_phrasing

CHILDREN = [
    "Мы заботимся о защите конфиденциальности детей.",
    "Конфиденциальность несовершеннолетних посетителей для нас особенно важна.",
    "Мы уделяем особое внимание безопасности детей на нашей платформе.",
]


@pytest.mark.parametrize("text", CHILDREN)
def test_childrens_privacy_is_no_security_measure(text: str) -> None:
    check_phrasing(text, (IN,), SE)


NO_COLLECTION = [
    ("Политика составлена с учётом закона о защите персональных данных.", ""),
    ("По вопросам обработки персональных данных пишите на privacy@ivolga.example.", ""),
    ("Продолжая пользоваться сайтом, вы соглашаетесь с обработкой файлов cookie.", CH),
    ("Мы раскрываем сведения подрядчикам, которые обрабатывают их от нашего имени.", TP),
]


@pytest.mark.parametrize(("text", "wanted"), NO_COLLECTION)
def test_a_data_word_alone_is_no_collection(text: str, wanted: str) -> None:
    check_phrasing(text, wanted, FP)


NO_CHOICE = [
    ("يرجى التواصل معنا إذا سمحت عبر البريد الإلكتروني.", ""),
    ("قد نشارك معلوماتك مع مزودي خدمة يوافقون على الحفاظ على سرية هذه المعلومات.", TP),
]


@pytest.mark.parametrize(("text", "wanted"), NO_CHOICE)
def test_if_you_allow_and_partners_agreeing_are_no_choice(text: str, wanted: str) -> None:
    check_phrasing(text, wanted, CH)


def test_partners_keeping_it_confidential_is_no_security_measure() -> None:
    check_phrasing("نشارك بياناتك مع شركاء يوافقون على الحفاظ على سرية هذه البيانات.", TP, SE)


def test_if_you_allow_it_is_still_a_choice() -> None:
    check_phrasing("نضع ملفات تعريف الارتباط على جهازك إذا سمحت بذلك.", CH, "")


def test_our_rights_in_a_disclosure_are_no_user_right() -> None:
    check_phrasing("قد نكشف معلوماتك لحماية حقوقنا أو حقوق الآخرين أو سلامتهم.", TP, AC)


def test_a_summary_heading_names_no_practice() -> None:
    from policylens.core.document import Document
    from policylens.core.learn.apply import analyze_with_model

    text = "Как мы передаём информацию\nМы передаём адрес службе доставки.\nКраткое изложение\n"
    document = Document.from_text(text, title="case", format="txt")
    start = text.index("Краткое")
    shown = {
        c
        for clause in analyze_with_model(document)
        if clause.start <= start < clause.end
        for c in clause.category_ids
    }
    assert TP not in shown and FP not in shown, shown


MORE = [
    ("Мы используем вашу информацию, чтобы предоставлять вам доступ к сервису.", FP, TP),
    ("Мы храним и обрабатываем персональные данные на серверах в США.", IN, ""),
    ("Вы можете запросить у нас сведения о том, какие ваши данные мы обрабатываем.", AC, FP),
    ("يمكن للمستخدمين المسجلين الوصول إلى بياناتهم وتعديلها من صفحة الحساب.", AC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), MORE)
def test_providing_to_you_servers_in_the_us_and_asking_what_is_processed(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


ARABIC_SHARING = [
    ("قد نقدم معلومات الزوار غير الشخصية إلى أطراف أخرى لأغراض الإعلان.", TP, ""),
    ("عندما تنشر تعليقًا علنيًا يمكن لأي شخص الوصول إليه.", TP, ""),
    ("يرجى عدم مشاركة أي معلومات حساسة في التعليقات العامة.", "", TP),
    ("نشارك بياناتك مع مزودي خدمة موثوقين طالما وافقوا على الحفاظ على سريتها.", TP, RE),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ARABIC_SHARING)
def test_other_parties_the_public_advice_and_as_long_as_they_agree(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


RUSSIAN_NO_COLLECTION = [
    ("Учётную запись можно удалить в разделе «Профиль» или письмом в поддержку.", AC),
    ("Ваши сведения могут обрабатываться за пределами Российской Федерации.", IN),
]


@pytest.mark.parametrize(("text", "wanted"), RUSSIAN_NO_COLLECTION)
def test_deleting_the_account_and_processing_abroad_are_no_collection(
    text: str, wanted: str
) -> None:
    check_phrasing(text, wanted, FP)


def test_a_short_summary_heading_is_generic() -> None:
    check_phrasing("Кратко", "", FP)
