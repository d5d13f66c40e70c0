"""A sensible default partner for the compare dialog."""

from __future__ import annotations

from dataclasses import dataclass

from policylens.view.compare_partner import likely_partner, stem_key, title_key


@dataclass
class Doc:
    sha256: str
    title: str
    language: str
    source_path: str | None = None


def test_titles_and_file_names_are_compared_without_years_versions_or_language_codes() -> None:
    assert title_key("Privacy Policy (2024, v3)") == title_key("Privacy policy – 2023")
    assert stem_key("/x/acme-privacy-fa.html") == stem_key("acme_privacy_en.txt") == "acme privacy"


def test_another_version_wins_then_another_language() -> None:
    shown = Doc("1", "Acme Privacy Policy 2024", "en", "acme-privacy-en-2024.txt")
    library = [
        shown,
        Doc("2", "Other Service Privacy", "en", "other.txt"),
        Doc("3", "سیاست حریم خصوصی اکمی", "fa", "acme-privacy-fa-2024.txt"),
        Doc("4", "Acme privacy policy (2023)", "en", "old.txt"),
    ]
    assert likely_partner(shown, library) == "4"
    assert likely_partner(shown, library[:3]) == "3"
    # No version, no translation: another policy in the same language, not the first entry.
    assert likely_partner(shown, library[:2]) == "2"
    assert likely_partner(shown, [Doc("5", "Integritetspolicy", "sv"), *library[:2]]) == "2"
    assert likely_partner(shown, [shown, Doc("5", "Integritetspolicy", "sv")]) is None
