"""A line that defines a term is found by its form, and states no practice."""

from __future__ import annotations

import pytest

from policylens.core.definitions import is_definition


@pytest.mark.parametrize(
    "line",
    [
        '"Processor" means a company that handles data for another.',
        "“Pupil” means a child enrolled in a member school.",
        "Account Holder means the person who opened the account.",
        '(b) "Platform" refers to our websites and apps.',
        '3. "Customer" or "you" means the business that signs the order form.',
        '"Health data" has the meaning given in the Act.',
        # Arabic glossaries: term, colon, "is meant" / "every…" / a noun and its relative
        "العميل: يُقصد به كل شخص يفتح حسابًا لدى الشركة.",
        "٢-٣ الجهة المستضيفة: أيّ شركة تحفظ الخوادم لصالحنا.",
        "الوكيل: الشخص الذي يتصرف باسم العميل أمام الشركة.",
        "يُقصد بالتطبيق النسخة المخصصة للهواتف الذكية.",
        "يُقْصَدُ بِالعَمِيلِ كُلُّ شَخْصٍ يَفْتَحُ حِسَابًا.",
        "«الشريك» يعني المتجر الذي يعرض منتجاته عبر المنصة.",
        # Persian: «term»: …, "عبارت است از", "هر …", "منظور از «…»"
        "۲-۱. «فروشنده»: فردی که کالای خود را در بازارچه عرضه می‌کند.",
        "خریدار: هر شخصی كه از فروشگاه کالا سفارش می دهد.",
        "«داده‌های مکانی» عبارت است از مختصات جغرافیایی دستگاه.",
        "منظور از «پنل» بخش مدیریت حساب فروشندگان است.",
        "ذی‌نفع: شخصی که خسارت بیمه به حساب او واریز می‌شود.",
    ],
)
def test_definitions(line: str) -> None:
    assert is_definition(line)


@pytest.mark.parametrize(
    "line",
    [
        "This means that we share your address with the courier.",
        "We mean what we say: your data is never sold.",
        "Consent means you can change your mind at any time.",
        "Personal data is shared with our payment provider.",
        # a list line or a section number before a colon is no glossary term
        "بيانات الدفع: رقم البطاقة وتاريخ انتهائها.",
        "ثالثاً: المعلومات التي نشاركها مع الغير",
        "ملاحظة: البيانات التي تحذفها لا يمكن استعادتها.",
        "اطلاعات حساب: نام، ایمیل و شماره موبایل.",
        "منظور از جمع‌آوری این اطلاعات، ارسال سفارش است.",
        "اطلاعات تماس: شماره‌ای که با آن ثبت‌نام کرده‌اید.",
    ],
)
def test_statements(line: str) -> None:
    assert not is_definition(line)
