"""A line that defines a term is found by its form, and states no practice."""

from __future__ import annotations

import pytest

from policylens.core.definitions import is_definition


@pytest.mark.parametrize(
    "line",
    [
        '"Processor" means a company that handles data for another.',
        "“Pupil” means a child enrolled in a member school.",
        "Account Holder means the person who opened the account.",
        '(b) "Platform" refers to our websites and apps.',
        '3. "Customer" or "you" means the business that signs the order form.',
        '"Health data" has the meaning given in the Act.',
    ],
)
def test_definitions(line: str) -> None:
    assert is_definition(line)


@pytest.mark.parametrize(
    "line",
    [
        "This means that we share your address with the courier.",
        "We mean what we say: your data is never sold.",
        "Consent means you can change your mind at any time.",
        "Personal data is shared with our payment provider.",
    ],
)
def test_statements(line: str) -> None:
    assert not is_definition(line)
