"""English phrasings of long US website policies (session 20, branch en25): a policy's overview
of itself ("This Privacy Policy describes the information we collect, how we use and disclose
it, and the choices you have"; "This policy sets out the rules for the processing of personal
information") is introductory text, while one that names the law it follows keeps the law and
one that opens a section on one practice keeps it; a retention sentence about "the information
we collect" or "the purposes for which it was collected" states how long, not what is
collected; keeping records "to comply with tax law" or "where we need them to comply with legal
obligations" is no disclosure; "we retain the right to…" is no retention; a card's "expiration
date" is a data item, no retention period; a provider that "provides us with" data, and data
"from data brokers / other sources", is the service's own collection, not sharing;
and an opt-out of Google Analytics is a choice, not sharing. The lines are written for this
test, not taken from the dev policies, the corpus or any real policy."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, IN, RE, TP, categories_shown, check_phrasing

from policylens.core.en_overview import is_english_overview

OVERVIEWS = [
    "This Privacy Policy describes the information we collect from you, how we use and share"
    " it, and the choices you have.",
    "This privacy notice explains how we collect, use, disclose and protect your personal data.",
    'This Policy (the "Policy") sets out the rules for the processing of personal information'
    " received from visitors of the website.",
    "This statement describes our practices with respect to personal information collected"
    " through the online store.",
    'This notice explains how Juniper Books, Inc. ("Juniper", "we") handles information about'
    " people who visit our shops.",
]


@pytest.mark.parametrize("text", OVERVIEWS)
def test_a_notice_overview_of_itself_is_introductory(text: str) -> None:
    assert is_english_overview(text)
    assert categories_shown(text) <= {"other"}, categories_shown(text)


@pytest.mark.parametrize(
    "text",
    [
        # one practice: the opening of its section
        "This notice explains how long we keep your order history.",
        "This notice explains what data the app sends to us when it crashes.",
        # a law the notice follows names its jurisdiction
        "This privacy statement explains how we collect and use personal data in accordance"
        " with the GDPR.",
        # not the notice as subject
        "This section describes how we collect, use and share your information.",
    ],
)
def test_a_sentence_on_one_practice_or_a_law_is_no_overview(text: str) -> None:
    assert not is_english_overview(text)


def test_an_overview_naming_its_law_keeps_the_audience() -> None:
    check_phrasing(
        "This policy explains what information the site handles and how we comply with the"
        " Children's Online Privacy Protection Act.",
        IN,
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        "We store the information we collect about you for as long as is necessary for the"
        " purposes for which we originally collected it.",
        "We keep your information for as long as is necessary for the purposes described above.",
        "We retain the data we collect only as long as needed to fulfill the purposes set out in"
        " this policy.",
    ],
)
def test_retention_of_what_we_collect_is_retention_only(text: str) -> None:
    check_phrasing(text, RE, FP)


@pytest.mark.parametrize(
    "text",
    [
        "We keep a record of your purchases for seven years to comply with tax law.",
        "Invoices are kept for ten years under accounting law.",
    ],
)
def test_records_kept_for_tax_law_are_no_disclosure(text: str) -> None:
    check_phrasing(text, RE, TP)


def test_retaining_a_right_is_no_retention() -> None:
    check_phrasing("We retain the right to refuse service to anyone for any reason.", "", RE)


@pytest.mark.parametrize(
    "text",
    [
        "We collect your credit card number, expiration date and billing address.",
        "When you pay, we collect your card number and expiry date.",
    ],
)
def test_a_card_expiration_date_is_no_retention(text: str) -> None:
    check_phrasing(text, FP, RE)


def test_data_a_payment_processor_provides_us_is_no_sharing() -> None:
    check_phrasing(
        "Our payment processor provides us with updated card details when your card is replaced.",
        "",
        TP,
    )


def test_an_opt_out_of_google_analytics_is_a_choice() -> None:
    check_phrasing(
        "To opt out of Google Analytics, you can install the Google Analytics Opt-out Browser"
        " Add-on.",
        CH,
        TP,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Personally identifiable information is information that can be used to identify you,"
        " such as your name or email address.",
        '"Personal Data" is any information that relates to an identified or identifiable person.',
    ],
)
def test_what_personal_information_is_states_no_practice(text: str) -> None:
    assert is_english_overview(text)
    assert categories_shown(text) <= {"other"}, categories_shown(text)


def test_a_company_that_is_a_subsidiary_shares_nothing() -> None:
    check_phrasing("Fernway Outfitters is a subsidiary of Fernway Holdings, Inc.", "", TP)


def test_securing_the_service_in_a_list_of_purposes_is_no_security_measure() -> None:
    check_phrasing(
        "We use account details to provide and secure the service, to bill customers and to"
        " answer support requests.",
        FP,
        "data_security",
    )
    check_phrasing("We encrypt backups to secure the platform.", "data_security", "")


@pytest.mark.parametrize(
    "text",
    [
        "This privacy policy applies to the information that is collected when you use"
        " fernway.example or any of its subdomains.",
        "It describes how the owner of this website collects, uses and shares information about"
        " you.",
    ],
)
def test_a_notice_scope_and_its_it_describes_are_introductory(text: str) -> None:
    assert is_english_overview(text)
    assert categories_shown(text) <= {"other"}, categories_shown(text)


def test_choices_about_what_we_collect_are_a_choice_only() -> None:
    check_phrasing("We give you choices about the personal data we collect about you.", CH, FP)
