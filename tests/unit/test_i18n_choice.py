"""Which interface language a start-up picks (QtCore only, no QApplication)."""

from __future__ import annotations

import pytest

from policylens.ui.infra import i18n


@pytest.mark.parametrize(
    ("requested", "setting", "system", "expected"),
    [
        (None, None, "en", "en"),
        ("fa", None, "en", "fa"),
        ("fa_IR.UTF-8", None, "en", "fa"),
        ("FA-ir", None, "en", "fa"),
        (None, "fa", "en", "fa"),
        (None, "", "fa", "fa"),  # setting "follow the system" + a Persian system
        ("en", "fa", "fa", "en"),  # --lang wins over both
        (None, "en", "fa", "en"),  # the setting wins over the system
        (None, None, "de", "en"),  # no German translation: English
        ("ar", None, "fa", "fa"),  # no Arabic translation: the next choice
    ],
)
def test_choose_language(
    monkeypatch: pytest.MonkeyPatch,
    requested: str | None,
    setting: str | None,
    system: str,
    expected: str,
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: system)
    assert i18n.choose_language(requested, setting) == expected


def test_only_right_to_left_languages_mirror() -> None:
    assert i18n.is_rtl("fa") and i18n.is_rtl("ar")
    assert not i18n.is_rtl("en") and not i18n.is_rtl("kk")


def test_isolate_wraps_user_text_in_its_own_bidi_run() -> None:
    assert i18n.isolate("report.pdf") == "\u2068report.pdf\u2069"
