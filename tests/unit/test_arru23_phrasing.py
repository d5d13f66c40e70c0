"""Arabic and Russian families of forum, CMS and app policies (session 23): offers, newsletters
and notices the service itself sends are its own use of the data; collection told in the
Arabic future tense ("سنجمع", "سيتم جمع") is collection; what any visitor or the other
members can see is disclosure to them; the laws of the country that hosts the site name a
jurisdiction; "kept for as long as the purposes we collected it for" is retention, not
collection. The lines are written for this test, not taken from the real texts, the dev
policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import FP, IN, RE, TP, check_phrasing

SENT_BY_US = [
    "نرسل عروضا أسبوعية عبر الرسائل النصية لعملائنا المسجلين.",
    "نُرسِل إليك رسائل بالعروض الجديدة كل شهر.",
    "سوف تتلقى منا رسائل بريد إلكتروني حول الطلبات والعروض.",
    "Мы будем присылать вам письма о скидках и новых поступлениях.",
    "Раз в месяц мы иногда пишем подписчикам о новинках.",
    "Мы можем отправлять вам уведомления по электронной почте о новых ответах в теме.",
]


@pytest.mark.parametrize("text", SENT_BY_US)
def test_messages_the_service_sends_are_its_use(text: str) -> None:
    check_phrasing(text, FP, "")


FUTURE_COLLECTION = [
    "سنجمع عنوان بريدك الإلكتروني عندما تنشئ حسابا في المنتدى.",
    "ستجمع اللعبة إحصاءات مجهولة عن مدة اللعب.",
    "سيتم جمع سجلات الأعطال عند توقف التطبيق.",
]


@pytest.mark.parametrize("text", FUTURE_COLLECTION)
def test_arabic_future_collection_is_collection(text: str) -> None:
    check_phrasing(text, FP, "")


SEEN_BY_OTHERS = [
    "يمكن لأي زائر أن يرى منشوراتك العامة وملفك الشخصي.",
    "تكون مساهماتك في الخريطة مرئية بشكل عام لكل من يزور الموقع.",
    "Публичные сообщения на форуме может прочитать любой посетитель.",
    "Ваш профиль и список друзей могут видеть все участники сообщества.",
]


@pytest.mark.parametrize("text", SEEN_BY_OTHERS)
def test_what_others_can_see_is_disclosure(text: str) -> None:
    check_phrasing(text, TP, "")


HOSTING_COUNTRY = [
    "تخضع بيانات الأعضاء لقوانين البلد الذي نستضيف فيه الخوادم.",
    "Данные аккаунта защищены законами страны размещения нашего сервера.",
    "На данные участников распространяются законы страны, где размещён хостинг форума.",
]


@pytest.mark.parametrize("text", HOSTING_COUNTRY)
def test_the_hosting_countrys_laws_name_a_jurisdiction(text: str) -> None:
    check_phrasing(text, IN, "")


def test_kept_for_the_purposes_of_collection_is_retention_only() -> None:
    check_phrasing(
        "نحتفظ ببياناتك طالما كانت لازمة للأغراض التي نجمعها ونستخدمها من أجلها.", RE, FP
    )
