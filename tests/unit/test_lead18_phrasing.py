"""Merging session 18's branches: phrasings where two branches' cues met. A policy's statement of
its own scope ("This Policy defines … the measures to ensure the security of personal data", the
Kazakh and Russian law templates' opening) names security as a topic and states no measure; a
partner that manages its own cookies gives the user no choice. Written for this test."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, SE, TP, check_phrasing

CASES = [
    (
        "Бұл Саясат дербес деректерді өңдеу тәртібін және олардың қауіпсіздігін қамтамасыз ету"
        " жөніндегі шараларды айқындайды.",
        "",
        SE,
    ),
    (
        "Біз деректеріңіздің қауіпсіздігін қамтамасыз ету үшін шифрлау және қол жеткізуді бақылау"
        " шараларын қолданамыз.",
        SE,
        "",
    ),
    ("Our advertising partners manage their own cookies.", TP, CH),
    ("You can manage cookies in your browser settings.", CH, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_merged_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
