"""English phrasings found from the misses of the en dev policies (session 17, branch en19), in the
register of a public body's privacy statement for an online consultation: processing "pursuant
to the Agency's security decision" (or a security policy, security rules) is about protecting
the data; contributions that "any member of the public" may read, or that are "made publicly
available", are disclosed to others; a data subject's request that "will be answered" (dealt
with, handled) within a time limit is the right of access; and "access to your personal data is
provided to" (given, granted to) staff or a contractor names who receives the data, not the
user's right of access. A "list of those with whom we" shared data (a patient's accounting of
disclosures) is the right of access too. Processors often named in a list of sub-processors
(Datadog, Postmark, hCaptcha, Klaviyo, …) are third parties. An organisation "committed to
protecting your personal data" only introduces its notice; how it protects the data is what
makes a line about security. A body that "processes personal data pursuant to Regulation" names
the law it follows, not what it collects. The lines are written for this test, not taken from
the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, IN, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Every operation follows the Board's security decision on IT systems.", SE, ""),
    ("Replies are handled under the Office's security policy.", SE, ""),
    ("Answers you agree to publish can be read by any member of the public.", TP, ""),
    ("Your comments will be made publicly available with the consultation report.", TP, ""),
    ("Each request will be answered within one month of receipt.", AC, ""),
    ("Requests will be dealt with free of charge.", AC, ""),
    (
        "Access to your personal data is granted to the staff of the unit running the survey.",
        TP,
        AC,
    ),
    ("Patients may obtain a list of those with whom we have disclosed their records.", AC, ""),
    ("Datadog, Inc. - server monitoring - United States", TP, ""),
    ("Receipts are e-mailed through Postmark.", TP, ""),
    ("Forms on this site are protected by hCaptcha.", TP, ""),
    (
        "The Office is committed to protecting your personal data and respecting your privacy.",
        "",
        SE,
    ),
    ("We are committed to protecting your data and encrypt it at rest.", SE, ""),
    (
        "The Authority processes personal data pursuant to Regulation (EU) 2018/1725.",
        IN,
        FP,
    ),
    ("We process your personal data in accordance with Art. 6 GDPR to ship your order.", FP, ""),
    ("Access to your replies is given to the external contractor hosting the tool.", TP, AC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_consultation_statement_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_asking_for_access_to_ones_data_is_still_a_right() -> None:
    check_phrasing("You can ask for access to your personal data at any time.", AC, TP)
