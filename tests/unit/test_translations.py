"""The Persian translation is complete and in step with the code (no QApplication here)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from policylens.ui.infra.translations_build import lupdate_command, ui_sources

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "policylens_fa.ts"
PLACEHOLDER = re.compile(r"\{\d*\}|%[0-9nL]+")
PERSIAN_LETTER = re.compile(r"[\u0600-\u06FF]")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_entry_is_translated_and_finished() -> None:
    entries = messages(TS)
    assert len(entries) > 100
    unfinished = [key for key, t in entries.items() if t.get("type") in ("unfinished", "vanished")]
    empty = [key for key, t in entries.items() if not (t.text or "").strip()]
    assert unfinished == []
    assert empty == []


def test_translations_keep_placeholders_and_are_persian() -> None:
    for (context, source), translation in messages(TS).items():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        assert text.count("&") == source.count("&"), (context, source)  # one mnemonic each
        # Kept as is: names such as "A4", "F1", "PDF (*.pdf)"; key names as on the keycap
        # (QShortcut: "Return" is shown "Enter", not Qt's Persian "بازگشت", "go back").
        if text != source and context != "QShortcut":
            assert PERSIAN_LETTER.search(text), (context, source)
        assert "\u064a" not in text and "\u0643" not in text, text  # Arabic ي/ك, not Persian


def _first_strong(text: str) -> str | None:
    for char in text.replace("&", ""):
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind
    return None


def test_persian_sentences_read_right_to_left() -> None:
    """A Persian translation that starts with a Latin word ("PolicyLens …") would be laid
    out as a left-to-right paragraph (first strong character): it starts with U+200F."""
    for (context, source), translation in messages(TS).items():
        text = translation.text or ""
        if PERSIAN_LETTER.search(text):
            assert _first_strong(text) in ("R", "AL"), (context, source)


def test_every_string_in_the_ui_code_is_in_the_ts(tmp_path: Path) -> None:
    command = lupdate_command()
    if command is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [*command, "-silent", *map(str, ui_sources()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(messages(fresh))
    in_ts = set(messages(TS))
    missing = sorted(in_code - in_ts)
    assert missing == [], (
        "run `python -m policylens.ui.infra.translations_build --update` and translate"
    )
    assert len(in_code) > 100
