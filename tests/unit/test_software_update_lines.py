"""A program's software updates are not changes of the policy: "the program checks for updates
and sends its version number" is what it collects, in every language — with the shipped model
(which had learned "update" + "version" as a policy change) and with the lexicon alone."""

from __future__ import annotations

import pytest

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with
from policylens.core.learn.shipped import ShippedModel, load_shipped

UPDATE_CHECKS = {
    "en": "When the program checks for updates, it sends its version number and your operating "
    "system to our update server.",
    "de": "Wenn das Programm nach Updates sucht, sendet es seine Versionsnummer und Ihr "
    "Betriebssystem an unseren Update-Server.",
    "fr": "Lorsque le logiciel recherche des mises à jour, il envoie son numéro de version et "
    "votre système d'exploitation à notre serveur.",
    "kk": "Жаңартуларды тексерген кезде бағдарлама өз нұсқасының нөмірін және операциялық "
    "жүйеңізді біздің серверге жібереді.",
}


@pytest.fixture(scope="module")
def shipped() -> ShippedModel:
    model = load_shipped()
    assert model is not None
    return model


@pytest.mark.parametrize("language", sorted(UPDATE_CHECKS))
def test_an_update_check_is_no_policy_change(shipped: ShippedModel, language: str) -> None:
    document = Document.from_text(UPDATE_CHECKS[language] + "\n", title="t", format="txt")
    for model in (shipped, None):
        (clause,) = analyze_with(document, model, None)
        assert "policy_change" not in clause.category_ids, (language, model is not None)
