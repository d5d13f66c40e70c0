"""The first page: what the policy is, who reviewed it, and what it says (a bar chart of
clauses per category in the category colours) with a colour legend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from policylens.export.pdf_canvas import MARGIN, Canvas
from policylens.export.pdf_model import CategoryStyle
from policylens.export.pdf_text import TextStyle

_LABELS = {
    "en": {
        "report": "Privacy policy review",
        "source": "Source",
        "language": "Language",
        "date": "Date",
        "annotators": "Annotators",
        "none": "none",
        "chart": "Clauses per category",
        "legend": "Colour legend",
        "no_categories": "No categorised clauses.",
        "headings": "Headings",
        "categories": "Categories",
        "clauses": "Analysis",
        "clause_counts": "{clauses} clauses, {categorised} with categories",
        "reviewer_labels": "Reviewer labels",
        "notes": "Reviewer notes",
        "marker_line": "Note {number} · page {page}",
        "status": "Review status",
        "status_ok": "ok",
        "status_concern": "concern",
        "status_question": "question",
        "rejected": "suggestion rejected",
        "unconfirmed": "not confirmed",
        "page_number": "{page} / {total}",
    },
    "fa": {
        "report": "بررسی سیاست حریم خصوصی",
        "source": "منبع",
        "language": "زبان",
        "date": "تاریخ",
        "annotators": "برچسب‌گذاران",
        "none": "هیچ",
        "chart": "تعداد بندها در هر دسته",
        "legend": "راهنمای رنگ‌ها",
        "no_categories": "هیچ بند دسته‌بندی‌شده‌ای نیست.",
        "headings": "سرفصل‌ها",
        "categories": "دسته‌ها",
        "clauses": "تحلیل",
        "clause_counts": "{clauses} بند، {categorised} بند دسته‌بندی‌شده",
        "reviewer_labels": "برچسب‌های بازبین",
        "notes": "یادداشت‌های بازبین",
        "marker_line": "یادداشت {number}، صفحهٔ {page}",
        "status": "وضعیت بازبینی",
        "status_ok": "درست",
        "status_concern": "نگرانی",
        "status_question": "پرسش",
        "rejected": "پیشنهاد رد شد",
        "unconfirmed": "تأییدنشده",
        "page_number": "{page} از {total}",
    },
}


LANGUAGES = tuple(_LABELS)
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def labels(language: str) -> dict[str, str]:
    return _LABELS.get(language, _LABELS["en"])


def local_digits(text: str, language: str) -> str:
    """Numbers in the digits a reader of `language` writes (Persian: ۰–۹)."""
    return text.translate(_PERSIAN_DIGITS) if language == "fa" else text


@dataclass(frozen=True)
class CoverFacts:
    title: str
    source: str  # the file's name, never its folder (it would tell the reviewer's folders)
    language: str
    date: str
    annotators: Sequence[str]
    counts: Sequence[tuple[CategoryStyle, int]]  # taxonomy order, from view.counts
    clauses: int = 0
    categorised: int = 0
    reviewer_labels: int = 0


def _isolate(text: str) -> str:
    """User text inside a translated label keeps its own direction (FSI … PDI)."""
    return f"\u2068{text}\u2069"


def draw_cover(canvas: Canvas, facts: CoverFacts, ui_language: str) -> None:
    words = labels(ui_language)
    rtl = ui_language in ("fa", "ar")
    canvas.new_page()
    small = TextStyle(9.5)
    body = TextStyle(10.5)
    canvas.paragraph(words["report"], rtl, small, space_after=4)
    title_rtl = any("\u0600" <= c <= "\u06ff" for c in facts.title[:40])
    canvas.paragraph(facts.title, title_rtl, TextStyle(20, bold=True), space_after=10)
    rows = (
        ("source", facts.source),
        ("language", facts.language),
        ("date", local_digits(facts.date, ui_language)),
        ("annotators", ", ".join(facts.annotators) or words["none"]),
        (
            "clauses",
            local_digits(
                words["clause_counts"].format(clauses=facts.clauses, categorised=facts.categorised),
                ui_language,
            ),
        ),
        ("reviewer_labels", local_digits(str(facts.reviewer_labels), ui_language)),
    )
    for key, value in rows:
        canvas.paragraph(f"{words[key]}: {_isolate(value)}", rtl, body, space_after=2)
    canvas.y += 16
    canvas.paragraph(words["chart"], rtl, TextStyle(13, bold=True), space_after=6)
    shown = [(style, count) for style, count in facts.counts if count > 0]
    if not shown:
        canvas.paragraph(words["no_categories"], rtl, body, space_after=6)
    _bar_chart(canvas, shown, rtl)
    canvas.y += 16
    canvas.paragraph(words["legend"], rtl, TextStyle(13, bold=True), space_after=6)
    _legend(canvas, [style for style, _ in facts.counts], rtl)


def _bar_chart(canvas: Canvas, rows: list[tuple[CategoryStyle, int]], rtl: bool) -> None:
    if not rows:
        return
    style = TextStyle(9.5)
    label_width = 190.0
    count_width = 30.0
    bar_space = canvas.width - 2 * MARGIN - label_width - count_width
    biggest = max(count for _, count in rows)
    row_height = 16.0
    for category, count in rows:
        top = canvas.y
        bar = max(2.0, bar_space * count / biggest)
        if rtl:
            label_left, label_right = canvas.width - MARGIN - label_width, canvas.width - MARGIN
            bar_left = label_left - 6 - bar
            count_left, count_right = bar_left - count_width, bar_left - 4
        else:
            label_left, label_right = MARGIN, MARGIN + label_width
            bar_left = label_right + 6
            count_left, count_right = bar_left + bar + 4, bar_left + bar + count_width
        canvas.rect(bar_left, top + 3, bar, row_height - 6, category.colour)
        canvas.paragraph(category.name, rtl, style, left=label_left, right=label_right)
        canvas.y = top
        canvas.paragraph(  # beside the bar's end: flush right on a right-to-left cover
            local_digits(str(count), "fa" if rtl else "en"),
            False,
            style,
            left=count_left,
            right=count_right,
            align_right=rtl,
        )
        canvas.y = top + row_height + 2


def _legend(canvas: Canvas, categories: list[CategoryStyle], rtl: bool) -> None:
    style = TextStyle(9.5)
    swatch = 10.0
    for category in categories:
        top = canvas.y
        if rtl:
            canvas.rect(canvas.width - MARGIN - swatch, top + 4, swatch, swatch, category.colour)
            canvas.paragraph(category.name, rtl, style, right=canvas.width - MARGIN - swatch - 6)
        else:
            canvas.rect(MARGIN, top + 4, swatch, swatch, category.colour)
            canvas.paragraph(category.name, rtl, style, left=MARGIN + swatch + 6)
        canvas.y = max(canvas.y, top + 18)
