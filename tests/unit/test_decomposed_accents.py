"""Accents typed apart from their letters (Unicode NFD, as text from macOS and some PDFs has
them): a German, French or Swedish policy highlights as the same text composed does."""

from __future__ import annotations

import unicodedata

from policylens.core.analysis import analyze
from policylens.core.document import Document
from policylens.core.normalize import normalize_for_matching, normalize_key

POLICIES = [
    "Wir übermitteln Ihre Daten an Zahlungsdienstleister.\n"
    "Sie können der Verarbeitung jederzeit widersprechen.\n"
    "Wir löschen Ihre Daten nach zwölf Monaten.\n",
    "Nous conservons vos données pendant trois ans après votre dernière commande.\n"
    "Vous pouvez accéder à vos données et les faire rectifier.\n",
    "Vi lämnar ut dina uppgifter till vårt betalföretag.\n"
    "Du har rätt att få dina personuppgifter raderade.\n",
]


def _highlights(text: str) -> list[tuple[str, tuple[str, ...]]]:
    document = Document.from_text(text, title="t", format="txt")
    return [
        (unicodedata.normalize("NFC", text[c.start : c.end]), c.category_ids)
        for c in analyze(document)
    ]


def test_a_decomposed_policy_highlights_as_the_composed_one() -> None:
    for policy in POLICIES:
        decomposed = unicodedata.normalize("NFD", policy)
        assert decomposed != policy
        assert _highlights(decomposed) == _highlights(policy)


def test_a_match_in_decomposed_text_maps_back_to_the_letters_and_their_accents() -> None:
    text = unicodedata.normalize("NFD", "Daten übermitteln")
    normalized = normalize_for_matching(text)
    at = normalized.text.index("übermitteln")
    start, end = normalized.to_original(at, at + len("übermitteln"))
    assert text[start:end] == unicodedata.normalize("NFD", "übermitteln")
    assert normalize_key(unicodedata.normalize("NFD", "Löschung")) == "löschung"
