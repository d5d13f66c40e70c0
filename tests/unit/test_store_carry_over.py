"""Annotations follow a policy to its new version; what cannot be placed is listed."""

from __future__ import annotations

from policylens.core.document import Document
from policylens.store import open_store
from policylens.store.carry_over import apply_carry_over, carry_over

OLD = (
    "ما نشانی ایمیل شما را هنگام ثبت‌نام جمع‌آوری می‌کنیم.\n"
    "داده‌ها را به مدت ۳۰ روز نگه می‌داریم.\n"
    "ما از کوکی‌ها برای تبلیغات استفاده می‌کنیم."
)
NEW = (
    "مقدمه تازه.\n"
    "ما نشانی ایمیل شما را هنگام ثبت‌نام جمع‌آوری می‌کنیم.\n"
    "داده‌ها را به مدت ۳۰ روز نگه ميداريم.\n"
    "ما هیچ کوکی تبلیغاتی نداریم."
)


def test_carry_over_places_what_it_can_and_lists_the_rest() -> None:
    store = open_store(memory=True)
    old = Document.from_text(OLD, title="v1", format="txt")
    store.documents.add(old)
    quotes = ["نشانی ایمیل", "نگه می‌داریم", "کوکی‌ها برای تبلیغات"]
    for quote in quotes:
        start = OLD.index(quote)
        store.annotations.add(
            old.sha256, start, start + len(quote), "other", annotator="Sara", note=quote
        )
    new = Document.from_text(NEW, title="v2", format="txt")
    result = carry_over(store, old.sha256, new)
    placed = {p.old.quote: (NEW[p.start : p.end], p.how) for p in result.placed}
    assert placed == {
        "نشانی ایمیل": ("نشانی ایمیل", "exact"),
        "نگه می‌داریم": ("نگه ميداريم", "fuzzy"),
    }
    assert [a.quote for a in result.unplaced] == ["کوکی‌ها برای تبلیغات"]

    created = apply_carry_over(store, result, new)
    assert [a.note for a in created] == ["نشانی ایمیل", "نگه می‌داریم"]
    assert [a.quote for a in store.annotations.for_document(new.sha256)] == [
        "نشانی ایمیل",
        "نگه ميداريم",
    ]
    assert len(store.annotations.for_document(old.sha256)) == 3  # the old version keeps its own
    assert [h.action for h in store.annotations.history(created[0].id)] == ["create"]
