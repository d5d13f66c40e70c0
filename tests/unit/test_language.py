"""Language and direction of paragraphs: every sample paragraph, and sentences in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.core.language import detect_language, detect_languages

SENTENCES: dict[str, list[str]] = {
    "fa": [
        "ما اطلاعات شخصی شما را بدون اجازه در اختیار دیگران قرار نمی‌دهیم.",
        "برای حذف حساب کاربری خود با پشتیبانی تماس بگیرید.",
        "این سیاست ممکن است در آینده تغییر کند.",
        # Arabic yeh and kaf, as Persian text in the wild has them.
        "ما اطلاعات شما را براي بهبود خدمات نگهداري ميكنيم و به هيچ شركتي نمي فروشيم.",
        "برای اطلاعات بیشتر به https://example.com/privacy مراجعه کنید.",
        "حریم خصوصی",
    ],
    "ar": [
        "نحن نجمع المعلومات التي تقدمها لنا عند التسجيل في الموقع.",
        "لن نشارك بياناتك الشخصية مع أي طرف ثالث دون موافقتك.",
        "يمكنك طلب حذف بياناتك في أي وقت عن طريق الاتصال بنا.",
        "سياسة الخصوصية",
    ],
    "en": [
        "We collect the information you give us when you sign up.",
        "You can ask us to delete your account at any time.",
        "We keep server logs for thirty days.",
    ],
    "sv": [
        "Vi sparar dina uppgifter så länge du har ett konto hos oss.",
        "Du kan när som helst begära att vi raderar dina personuppgifter.",
        "Vi delar inte din information med tredje part utan ditt samtycke.",
    ],
    "de": [
        "Wir speichern Ihre Daten nur so lange, wie es für den Zweck erforderlich ist.",
        "Sie können der Verarbeitung Ihrer personenbezogenen Daten jederzeit widersprechen.",
        "Die Übermittlung erfolgt verschlüsselt.",
    ],
    "fr": [
        "Nous conservons vos données personnelles pendant la durée de votre abonnement.",
        "Vous pouvez demander la suppression de vos informations à tout moment.",
        "Cette politique peut être modifiée.",
    ],
    "es": [
        "Recopilamos los datos que usted nos proporciona al registrarse en el sitio.",
        "Puede solicitar la eliminación de sus datos personales en cualquier momento.",
    ],
    "it": [
        "Raccogliamo i dati che ci fornisci quando ti registri al servizio.",
        "Puoi chiedere la cancellazione dei tuoi dati personali in qualsiasi momento.",
    ],
    "tr": [
        "Kişisel verileriniz yalnızca hizmetin sunulması için işlenir.",
        "Bilgilerinizi üçüncü taraflarla paylaşmıyoruz ve satmıyoruz.",
    ],
    "ru": [
        "Мы собираем персональные данные, которые вы указываете при регистрации.",
        "Вы можете в любой момент потребовать удаления своих данных.",
        "Политика конфиденциальности",
    ],
    "kk": [
        "Біз сіздің жеке деректеріңізді үшінші тұлғаларға бермейміз.",
        "Пайдаланушы өз деректерін жоюды кез келген уақытта сұрай алады.",
        "Құпиялылық саясаты",
        "Деректерді сақтау мерзімі",
    ],
    "uk": [
        "Ми збираємо персональні дані, які ви надаєте під час реєстрації.",
        "Ви можете будь-коли попросити видалити ваші дані.",
    ],
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [(lang, s) for lang, sentences in SENTENCES.items() for s in sentences],
)
def test_sentences_in_each_language(language: str, sentence: str) -> None:
    assert detect_language(sentence) == language


@pytest.mark.parametrize("text", ["", "   ", "12345 - 2024/01/15", "12:30 — 45%", "…!?"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_persian_and_arabic_are_told_apart_by_letters() -> None:
    assert detect_language("گزارش") == "fa"
    assert detect_language("المعلومات الشخصية") == "ar"


def test_kazakh_and_russian_are_told_apart() -> None:
    assert detect_language("Қазақстан Республикасы") == "kk"
    assert detect_language("Российская Федерация и её граждане") == "ru"


def test_weak_guesses_follow_the_document_majority() -> None:
    paragraphs = [
        "Vi samlar in uppgifter om dig när du använder tjänsten.",
        "Teknisk data",
        "Vi delar inte dina uppgifter med någon.",
    ]
    assert detect_languages(paragraphs) == ["sv", "sv", "sv"]
    # A confident guess keeps its own language.
    assert detect_languages([*paragraphs, "We never sell your data."])[-1] == "en"


def _paragraphs(path: Path) -> list[tuple[str, str, str]]:
    text = path.read_text("utf-8")
    document = Document.from_text(text, title="t", format="txt")
    return [(text[p.start : p.end], p.language, p.direction) for p in document.paragraphs]


def _is_pure_latin(line: str) -> bool:
    return not any("\u0600" <= c <= "\u06ff" for c in line)


@pytest.mark.parametrize("name", ["fa1", "fa2"])
def test_every_persian_sample_paragraph_is_fa_rtl(samples: dict[str, Path], name: str) -> None:
    paragraphs = _paragraphs(samples[name])
    assert paragraphs
    for line, language, direction in paragraphs:
        if _is_pure_latin(line):
            continue
        assert (language, direction) == ("fa", "rtl"), line


def test_every_kazakh_sample_paragraph_is_kk_ltr(samples: dict[str, Path]) -> None:
    for line, language, direction in _paragraphs(samples["kk"]):
        assert direction == "ltr", line
        # The company's Russian name «Много Музыки» opens one Kazakh paragraph.
        assert language == "kk" or (language == "ru" and "Много Музыки" in line), line


@pytest.mark.parametrize(("name", "language"), [("en", "en"), ("sv", "sv")])
def test_every_latin_sample_paragraph(samples: dict[str, Path], name: str, language: str) -> None:
    for line, detected, direction in _paragraphs(samples[name]):
        assert (detected, direction) == (language, "ltr"), line


def test_sample_documents_dominant_language(samples: dict[str, Path]) -> None:
    expected = {"fa1": ("fa", "rtl"), "fa2": ("fa", "rtl"), "en": ("en", "ltr")}
    expected |= {"sv": ("sv", "ltr"), "kk": ("kk", "ltr")}
    for name, (language, direction) in expected.items():
        text = samples[name].read_text("utf-8")
        document = Document.from_text(text, title="t", format="txt")
        assert (document.language, document.direction) == (language, direction), name


# --- long documents: guessed from a sample first ----------------------------------------------

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _corpus_texts(language: str) -> list[str]:
    import json

    lines = (CORPUS / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
    return [str(json.loads(line)["text"]) for line in lines if line.strip()]


def _one_by_one(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What every paragraph guessed in full gives (the way of a short document)."""
    import policylens.core.language as language

    with monkeypatch.context() as patch:
        patch.setattr(language, "_SAMPLED_FROM", len(texts) + 1)
        return detect_languages(texts)


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES_DIR.glob("00*.txt")))
def test_a_long_document_gets_the_languages_each_paragraph_would(
    sample: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join([(SAMPLES_DIR / sample).read_text(encoding="utf-8")] * 30)
    paragraphs = [
        text[p.start : p.end] for p in Document.from_text(text, title="", format="txt").paragraphs
    ]
    assert len(paragraphs) >= 256  # long enough to be sampled
    assert detect_languages(paragraphs) == _one_by_one(paragraphs, monkeypatch)


@pytest.mark.parametrize(
    ("major", "minor"), [("kk", "ru"), ("ru", "kk"), ("fa", "ar"), ("ar", "fa"), ("sv", "en")]
)
def test_a_few_paragraphs_in_another_language_of_the_script_keep_theirs(
    major: str, minor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample finds one language; the stray paragraphs, which it missed, are still found
    (by the letters their language has and the sample's lacks)."""
    paragraphs = _corpus_texts(major)[:400]
    # Where the sample does not look (it takes every 405 // 64 = 6th paragraph).
    strays = [37, 109, 181, 253, 325]
    for position, stray in zip(strays, _corpus_texts(minor), strict=False):
        paragraphs.insert(position, stray)
    languages = detect_languages(paragraphs)
    assert languages == _one_by_one(paragraphs, monkeypatch)
    assert minor in [languages[position] for position in strays]
