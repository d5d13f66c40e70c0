"""Persian lines in the register of translated notices of international nonprofits and of
Iranian service apps, where a word that names a practice asserts none. A glossary entry that
names "this policy" between its quoted term and its "means" ("«X» در این سیاست یعنی …", "در این
اطلاعیه، «ما» یعنی …") is a definition, and so are the examples it gives after a semicolon
("…؛ مانند نام، ایمیل یا نشانی IP"); the data protection officer ("مسئول حفاظت از داده‌ها")
is a contact, not a security measure; the notice's own title naming security ("سیاست حریم
خصوصی و امنیت …") is a title; volunteers who write and edit articles ("می‌نویسند و ویرایش
می‌کنند") and "public edits" exercise no right of the user's; "history" ("تاریخچه") is no
effective date; staff access to users' data limited to employees ("دسترسی به اطلاعات … فقط در
اختیار کارکنان") is security, not the user's access or a disclosure; "Definitions"
("تعریف‌ها") and "Who are we?" ("ما کیستیم؟") are generic headings. Asking us to delete or
correct ("از ما بخواهید … حذف کنیم") is the user's right. A notice written "for all users"
discloses nothing; voluntary donations ("کمک‌های داوطلبانه") are no choice; a vulnerability
report ("گزارش آسیب‌پذیری") is security; other websites that "may receive / collect" data
("وب‌سایت‌ها … دریافت کنند") are third parties, and their cookies ("از کوکی استفاده کنند") no
collection of the service's. "Personal data" or "users' information" alone is a weaker sign of
collection than a verb (a medium cue). Courts that settle a dispute ("مراجع قضایی … حل و
فصل") receive no data, and "dispute resolution" and "force majeure" are generic headings.
With and without ZWNJ, ي/ك mixed.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, SE, TP, categories_shown, check_phrasing

from policylens.core.classifier import cue_evidence

OTHER = "other"

# Lines that state no practice: nothing but `other` may show.
NOTHING = [
    # Definitions naming "this policy", and the examples after their semicolon.
    "«داده‌های شخصی» در این اطلاعیه یعنی هر اطلاعاتی که به شخصی شناسایی‌پذیر مربوط است.",
    "«پردازش» در این سیاست به معنای هر کاری است که روی داده‌ها انجام می‌شود، مانند گردآوری یا ذخیره.",
    "در این سیاست، «ما» یعنی انجمن نمونه و «شما» یعنی هر کسی که از وب‌سایت استفاده می‌کند.",
    "«اطلاعات شخصي» در اين سند يعني هر اطلاعاتي كه هويت كاربر را مشخص كند.",
    "«داده‌های شخصی» در این اطلاعیه یعنی هر اطلاعاتی درباره یک فرد؛ مانند نام، ایمیل یا تلفن.",
    # The data protection officer is a contact.
    "مسئول حفاظت از داده‌ها: خانم مریم نمونه، dpo@anjoman.example",
    "می‌توانید با مسئول حفاظت از داده‌های انجمن به نشانی dpo@anjoman.example مکاتبه کنید.",
    # Volunteers editing articles.
    "صدها داوطلب این مقاله‌ها را می‌نویسند و ویرایش می‌کنند.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_fa23_no_practice(text: str) -> None:
    assert categories_shown(text) - {OTHER} == set(), categories_shown(text)


CASES = [
    # The notice's title naming security is a title.
    ("درباره ما\nسیاست حریم خصوصی و امنیت اطلاعات اپلیکیشن نمونه‌پی", "", SE),
    # History is no effective date.
    ("درباره ما\nبرای آشنایی با ما، از تاریخچهٔ انجمن در صفحهٔ درباره ما دیدن کنید.", "", PC),
    # Staff access limited: security, not the user's access nor a disclosure.
    ("دسترسی به اطلاعات کاربران فقط در اختیار کارکنانی است که به آن نیاز دارند.", (SE,), AC),
    ("دسترسی به داده‌های مشتریان فقط در اختیار کارکنانی است که به آن نیاز دارند.", (SE,), TP),
    ("دسترسي به اطلاعات كاربران فقط براي كاركنان مجاز امكان پذير است.", (SE,), AC),
    # A notice written for all users discloses nothing to them.
    ("این اطلاعیه برای همهٔ کاربران وب‌سایت و برنامه‌های ما نوشته شده است.", "", TP),
    # Voluntary donations are no choice about data.
    ("هزینه‌های انجمن از کمک‌های داوطلبانهٔ اعضا تأمین می‌شود.", "", CH),
    # Reporting a vulnerability is security.
    ("گزارش آسیب‌پذیری", (SE,), ""),
    # Other websites (embedded content) that may collect or receive data are third parties,
    # and their cookies are not the service's collection.
    (
        "ویدئوهای جاسازی‌شده از وب‌سایت‌های دیگر می‌آیند و آن وب‌سایت‌ها ممکن است از کوکی استفاده کنند.",
        "",
        FP,
    ),
    ("ممکن است این وبسایتها اطلاعات بازدیدکنندگان را دریافت کنند.", (TP,), ""),
    # Courts settling a dispute between the parties receive no data.
    (
        "در صورت اختلاف، موضوع از طریق مراجع قضایی صالح در شیراز حل و فصل خواهد شد.",
        "",
        TP,
    ),
    # Not moved by that: data given to the courts on their request is still a disclosure.
    ("اطلاعات کاربر فقط به درخواست مراجع قضایی در اختیار آنها قرار میگیرد.", (TP,), ""),
    # Asking us to delete or correct is the user's right.
    ("اگر ساکن اروپا هستید، حق دارید از ما بخواهید اطلاعات شما را حذف کنیم.", (AC, IN), ""),
    ("می‌توانید از ما بخواهید نشانی ثبت‌شده شما را اصلاح کنیم.", (AC,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fa23_phrasing(text: str, wanted: tuple[str, ...] | str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_definitions_and_who_we_are_are_generic_headings() -> None:
    # "Definitions", "Who are we?", "Dispute resolution" and "Force majeure" carry the
    # lexicon's generic-heading cue, which ends the section before them.
    for heading in ("تعریف‌ها", "تعریف ها", "ما کیستیم؟", "ماده ۷- حل اختلاف", "قوه قاهره"):
        assert OTHER in cue_evidence(heading, "fa"), heading


def test_editing_ones_profile_stays_access() -> None:
    # Not moved by the cues above: the user editing the profile is still access.
    check_phrasing("می‌توانید اطلاعات نمایه خود را هر زمان ویرایش کنید.", (AC,), "")
    check_phrasing("برای ویرایش یا حذف ایمیل به تنظیمات حساب بروید.", (AC,), "")


def test_collection_with_examples_stays_collection() -> None:
    # A collection line giving examples after a semicolon is still collection.
    check_phrasing(
        "هنگام ثبت‌نام اطلاعاتی از شما می‌گیریم؛ مانند نام، ایمیل و شماره تلفن.", (FP,), ""
    )
    check_phrasing("اگر اجازه دهید، موقعیت مکانی شما را برای نمایش شعبه‌ها می‌خوانیم.", (CH,), "")


def test_a_data_word_alone_asserts_no_collection_to_the_lexicon() -> None:
    # "Personal information" or "users' information" names data, not what is done with it.
    for text in ("اطلاعات شخصی", "اطلاعات کاربران", "داده‌های شخصی"):
        found = cue_evidence(text, "fa").get(FP)
        assert found is None or found.score < 0.5, text
    # With a verb of collection it is collection.
    assert cue_evidence("اطلاعات شخصی کاربران را جمع‌آوری می‌کنیم.", "fa")[FP].score >= 0.5
