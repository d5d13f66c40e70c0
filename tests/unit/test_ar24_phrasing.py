"""Stock lines of translated Arabic notices that a reader labels at sight: the notice's pledge
to protect privacy ("نلتزم بحماية معلوماتك"), privacy or security as a "priority" or taken
"seriously", the notice's aim or scope ("تهدف هذه السياسة إلى…", "تنطبق هذه السياسة على جميع
المعلومات…") and a pledge followed by "and this notice sets out how…" are introductory text, not
security or collection; a pledge that names a means (encryption) still states security.
"Protect your information", "a copy of your data", "delete / keep the logs", "disclose or sell
your information" name no collection; partners who "agree to keep it confidential" give no
choice and state no security; a period counted "from the account's closure" is no data right;
"this document was last updated on" is a policy date. The lines are written for this test, not
taken from the dev policies; each is checked with the model and with the cues alone."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, PC, RE, SE, TP, check_phrasing

from policylens.core.analysis import analyze
from policylens.core.document import Document

CASES = [
    # A pledge, a priority, an aim or a scope: no practice.
    ("نلتزم بحماية معلوماتك الشخصية واحترام خصوصيتك.", (), SE),
    ("نحن نأخذ أمان وخصوصية مستخدمينا على محمل الجد.", (), SE),
    ("حماية بياناتك الشخصية أمر بالغ الأهمية بالنسبة لنا.", (), SE),
    ("الأمان والخصوصية في مجتمعنا على رأس أولوياتنا.", (), SE),
    ("تهدف هذه السياسة إلى إطلاعك على كيفية جمعنا لمعلوماتك واستخدامها وحمايتها.", (), FP),
    ("تنطبق هذه السياسة على جميع المعلومات التي نجمعها من خلال موقعنا وتطبيقاتنا.", (), FP),
    (
        "تلتزم شركة نور بالمحافظة على سرية بيانات عملائها، وتوضح هذه السياسة كيف نجمعها ونستخدمها.",
        (),
        SE,
    ),
    # ...but a pledge that names its means states security.
    ("نلتزم بحماية بياناتك باستخدام التشفير وجدران الحماية.", (SE,), ""),
    # Protecting, copying or deleting your data is no collection.
    ("نعمل على حماية معلوماتك من الفقدان وسوء الاستخدام.", (SE,), FP),
    ("يمكنك طلب نسخة من بياناتك أو حذفها من صفحة التفضيلات.", (AC,), FP),
    ("يمكنك تصحيح بياناتك أو تحديثها في أي وقت من ملفك الشخصي.", (AC,), FP),
    ("نحذف السجلات القديمة بعد ستة أشهر.", (RE,), FP),
    ("تم تحديث هذه الوثيقة آخر مرة في 12 مايو 2025.", (PC,), ""),
    ("تنطبق سياسة الخصوصية هذه فقط على المعلومات التي تُجمع عبر موقعنا.", (), FP),
    # Keeping the logs, disclosing or selling your information: no collection cue...
    ("نحتفظ بسجلات الخادم مدة لا تزيد عن 90 يومًا.", (RE,), FP),
    ("قد نكشف أيضًا عن معلوماتك إذا طلبت ذلك محكمة مختصة.", (TP,), FP),
    # ...partners who agree to keep it confidential give no choice and state no security...
    (
        "ولا يشمل ذلك الشركاء الذين يساعدوننا في تشغيل الموقع"
        " ما دامت هذه الأطراف توافق على الحفاظ على سرية المعلومات.",
        (TP,),
        SE,
    ),
    # ...and a period counted from the account's closure is retention, not a data right.
    ("نحتفظ بسجلات المعاملات سبع سنوات من تاريخ إغلاق الحساب.", (RE,), AC),
    # Question headings keep their practice.
    ("ما هي المعلومات التي نجمعها؟", (FP,), ""),
    ("كيف نحمي معلوماتك؟", (SE,), FP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_ar24_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def _lexicon_alone(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="case", format="txt")
    return {c for clause in analyze(document) for c in clause.category_ids}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_ar24_phrasing_lexicon_alone(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    """The cues alone (no model installed) read them the same way."""
    found = _lexicon_alone(text)
    assert set(wanted) <= found, found
    if unwanted:
        assert unwanted not in found, found
