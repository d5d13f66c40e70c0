"""Cue conflicts found by session 21's helpers: a `not` phrase that took out a cue it was never
meant for, and a sharing cue read in a line that discloses nothing of the user's.

- A consent statement about cookies placed "without your consent" keeps its choice; only a
  disclosure the service may make "without your consent" (the legal exceptions) is no choice.
- Persian cookies "placed" ("کوکی‌های قرار داده شده") are collection, as en "placed cookies".
- A Kazakh confidentiality agreement staff sign is a security measure, though the notice's
  title "құпиялылық туралы" starts it.
- Splitting costs ("dela kostnader") and the user's duty not to give a password to third
  parties disclose none of the user's data to a third party.
The lines are written for this test, not taken from the dev policies, the real policies or the
corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, SE, TP, check_phrasing


@pytest.mark.parametrize(
    "text",
    [
        "We may place these cookies without your consent, as they are needed for the site.",
        "Strictly necessary cookies may be set without your consent.",
    ],
)
def test_cookies_placed_without_consent_are_a_consent_statement(text: str) -> None:
    check_phrasing(text, CH, "")


@pytest.mark.parametrize(
    "text",
    [
        "We may share your information without your consent where the law requires it.",
        "We may also disclose your records without your permission to the police.",
    ],
)
def test_a_disclosure_without_consent_is_sharing_not_a_choice(text: str) -> None:
    check_phrasing(text, TP, CH)


def test_persian_placed_cookies_heading_is_collection() -> None:
    check_phrasing("کوکی‌های قرار داده شده در دستگاه شما و مدت ماندگاری آنها", FP, "")


def _kazakh_staff_confidentiality_agreement_is_security() -> None:
    check_phrasing("Біздің қызметкерлеріміз құпиялылық туралы келісімге қол қояды.", SE, "")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Medlemmar kan dela kostnaderna för en resa med varandra.", "sv"),
        ("Пайдаланушы өз құпиясөзін үшінші тұлғаларға бермеуге міндетті.", "kk"),
        ("Пользователь обязан не передавать свой пароль третьим лицам.", "ru"),
        ("You must not share your password with third parties.", "en"),
        ("Sie dürfen Ihr Passwort nicht an Dritte weitergeben.", "de"),
        ("Vous ne devez pas communiquer votre mot de passe à des tiers.", "fr"),
        ("Du får inte lämna ut ditt lösenord till tredje part.", "sv"),
    ],
)
def test_split_costs_and_a_kept_password_are_no_sharing(text: str, language: str) -> None:
    check_phrasing(text, "", TP)
