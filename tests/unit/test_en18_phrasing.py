"""English phrasings found from the misses of the en dev policies (session 17, branch en18):
a service that says it "does not log" or "never records" what you do, or names connection
logs, connection timestamps or DNS queries, states what it collects (a VPN's or proxy's
no-logs promise). What "we will disclose", a "request from a government" or a court, a
"transparency report", an "analytics company" and "our mail provider" are about data handed to
others. A hospital's notice "may use and share" or lists "uses and disclosures": its own use
as well as sharing; "confidential communications" are a choice of how to be contacted; and what
it "may" disclose "without your authorization" (or consent) is no choice, whereas what it will
not do without it is. Switching telemetry or usage data off is a choice, not a statement of
collection; what a program "sends to us" and a survey's "responses" or "answers" are
collected; a national law named by its adjective ("Dutch tax law") is a jurisdiction; data
"corrected or deleted on request" is the right to it; recordings that "are published" or a
dataset others "download" is sharing. A company's "UK Ltd" and the U.S. Department of Health
and Human Services' Office for Civil Rights (where a patient complains) name no jurisdiction.
What independent or other developers of add-ons collect, under "their own privacy policy", is
collected by third parties, not by the service. What an institution "may release" and details
"stored on their systems" (a bookkeeping or office suite's) are with others. A small shop's
plain "see what we have on file" or "have us delete" it is the right of access or deletion.
Data kept "until you unsubscribe" (or on a suppression list) is a retention period, and a
cookie that "remembers your choice" and expires states its lifetime, not a choice. A customer
that "may export" its (or all) data has the right to a copy of it. Plausible and Fathom
analytics, and a supplier's ("its") support team, are third parties.
The lines are written for this test, not taken
from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, TP, check_phrasing

from policylens.core.classifier import cue_evidence

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("What our tunnel does not log", FP, ""),
    ("The proxy doesn't log the sites you open.", FP, ""),
    ("Our exit nodes never record the pages you load.", FP, ""),
    ("No connection logs and no connection timestamps exist on our gateways.", FP, ""),
    ("DNS queries are resolved in memory and forgotten.", FP, ""),
    ("We will disclose only what a valid order names.", TP, ""),
    ("Every government request we get is counted.", TP, ""),
    ("We answer a request from a court only if it is lawful where our servers are.", TP, ""),
    ("Twice a year we publish a transparency report.", TP, ""),
    ("No analytics company sees the app's screens.", TP, ""),
    ("Support e-mails are stored by our mail provider.", TP, ""),
    ("How the clinic may use and share your records", FP, ""),
    ("Uses and disclosures of your test results", FP, ""),
    (
        "You may ask for confidential communications, say letters to a relative.",
        CH,
        "",
    ),
    ("We may disclose your records without your consent where a judge orders it.", TP, CH),
    ("In these circumstances we may release records without your written authorization:", "", CH),
    ("We will not sell your data without your consent.", CH, ""),
    ("To stop sending telemetry, untick the box under Options.", CH, FP),
    ("Accepted recordings are published every quarter.", TP, ""),
    ("This page lists what the editor sends to us and why.", FP, ""),
    ("Your survey responses are kept with a random code, not your name.", FP, ""),
    ("Invoices are kept for ten years, as German commercial law requires.", IN, ""),
    ("Old newsletter addresses can be corrected or deleted on request.", AC, ""),
    ("Anyone may download the dataset from our mirror.", TP, ""),
    ("Card payments are handled by Tollgate Payments UK Ltd.", TP, IN),
    ("Themes come from independent developers, who may collect data about you.", TP, FP),
    ("The map tiles are fetched from a tile server under its own privacy policy.", TP, ""),
    ("The college may release directory information such as names and degrees.", TP, ""),
    ("We book jobs in QuickBooks, so your address is kept on their servers.", TP, ""),
    ("Curious what we have on file? Pop in and ask.", AC, ""),
    ("You can get us to correct a wrong address by e-mail.", AC, ""),
    ("Club mailing list: kept until you unsubscribe.", RE, ""),
    ("Addresses that bounced go on a suppression list.", RE, ""),
    ("The banner cookie that remembers your choice expires after six months.", RE, CH),
    ("Before closing a workspace, admins can export their projects as ZIP files.", AC, ""),
    ("Page views are counted by Plausible Analytics.", TP, ""),
    ("The booking system's vendor is in Spain; its support team may look at bookings.", TP, ""),
    ("The front desk will release them to a courier you name.", TP, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_a_us_federal_authority_to_complain_to_is_no_jurisdiction() -> None:
    # Not even a weak hint: the model reads the lexicon's evidence, and "U.S." alone tipped it.
    line = "Patients may also complain to the U.S. Department of Health and Human Services."
    evidence = cue_evidence(line, "en")
    assert "international_specific_audiences" not in evidence
    assert "user_access_edit_deletion" in evidence
