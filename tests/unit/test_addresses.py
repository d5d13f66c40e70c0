"""A country named in a postal address is where the company sits: no audience, no law."""

from __future__ import annotations

import pytest

from policylens.core.addresses import postal_part
from policylens.core.analysis import analyze
from policylens.core.document import Document

INTERNATIONAL = "international_specific_audiences"


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt: Alpenblick Reisen GmbH, Seestraße 4, 6900 Bregenz, Österreich",
        "Lumbini Crafts Ltd., 14 Mill Lane, Leeds, LS1 4AB – 0113 496 0000, Tel. 12345",
        "ООО «Ромашка», 630099, г. Новосибирск, ул. Ленина, д. 5",
        "المقر: شارع الجامعة، عمان 11942، الأردن",
        "Thornbury Games Ltd, 3 Quay Street, Bristol BS1 4DJ, United Kingdom",
        "Bluewren Apps, PO Box 5521, Christchurch 8140, New Zealand",
        "Lakeshore Analytics Inc., 200 Bay Street, Toronto, ON M5J 2J2, Canada",
        "Nattugla Apps Ltd., 3 Mill Road, Dublin 8, Irland",
        "Harbourview Software Ltd., Block C, Dock Road, Dublin, D02 X285, Ireland",
        "Nordlicht B.V., Keizersgracht 100, Amsterdam 1015JB, The Netherlands",
        "Nordlicht GmbH, Hauptstraße 12, D-10115 Berlin, Germany",
    ],
)
def test_addresses_have_a_postal_part(line: str) -> None:
    assert postal_part(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Loi n° 78-17 du 6 janvier 1978, modifiée, relative à l'informatique et aux libertés",
        "Our servers are in Frankfurt, Germany, and in Dublin, Ireland.",
        "We keep logs for 30 days, backups for 90 days, invoices for 10 years.",
        "Under the UK GDPR, Article 6(1)(f), and the Data Protection Act 2018, we may do so.",
        "Write to us at Bergstraße 1, 12345 Berlin if you live in Germany, Austria or Switzerland"
        " and want to object to processing under Article 21 of the General Data Protection"
        " Regulation at any time.",
    ],
)
def test_other_lines_have_none(line: str) -> None:
    assert postal_part(line) is None


def _categories(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="t", format="txt")
    return {c for clause in analyze(document) for c in clause.category_ids}


def test_the_country_of_an_address_names_no_audience() -> None:
    assert INTERNATIONAL not in _categories(
        "Anschrift: Nordhafen Logistik GmbH, Kaistraße 9, 24103 Kiel, Deutschland."
    )


def test_a_law_or_authority_named_before_the_address_still_counts() -> None:
    assert INTERNATIONAL in _categories(
        "The controller under the GDPR is Nordhafen Logistik GmbH, Kaistraße 9, 24103 Kiel."
    )


def test_the_country_after_a_dublin_district_names_no_audience() -> None:
    assert INTERNATIONAL not in _categories("Nattugla Apps Ltd., 3 Mill Road, Dublin 8, Irland")
