"""English phrasings found in a fresh open-source browser extension's notice written as
questions (session 19, branch en24): a question heading "How long do you keep …?" ("How long
will we retain …?", "does … store") asks about retention, "What are my rights?" ("What rights do
I have?") about the user's rights, and "What data do you collect?" about collection; server
logs that "are rotated" (log rotation) state how long they are kept, while keys rotated for
security do not; a program that "respects" ("honours") the user's or the browser's setting
gives the user a choice. A maker introduced as "a non-profit organization based in Ottawa, Canada"
(registered, headquartered in …) names where it sits, no audience or jurisdiction of a
practice, while a user "based in" a country and servers based there keep theirs. A notice's
overview that says it explains "how long we keep the data" is no retention heading. The lines
are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("How long do you keep my crash reports?", RE, ""),
    ("How long will we retain your messages?", RE, ""),
    ("How long does the app store my location?", RE, ""),
    ("What are my rights?", AC, ""),
    ("What rights do I have over my data?", AC, ""),
    ("What data do you collect?", FP, ""),
    ("Web server logs are rotated every 14 days.", RE, ""),
    ("Request logs with IP addresses are rotated weekly.", RE, ""),
    ("We rely on log rotation to clear old entries after a month.", RE, ""),
    (
        "The plug-in respects your browser's tracking setting and sends nothing when it is off.",
        CH,
        "",
    ),
    ("If telemetry is disabled by your administrator, the program honours that setting.", CH, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_extension_faq_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_rotated_keys_are_no_retention() -> None:
    # Only logs that are rotated are a retention cue, not "rotated every" alone.
    check_phrasing("Encryption keys are rotated every 90 days.", "", RE)


@pytest.mark.parametrize(
    "text",
    [
        "Tallow is a free e-mail client made by the Tallow Foundation, a non-profit organization"
        " based in Halifax, Canada.",
        "The app is developed by Brightfern Ltd, a company registered in Ireland.",
        "We are a small team headquartered in Zurich, Switzerland.",
    ],
)
def test_where_the_maker_is_based_is_no_audience(text: str) -> None:
    check_phrasing(text, "", IN)


@pytest.mark.parametrize(
    "text",
    [
        "If you are based in Canada, you may complain to the Privacy Commissioner.",
        "Our servers are based in Germany.",
        "Because the association is based in the Netherlands, the GDPR applies to your data.",
    ],
)
def test_users_and_servers_based_in_a_country_keep_it(text: str) -> None:
    check_phrasing(text, IN, "")
