"""A policy copied from a PDF viewer or re-wrapped at a fixed width: the lines of a paragraph
are read as one paragraph (`hard_wrap`), so a sentence broken over lines keeps its meaning;
texts written a paragraph or a clause a line are read a line at a time as before."""

from __future__ import annotations

import textwrap

from policylens.core.analysis import analyze
from policylens.core.document import Document, text_sha256

POLICY = [
    "Privacy Policy",
    "What we collect",
    "When you create an account we collect your name, your e-mail address and the "
    "password you choose, and when you order we also record your delivery address and "
    "the items you bought so that we can deliver them.",
    "Who receives your data",
    "We share your delivery address and telephone number with the courier company that "
    "brings your parcel, and card payments are processed by Stripe Payments Europe, "
    "which receives your card number but never shares it with us.",
    "- our hosting provider in Frankfurt, which stores the shop's database and backups;",
    "How long we keep it",
    "We keep your order history for seven years because the bookkeeping law requires "
    "it, and we delete the rest of your account data 30 days after you close it.",
    "Your rights",
    "You may ask us for a copy of your data, ask us to correct it or to delete it, and "
    "you may complain to the data protection authority of your country at any time.",
]


def _wrapped(lines: list[str], width: int) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) for line in lines) + "\n"


def _document(text: str) -> Document:
    return Document.from_text(text, title="t", format="txt")


def _line_categories(text: str) -> dict[str, set[str]]:
    """The categories the clauses overlapping each line give it."""
    clauses = analyze(_document(text))
    found: dict[str, set[str]] = {}
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            found[line] = {
                c
                for clause in clauses
                if clause.start < end and clause.end > position
                for c in clause.category_ids
            }
        position = end + 1
    return found


def test_the_lines_of_a_wrapped_paragraph_are_one_paragraph_the_text_unchanged() -> None:
    text = _wrapped(POLICY, 60)
    document = _document(text)
    assert document.text == text and document.sha256 == text_sha256(text)
    paragraphs = [text[p.start : p.end].replace("\n", " ") for p in document.paragraphs]
    assert paragraphs == POLICY


def test_each_piece_of_a_wrapped_sentence_shows_the_sentence_s_categories() -> None:
    found = _line_categories(_wrapped(POLICY, 60))
    sharing = [line for line in found if "courier" in line or "Stripe" in line]
    assert len(sharing) >= 2
    assert all("third_party_sharing_collection" in found[line] for line in sharing)
    retention = [line for line in found if "seven years" in line or "30 days" in line]
    assert all("data_retention" in found[line] for line in retention)


def test_a_text_written_a_paragraph_or_a_clause_a_line_is_read_a_line_at_a_time() -> None:
    text = "\n".join(POLICY) + "\n"
    assert len(_document(text).paragraphs) == len(POLICY)
    clauses = "\n".join(
        [
            "Data we collect",
            "We collect your name and phone number when you book a table",
            "we use them only to confirm the booking and to remind you of it",
            "we never give them to other restaurants or to advertisers",
            "card payments at the table are handled by the terminal's bank",
            "you can ask us to delete your booking history at any time",
            "the booking system keeps past bookings for twelve months only",
            "if this page changes we will write the new date at the bottom",
        ]
    )
    assert len(_document(clauses).paragraphs) == 8


def test_a_persian_text_without_full_stops_keeps_its_lines() -> None:
    """Chats and small shops write without full stops: their lines are their clauses,
    however alike their lengths."""
    lines = [
        "برای ارسال سفارش نام و شماره موبایل و آدرس شما رو دریافت میکنیم و نگه میداریم",
        "شماره موبایل فقط برای هماهنگی ارسال به پیک فروشگاه داده میشه و به کسی نمیدیم",
        "پرداخت از طریق درگاه بانک انجام میشه و ما شماره کارت شما رو هیچوقت نمیبینیم",
        "اگه نمیخواید پیامک تخفیف بگیرید کافیه به ما بگید تا شمارتون رو حذف کنیم دیگه",
        "سفارشهای قبلی شما تا دو سال توی سامانه فروشگاه نگهداری میشه و بعد پاک میشه",
        "اطلاعات شما روی سرورهای داخل ایران نگهداری میشه و دسترسی به اون محدود هست",
        "هر وقت بخواید میتونید اطلاعات حساب کاربری خودتون رو ویرایش یا حذف کنید اینجا",
        "ممکنه این متن رو بعدا تغییر بدیم و تاریخ تغییر رو پایین همین صفحه مینویسیم",
    ]
    assert len(_document("\n".join(lines)).paragraphs) == len(lines)


def test_the_reader_sets_a_wrapped_paragraph_s_lines_without_gaps_between() -> None:
    from policylens.view.offsets import continued_blocks, line_starts

    text = _wrapped(POLICY, 60)
    document = _document(text)
    continued = continued_blocks(line_starts(text), [(p.start, p.end) for p in document.paragraphs])
    lines = text.split("\n")
    assert continued and all(lines[block - 1].strip() for block in continued)
    # The first line of every paragraph keeps its gap above.
    firsts = {text.count("\n", 0, p.start) for p in document.paragraphs}
    assert not firsts & continued
    assert len(firsts) + len(continued) == sum(1 for line in lines if line.strip())
