"""Segmentation on real sample lines (every language of the samples) and on tricky sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.core.document import Document
from policylens.core.segment import Segment, segment, split_sentences


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return Document.from_text(text, title=path.name, format="txt")


def clauses_of(text: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, title="t", format="txt")
    return [(s.kind, text[s.start : s.end]) for s in segment(document)]


def find(document: Document, segments: list[Segment], prefix: str) -> Segment:
    for s in segments:
        if document.text[s.start : s.end].startswith(prefix):
            return s
    raise AssertionError(f"no clause starts with {prefix!r}")


@pytest.mark.parametrize("name", ["fa1", "en", "fa2", "sv", "kk"])
def test_every_sample_gives_sane_clauses(samples: dict[str, Path], name: str) -> None:
    document = load(samples[name])
    segments = segment(document)
    assert segments
    previous_end = 0
    for s in segments:
        text = document.text[s.start : s.end]
        assert text.strip() == text and text, "no empty clause, no surrounding spaces"
        assert s.start >= previous_end, "clauses in text order, not overlapping"
        previous_end = s.end
        paragraph = document.paragraphs[s.paragraph]
        assert paragraph.start <= s.start < s.end <= paragraph.end
        assert (s.language, s.direction) == (paragraph.language, paragraph.direction)


def test_english_numbered_clauses_and_items(samples: dict[str, Path]) -> None:
    document = load(samples["en"])
    segments = segment(document)
    assert find(document, segments, "1. Information received by the Service").kind == "heading"
    assert find(document, segments, "1.4.1. Full Name;").kind == "list_item"
    assert find(document, segments, "1.4.5. Links to profiles").kind == "list_item"
    # The "1.1." prefix stays with its sentence; the sentence is not cut after "1.".
    first = find(document, segments, "1.1. The Service collects")
    assert document.text[first.start : first.end].endswith("specified by the Policy.")
    assert find(document, segments, "1.4. The User’s personal data").introduces
    # A URL with dots does not end a sentence.
    url = find(document, segments, "The text of the policy is available")
    assert document.text[url.start : url.end].endswith("privacy-policy")


def test_scrambled_persian_lines_still_give_clauses(samples: dict[str, Path]) -> None:
    document = load(samples["fa2"])
    segments = segment(document)
    texts = [document.text[s.start : s.end] for s in segments]
    assert all(t.strip() for t in texts)
    scrambled = [t for t in texts if "HTTPS" in t or "API Key" in t or "Zip" in t]
    assert scrambled, "the visually ordered lines are still there as clauses"
    assert find(document, segments, "- در زمان ثبت نام").kind == "list_item"
    assert find(document, segments, "محل ذخیره شدن اطلاعات شما").kind == "heading"
    assert all(
        s.direction == "rtl" for s in segments if "اطلاعات" in document.text[s.start : s.end]
    )


def test_kazakh_numbered_clauses(samples: dict[str, Path]) -> None:
    document = load(samples["kk"])
    segments = segment(document)
    heading = find(document, segments, "1. Пайдаланушылардың жеке ақпараты")
    assert (heading.kind, heading.level) == ("heading", 1)
    assert find(document, segments, "4. Құпиялылық саясатын өзгерту").kind == "heading"
    # Items after a list head ending with ":" are list items, even without a bullet.
    assert find(document, segments, "Пайдаланушының ұялы телефон нөмірі;").kind == "list_item"
    # "1.1.1. тармағында" (a clause reference) does not cut the sentence.
    reference = find(document, segments, "1.3. Сайтты пайдаланбас бұрын")
    assert "тармағында" in document.text[reference.start : reference.end]


def test_swedish_headings_and_bullets(samples: dict[str, Path]) -> None:
    document = load(samples["sv"])
    segments = segment(document)
    for heading in ("Integritetspolicy", "Information vi samlar in", "Datalagring", "Kryptering"):
        assert find(document, segments, heading).kind == "heading"
    assert find(document, segments, "- Namn och kontaktinformation").kind == "list_item"
    assert find(document, segments, "- • Molntjänster").kind == "list_item"
    assert find(document, segments, "Integritetsfrågor?").kind == "heading"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We share data with partners, e.g. payment providers. They follow rules.", 2),
        ("Wir teilen Daten, z. B. mit Partnern. Das ist alles.", 2),
        ("Wir teilen Daten, z.B. mit Partnern. Das ist alles.", 2),
        ("Vi delar data, t.ex. med partner. Det är allt.", 2),
        ("Vi delar data, d.v.s. med partner. Det är allt.", 2),
        ("Біз деректерді, т.б. ақпаратты жинаймыз. Басқа ештеңе жоқ.", 2),
        ("Мы собираем данные, т.е. имя и адрес. Больше ничего.", 2),
        ("Nous partageons, p. ex. avec M. Dupont. Rien de plus.", 2),
        ("The fee is 2.50 dollars. See https://example.com/a.b for more.", 2),
        ("Write to privacy@example.com. We answer in 3.5 days.", 2),
        ("ما اطلاعات را جمع میکنیم. آیا موافقید؟ بله", 3),
        ("اطلاعات شما محفوظ است؛ ما آن را نمیفروشیم.", 2),
        ("We collect data… Then we use it!", 2),
        ("Stand: 1. Juli 2024", 1),
        ("Die DSGVO gilt seit dem 25. Mai 2018. Wir halten sie ein.", 2),
        ("Wir speichern 10. Danach löschen wir.", 2),
    ],
)
def test_sentences_split_where_a_reader_would(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count, [text[a:b] for a, b in spans]


def test_list_items_headings_and_offsets_without_spaces() -> None:
    text = "DATA WE COLLECT\nWe collect:\n  - your name  \n• your e-mail\na) your phone\n"
    clauses = clauses_of(text)
    assert clauses == [
        ("heading", "DATA WE COLLECT"),
        ("heading", "We collect:"),
        ("list_item", "- your name"),
        ("list_item", "• your e-mail"),
        ("list_item", "a) your phone"),
    ]


def test_a_long_list_item_is_still_split() -> None:
    sentence = "We keep this information for as long as it is needed for the service. "
    text = "- " + sentence * 8
    clauses = clauses_of(text)
    assert len(clauses) == 8
    assert all(kind == "list_item" for kind, _ in clauses)


def test_blank_and_empty_documents() -> None:
    assert clauses_of("") == []
    assert clauses_of("\n\n   \n") == []
    assert clauses_of("...") == [("sentence", "...")]


def test_the_next_clause_of_a_numbering_ends_the_list_it_follows() -> None:
    text = (
        "3.1. We use the data for the following purposes:\n"
        "3.1.1. to deliver orders;\n"
        "3.1.2. to answer questions.\n"
        "3.2. We do not check the accuracy of what customers enter.\n"
    )
    kinds = [s.kind for s in segment(Document.from_text(text, title="t", format="txt"))]
    assert kinds[1:3] == ["list_item", "list_item"]
    assert kinds[3] == "sentence"


def test_roman_numbers_and_paragraph_signs_number_a_heading() -> None:
    text = "II. Spenden\nWenn Sie spenden, buchen wir den Betrag.\n§ 3 Weitergabe an Dritte\n"
    segments = segment(Document.from_text(text, title="t", format="txt"))
    assert [(s.kind, s.level, text[s.start : s.end]) for s in segments] == [
        ("heading", 1, "II. Spenden"),
        ("sentence", 0, "Wenn Sie spenden, buchen wir den Betrag."),
        ("heading", 1, "§ 3 Weitergabe an Dritte"),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("اگه نمیخواید پیام تخفیف بگیرید، فقط بنویسید «لغو» 🙏", False),
        ("We never sell your data to anyone 😊", False),
        ("Thanks for reading! 🙂", False),
        ("Your data 🔒", True),
        ("🔒 Security", True),
    ],
)
def test_an_emoji_ends_a_sentence_not_a_title(line: str, heading: bool) -> None:
    """A chatty line that ends in an emoji instead of a full stop is prose (read as a
    heading, it handed its practice to every line under it); a short title may carry one."""
    document = Document.from_text(f"{line}\nWe keep orders for a year.\n", title="t", format="txt")
    assert (segment(document)[0].kind == "heading") is heading


def test_lines_bulleted_with_the_same_emoji_are_a_list() -> None:
    kinds = clauses_of(
        "📌 حریم خصوصی\nاطلاعاتی که می‌گیریم\n🔹 نام و نام خانوادگی\n🔹 شماره تماس\n"
        "1️⃣ نشانی\n2️⃣ کد پستی"
    )
    assert kinds[0] == ("heading", "📌 حریم خصوصی"), "an emoji before a lone title keeps it a title"
    assert [k for k, _ in kinds[2:]] == ["list_item"] * 4


def test_numbered_lines_after_an_unnumbered_list_head_are_its_items() -> None:
    kinds = clauses_of("We collect:\n1. Name\n2. E-mail address\n\n۱. نام\n")
    assert kinds[1:3] == [("list_item", "1. Name"), ("list_item", "2. E-mail address")]
    persian = clauses_of("اطلاعاتی که جمع می‌کنیم:\n۱. نام\n۲. شماره موبایل")
    assert [k for k, _ in persian[1:]] == ["list_item", "list_item"]
    numbered_sections = clauses_of(
        "1. Introduction\nThis policy explains things.\n2. Data we collect"
    )
    assert numbered_sections[2] == ("heading", "2. Data we collect")


def test_a_sentence_after_a_list_is_not_one_more_item() -> None:
    kinds = clauses_of("We ask for:\n- your name\n- your address\nPayment is made on delivery.")
    assert [k for k, _ in kinds[1:]] == ["list_item", "list_item", "sentence"]


def test_an_unmarked_list_head_after_a_list_and_a_blank_line_is_not_one_more_item() -> None:
    kinds = clauses_of(
        "We collect:\n- your name\n- your postal address\n\n"
        "If you pay by card in our shop or online, our payment provider receives:\n"
        "- your card number\n"
    )
    assert [k for k, _ in kinds[1:]] == ["list_item", "list_item", "sentence", "list_item"]
    # Without the blank line it still reads as the list's next (unmarked) line.
    joined = clauses_of("We collect:\n- your name\nand, when you pay by card, from your bank:\n")
    assert joined[-1][0] == "list_item"


def test_items_ending_with_a_semicolon_run_on_to_the_lists_last_item() -> None:
    vendors = (
        "With vendors, consultants and other service providers who need access to such "
        "information to carry out work on our behalf, such as hosting, payment processing, "
        "e-mail delivery and customer support;"
    )
    kinds = clauses_of(
        "We may share information about you as follows:\n"
        f"{vendors}\n"
        "With your accountant, who sees the records you share;\n"
        "With your consent or at your direction.\n"
        "We do not sell your personal information.\n"
    )
    assert [k for k, _ in kinds] == ["sentence", "list_item", "list_item", "list_item", "sentence"]
