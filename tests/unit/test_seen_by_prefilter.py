"""The substring test before `seen_by`'s two long alternations changes no answer: wherever the
staff-access verbs (`_SEES`) or the made-public phrases (`_PUBLIC`) match, the match itself holds
one of the parts the test looks for — on every line of the samples, dev policies, real
policies and corpus, and on one example of each alternative in every language."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from policylens.core import seen_by
from policylens.core.normalize import normalize_key

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "resources" / "corpus"
EXAMPLES = [
    # staff access, one per language and form
    "Our staff have access to your order.",
    "Support agents will see the details of your ticket.",
    "Moderators can read your messages.",
    "Сотрудники имеют доступ к данным; модераторы видят жалобы и просматривают отчёты.",
    "Unsere Mitarbeiter haben Zugriff; das Team sieht Ihre Bestellung und kann sie einsehen.",
    "Notre équipe a accès à vos données ; les modérateurs peuvent voir et consulter vos messages.",
    "Personalen har tillgång och åtkomst; teamet kan se och ta del av din beställning.",
    "کارکنان ما به اطلاعات شما دسترسی دارند و آن را میبینند و مشاهده میکنند.",
    "يطلع الموظفون على بياناتك ويمكنهم رؤية طلبك والوصول إليه؛ يرى المشرف ذلك.",
    "Біздің қызметкерлер деректерге қол жеткізе алады және оларды көреді.",
    # made public, one per language and form
    "Your profile is visible to everyone and your reviews are published on the product page.",
    "Contributions can be seen by anyone; your public profile is publicly displayed.",
    "Правки видны всем и открыты для всех; отзывы публикуются на сайте, их увидят другие.",
    "Ihr Profil ist öffentlich sichtbar; Beiträge werden veröffentlicht, für alle Nutzer sichtbar.",
    "Von jedem Besucher eingesehen; sehen andere Nutzer Ihren Namen.",
    "Votre profil public est visible par tous ; les avis sont vus par les autres et publiés.",
    "Ditt namn syns för alla och är synligt för andra; inlägg publiceras och kan ses av alla.",
    "نام شما برای همه کاربران قابل مشاهده است و نظرات به صورت عمومی منتشر میشود.",
    "يتم نشر تعليقك وهو ظاهر لجميع الزوار ومتاح للجميع علنيا، ويراه المستخدمون.",
    "Пікіріңіз барлық пайдаланушыларға көрінеді және жария болады; кез келген адам оны көре алады.",
]


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "samples").glob("*.txt")]
    for folder in (CORPUS / "documents", CORPUS / "real"):
        texts += [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    for path in sorted(CORPUS.glob("*.jsonl")):
        lines += [json.loads(row)["text"] for row in path.read_text(encoding="utf-8").splitlines()]
    return lines + EXAMPLES


def _holds(parts: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda text: any(part in text for part in parts)


@pytest.mark.parametrize(
    ("pattern", "passes"),
    [
        (seen_by._STAFF, _holds(seen_by.STAFF_PARTS)),
        (seen_by._SEES, _holds(seen_by.SEES_PARTS)),
        (seen_by._PUBLIC, seen_by._public_part),
        (seen_by._PUBLIC_HEADING, _holds(seen_by.PUBLIC_PARTS)),
    ],
    ids=["staff", "staff access", "made public", "public heading"],
)
def test_every_match_passes_its_test(
    pattern: re.Pattern[str], passes: Callable[[str], bool]
) -> None:
    for line in _lines():
        found = pattern.search(normalize_key(line))
        if found is not None:
            assert passes(found.group()), found.group()
            if pattern is not seen_by._SEES:  # (the staff rule needs a staff part as well)
                assert seen_by._ANY_PART.search(found.group()) is not None, found.group()


def test_examples_match_their_alternation() -> None:
    """Each example states what its comment says, so the test above covers every language."""
    staff, public = EXAMPLES[:10], EXAMPLES[10:]
    assert all(seen_by._SEES.search(normalize_key(line)) for line in staff)
    assert all(seen_by._STAFF.search(normalize_key(line)) for line in staff)
    assert all(seen_by._PUBLIC.search(normalize_key(line)) for line in public)
