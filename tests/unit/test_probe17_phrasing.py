"""Stock sentences of ar, de, fr and kk policies that a reader labels at sight: a policy update
named without the article ("تحديث سياسة الخصوصية"), "material changes" to the notice, German
"the new privacy policy then applies to your next visit", French hashed passwords, a Kazakh
complaint to the regulator. The lines are written for this test, not taken from the dev
policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, PC, SE, check_phrasing

CASES = [
    ("قد نقوم بتعديل سياسة الخصوصية الخاصة بنا عند الحاجة.", (PC,), ""),
    ("سنبلغك بأي تغييرات جوهرية قبل أن تصبح سارية.", (PC,), ""),
    ("Bei Ihrem nächsten Besuch gilt die neue Datenschutzerklärung.", (PC,), ""),
    ("Über wesentliche Änderungen dieser Hinweise informieren wir Sie vorab.", (PC,), ""),
    ("Les mots de passe des comptes sont conservés sous forme hachée.", (SE,), ""),
    ("Toute modification substantielle vous sera notifiée par courriel.", (PC,), ""),
    ("Деректерді өңдеуге қатысты уәкілетті органға шағым жасауға құқылысыз.", (AC,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_probe17_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
