"""Latin letters typed inside Cyrillic words (Kazakh "і" as Latin "i", a Latin "a" or "o" from a
switched keyboard layout): a Kazakh or Russian policy highlights as the one typed in Cyrillic."""

from __future__ import annotations

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.normalize import normalize_for_matching, normalize_key

KAZAKH = (
    "Біз жинайтын мәліметтер\n"
    "Тіркелу кезінде телефон нөміріңізді және атыңызды жинаймыз.\n"
    "Біз сіздің деректеріңізді үшінші тұлғаларға сатпаймыз.\n"
    "Деректеріңізді жоюды сұрай аласыз.\n"
)
RUSSIAN = (
    "Мы передаём ваши персональные данные службе доставки.\n"
    "Вы можете отозвать согласие на обработку данных в любое время.\n"
)


def _categories(text: str) -> list[tuple[str, ...]]:
    return [c.category_ids for c in analyze(Document.from_text(text, title="t", format="txt"))]


def test_kazakh_typed_with_a_latin_i_highlights_as_typed_in_cyrillic() -> None:
    typed = KAZAKH.replace("і", "i").replace("І", "I")
    assert typed != KAZAKH
    assert _categories(typed) == _categories(KAZAKH)


def test_latin_look_alikes_inside_russian_words_are_read_as_cyrillic() -> None:
    typed = RUSSIAN.replace("а", "a").replace("о", "o").replace("р", "p")
    assert _categories(typed) == _categories(RUSSIAN)


def test_latin_words_beside_cyrillic_text_stay_latin_and_offsets_stay() -> None:
    text = "Google Analytics, iOS, Telegram-ға бiлiм"
    normalized = normalize_for_matching(text)
    assert normalized.text == "google analytics, ios, telegram-ға білім"
    assert len(normalized.text) == len(text)
    assert normalize_key("бiлiм") == normalize_key("білім")
