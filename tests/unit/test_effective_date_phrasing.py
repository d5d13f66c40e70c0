"""A policy's own edition and the date it takes effect are `policy_change` in every language
(the guidelines' "Last updated" / "Effective from"), in the wordings that name the edition
("Version 3 of this notice") or its validity ("in force from", "applicable à partir du",
"giltig från", Persian "از … اجرایی می‌شود", Arabic "نافذة اعتبارًا من"). An app's version stays
no change. The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import PC, check_phrasing

CASES = [
    ("Version 2 of this notice, in force from 4 May 2026.", (PC,), ""),
    ("This privacy notice is in force since January 2025.", (PC,), ""),
    ("Version 5 de la présente politique, applicable à compter du 2 juin 2026.", (PC,), ""),
    ("Version 4 av integritetspolicyn, giltig från 1 april 2026.", (PC,), ""),
    ("این سیاست از ۱۰ مهر ۱۴۰۴ اجرایی می‌شود.", (PC,), ""),
    ("نسخه ۲ این اطلاعیه، معتبر از ۱ آذر ۱۴۰۴.", (PC,), ""),
    ("تصبح هذه السياسة نافذة اعتبارًا من 1 أغسطس 2026.", (PC,), ""),
    # The app's version is no policy change.
    ("Version 4.2 of the app needs Android 10 or later.", (), PC),
    ("نسخه ۴ برنامه روی اندروید ۱۰ به بالا اجرا می‌شود.", (), PC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_effective_date_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
