"""A policy and its translation: paragraphs aligned across English and Persian."""

from __future__ import annotations

from policylens.core.compare import compare, suggest_mode
from policylens.core.document import Document

# Written for this test: a short policy and its Persian translation. The translator split
# clause 2.1 into two paragraphs, added a translator's note, and numbered in Persian digits.
ENGLISH = [
    "Privacy Policy",
    "This policy explains how Nava Music collects, uses and protects your personal "
    "information when you use our app and website.",
    "1. Information we collect",
    "1.1. When you register, we ask for your email address and a password.",
    "1.2. We automatically record your device type, browser version and the pages you "
    "visit, to improve the service.",
    "2. Sharing with others",
    "2.1. We do not sell your data. We share it only with payment processors such as "
    "Zarinpal, and with courts when the law requires it.",
    "3. Your rights",
    "3.1. You can view, correct or delete your account at any time from the settings page, "
    "or by writing to privacy@navamusic.example.",
    "3.2. We keep your data for 24 months after your last login, then delete it.",
    "Last updated: 12 March 2024.",
]
PERSIAN = [
    "سیاست حفظ حریم خصوصی",
    "این سیاست توضیح می‌دهد که نوا موزیک چگونه اطلاعات شخصی شما را هنگام استفاده از "
    "برنامه و وب‌سایت ما جمع‌آوری، استفاده و محافظت می‌کند.",
    "۱. اطلاعاتی که جمع‌آوری می‌کنیم",
    "۱.۱. هنگام ثبت‌نام، نشانی ایمیل و یک رمز عبور از شما می‌خواهیم.",
    "۱.۲. ما به‌طور خودکار نوع دستگاه، نسخه مرورگر و صفحاتی را که بازدید می‌کنید ثبت "
    "می‌کنیم تا خدمات را بهبود دهیم.",
    "۲. اشتراک‌گذاری با دیگران",
    "۲.۱. ما اطلاعات شما را نمی‌فروشیم.",
    "آن را فقط با پردازشگرهای پرداخت مانند Zarinpal و در صورت الزام قانونی با دادگاه‌ها "
    "به اشتراک می‌گذاریم.",
    "۳. حقوق شما",
    "۳.۱. شما می‌توانید در هر زمان از صفحه تنظیمات یا با نوشتن به "
    "privacy@navamusic.example حساب خود را مشاهده، اصلاح یا حذف کنید.",
    "۳.۲. ما اطلاعات شما را تا ۲۴ ماه پس از آخرین ورود نگه می‌داریم و سپس حذف می‌کنیم.",
    "یادداشت مترجم: در صورت اختلاف میان دو متن، متن انگلیسی ملاک است و این ترجمه تنها "
    "برای راحتی کاربران فارسی‌زبان تهیه شده است و هیچ اعتبار حقوقی جداگانه‌ای ندارد.",
    "آخرین به‌روزرسانی: ۱۲ مارس ۲۰۲۴.",
]
# Expected beads: English paragraph indices ↔ Persian paragraph indices.
EXPECTED = [
    ((0,), (0,)),
    ((1,), (1,)),
    ((2,), (2,)),
    ((3,), (3,)),
    ((4,), (4,)),
    ((5,), (5,)),
    ((6,), (6, 7)),
    ((7,), (8,)),
    ((8,), (9,)),
    ((9,), (10,)),
    ((), (11,)),
    ((10,), (12,)),
]


def _document(paragraphs: list[str], title: str) -> Document:
    return Document.from_text("\n\n".join(paragraphs) + "\n", title=title, format="txt")


def _span(document: Document, indices: tuple[int, ...]) -> tuple[int, int] | None:
    if not indices:
        return None
    return document.paragraphs[indices[0]].start, document.paragraphs[indices[-1]].end


def test_english_persian_pair_is_a_translation() -> None:
    english, persian = _document(ENGLISH, "en"), _document(PERSIAN, "fa")
    assert suggest_mode(english, persian) == "translation"
    assert suggest_mode(persian, english) == "translation"


def test_english_persian_paragraphs_aligned() -> None:
    english, persian = _document(ENGLISH, "en"), _document(PERSIAN, "fa")
    comparison = compare(english, persian)
    assert comparison.mode == "translation"
    expected = [(_span(english, a), _span(persian, b)) for a, b in EXPECTED]
    assert [(p.a, p.b) for p in comparison.pairs] == expected
    assert all(p.relation == "aligned" for p in comparison.pairs)


def test_different_policies_in_different_languages_are_not_a_translation() -> None:
    """The bundled English, Swedish, Kazakh and Persian policies are four different services:
    told apart by what a translator keeps (addresses, numbers, names), not by language alone."""
    from itertools import combinations
    from pathlib import Path

    from policylens.core.loaders import load_document

    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    documents = [load_document(path) for path in sorted(samples.glob("0*.txt"))]
    for a, b in combinations(documents, 2):
        assert suggest_mode(a, b) != "translation", (a.title, b.title)
    english = _document(ENGLISH, "en")
    persian_without_anchors = _document([p.split(":")[0] for p in PERSIAN[:3]], "fa")
    assert suggest_mode(english, persian_without_anchors) == "policies"


def test_alignment_works_from_persian_side_too() -> None:
    english, persian = _document(ENGLISH, "en"), _document(PERSIAN, "fa")
    comparison = compare(persian, english, analyse=False)
    expected = [(_span(persian, b), _span(english, a)) for a, b in EXPECTED]
    assert [(p.a, p.b) for p in comparison.pairs] == expected


def test_counterpart_lookup_follows_the_alignment() -> None:
    english, persian = _document(ENGLISH, "en"), _document(PERSIAN, "fa")
    comparison = compare(english, persian, analyse=False)
    clause = english.paragraphs[8]
    assert comparison.counterpart_in_b(clause.start + 3) == _span(persian, (9,))
    assert comparison.counterpart_in_a(persian.paragraphs[7].start) == _span(english, (6,))


def test_a_long_untranslated_preface_does_not_derail_the_alignment() -> None:
    # 40 paragraphs only the Persian version has: far off the diagonal the aligner starts on.
    preface = [
        f"بند مقدماتی شماره {k} فقط در نسخه فارسی آمده است و ترجمه ندارد." for k in range(40)
    ]
    english, persian = _document(ENGLISH, "en"), _document(preface + PERSIAN, "fa")
    comparison = compare(english, persian, "translation", analyse=False)
    shifted = [(a, tuple(k + 40 for k in b)) for a, b in EXPECTED]
    expected = [(None, _span(persian, (k,))) for k in range(40)]
    expected += [(_span(english, a), _span(persian, b)) for a, b in shifted]
    assert [(p.a, p.b) for p in comparison.pairs] == expected
