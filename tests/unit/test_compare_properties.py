"""Whatever the edits, a comparison accounts for every clause of both documents exactly once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.core.compare import compare
from policylens.core.compare.units import sentence_units
from policylens.core.document import Document
from policylens.core.normalize import normalize_key

PARAGRAPHS = [
    "We collect your e-mail address when you register.",
    "ما نشانی ایمیل شما را هنگام ثبت‌نام دریافت می‌کنیم.",
    "Cookies keep you signed in for seven days.",
    "کوکی‌ها شما را به مدت هفت روز وارد نگه می‌دارند.",
    "1. Your rights",
    "You can delete your account at any time. Write to us for a copy of your data.",
    "- اطلاعات شما به هیچ شخص ثالثی فروخته نمی‌شود",
    "Data is kept for two years and then deleted.",
]
operations = st.lists(
    st.tuples(st.sampled_from(["delete", "insert", "edit", "move"]), st.integers(0, 50)),
    max_size=6,
)


def apply(paragraphs: list[str], ops: list[tuple[str, int]]) -> list[str]:
    result = list(paragraphs)
    for op, k in ops:
        if not result:
            result.append(PARAGRAPHS[k % len(PARAGRAPHS)])
            continue
        i = k % len(result)
        if op == "delete":
            del result[i]
        elif op == "insert":
            result.insert(i, f"A new paragraph number {k} about retention.")
        elif op == "edit":
            result[i] = result[i].replace(" ", " changed ", 1)
        else:
            result.append(result.pop(i))
    return result


@settings(max_examples=40, deadline=None)
@given(st.permutations(PARAGRAPHS), operations, st.sampled_from(["versions", "policies", None]))
def test_every_clause_accounted_for(
    base: list[str], ops: list[tuple[str, int]], mode: str | None
) -> None:
    a = Document.from_text("\n".join(base), title="a", format="txt")
    b = Document.from_text("\n".join(apply(base, ops)), title="b", format="txt")
    comparison = compare(a, b, mode, analyse=False)
    if comparison.mode == "translation":
        return
    units_a = sorted(s.span for s in sentence_units(a))
    units_b = sorted(s.span for s in sentence_units(b))
    assert sorted({p.a for p in comparison.pairs if p.a}) == units_a
    assert sorted({p.b for p in comparison.pairs if p.b}) == units_b
    if comparison.mode == "versions":
        # Exactly once each, and `same` means the same text after normalisation.
        assert sorted(p.a for p in comparison.pairs if p.a) == units_a
        assert sorted(p.b for p in comparison.pairs if p.b) == units_b
        for p in comparison.pairs:
            if p.relation == "same" and p.a and p.b:
                assert (
                    normalize_key(a.text[p.a[0] : p.a[1]]).split()
                    == normalize_key(b.text[p.b[0] : p.b[1]]).split()
                )


def test_empty_documents() -> None:
    empty = Document.from_text("", title="e", format="txt")
    full = Document.from_text("\n".join(PARAGRAPHS), title="f", format="txt")
    for mode in ("versions", "policies", "translation"):
        assert compare(empty, empty, mode, analyse=False).pairs == []
        pairs = compare(empty, full, mode, analyse=False).pairs
        assert pairs and all(p.a is None and p.b is not None for p in pairs)
        pairs = compare(full, empty, mode, analyse=False).pairs
        assert pairs and all(p.b is None and p.a is not None for p in pairs)
