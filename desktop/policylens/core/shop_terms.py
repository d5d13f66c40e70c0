"""Lines of an online shop's page that state its terms of sale, not a data practice.

Iranian shops' privacy pages ("حریم خصوصی") mix in the shop's terms: delivery times ("۳ تا ۷
روز کاری"), returns ("مرجوع کردن کالا تا ۷ روز"), refunds of a failed payment ("مبلغ کسر شده …
به حساب شما برمی‌گردد"), shipping costs, warranties and the trust badges of the e-commerce and
culture ministries ("نماد اعتماد الکترونیکی", "اینماد", "نشان ساماندهی"), and the footer's
copyright ("کلیه حقوق این وب‌سایت محفوظ است"). Such a line that
names no practice of its own takes none from the section it stands in (`page_context`): the
delivery time under "ثبت‌نام و سفارش" is no collection, the badge under "تغییرات" no change.
"""

from __future__ import annotations

import re

from policylens.core.normalize import normalize_key

# Matched in the normalised text (no ZWNJ, ی/ک for ي/ك, lower case).
_TERMS = re.compile(
    r"نماد اعتماد|اینماد|enamad|ساماندهی"
    r"|مرجوع (?:کردن|کنید|شود|میشود|نمیشود|نخواهد)|امکان مرجوع|عودت (?:کالا|وجه)|بازگشت کالا"
    r"|روز کاری|(?:کلیه|تمامی|همه) (?:ی )?حقوق|حقوق .{0,40}محفوظ"
    r"|هزینه (?:ی )?ارسال|ارسال رایگان|زمان تحویل|گارانتی|ضمانت (?:اصالت|بازگشت|کیفیت)"
    r"|به حساب (?:شما|تان|خود) (?:باز ?)?(?:می ?)?گرد|بازگردانده|برمی ?گرد"
)
# Arabic-script letters: a line without any is not read (most lines of a Latin text).
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def states_shop_terms(line: str) -> bool:
    """The line states a term of sale (delivery, returns, refunds, warranty, trust badge)."""
    if "enamad" not in line.lower() and _ARABIC_SCRIPT.search(line) is None:
        return False
    return _TERMS.search(normalize_key(line)) is not None
