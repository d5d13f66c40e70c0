"""English phrasings found from the misses of the en dev policies (session 18, branch en20), in
the register of a nonprofit's websites notice and a child's or patient's notice: a heading or
line on "choices and rights", "rights and choices", "parents' rights" (patients', users',
members') or "additional rights" is about the user's rights over their data; a service that
"tells us whether" (which) an e-mail was opened, or that "lets us know which" links were
clicked, reports what the first party collects; a message kept "if you write to us" (e-mail
us) is collected; an embedded service that "sets its own cookies", and one with "its own
privacy statement", is a third party, as is an e-mail (newsletter, mailing) service provider;
and data kept "until you unsubscribe" (opt out) states how long it is kept, not a choice. An
identifier "stored in your browser to" group visits is no browser setting the user chooses, and
a disclosure "to protect the safety of a child" names no audience the notice is for. A promise
that "we never show ads" or "we do not build a profile" of a user states how the service uses
(or does not use) the data, and an "incident response plan" is a security measure. Replies
for which a respondent "gave consent" to publication, and a box to "check" (or "uncheck") for
e-mails, are the user's choices. Data that "may be kept" (can be kept) for a purpose states
retention, data "kept confidential" (secure, safe) does not. A company's legal form written
with dots ("Labs B.V. (\"we\") handles") ends no sentence unless a capital follows. The lines
are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, SE, TP, check_phrasing

from policylens.core.segment import split_sentences

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Patients' rights", AC, ""),
    ("Your rights and choices", AC, ""),
    ("Members' choices and rights", AC, ""),
    ("Residents of some states may have additional rights under local law.", AC, ""),
    ("Our mailing tool tells us whether you opened each bulletin.", FP, ""),
    ("The survey platform lets us know which questions you skipped.", FP, ""),
    ("When you write to us, we keep the letter and our answer on file.", FP, ""),
    ("If you e-mail us, we hold on to the thread to follow up later.", FP, ""),
    ("Maps are embedded from Cartoview, which sets its own cookies once the map loads.", TP, ""),
    ("Tickets are sold by Gatewell, which has its own privacy statement.", TP, ""),
    ("Bulletins go out through our e-mail service provider.", TP, ""),
    ("Subscriber addresses stay on our list until you unsubscribe.", RE, CH),
    ("Reminder preferences are stored until you opt out of reminders.", RE, CH),
    ("A random token is saved in your browser to keep your cart between visits.", "", CH),
    ("You can set your browser to refuse cookies.", CH, ""),
    ("We may report a concern to the police to protect the safety of a child.", TP, IN),
    ("We do not knowingly collect personal data from a child under 13.", IN, ""),
    ("We never show ads to patients in the portal.", FP, ""),
    ("We do not build a marketing profile of any reader.", FP, ""),
    ("Our partners may show you ads on other websites.", TP, FP),
    ("The clinic maintains an incident response plan.", SE, ""),
    ("Comments for which you gave your consent to publication appear on the site.", CH, ""),
    ("Check the box on the form if you would like our seasonal catalogue.", CH, ""),
    ("You may uncheck the newsletter option when you register.", CH, ""),
    ("We check the boxes of returned parcels for damage.", "", CH),
    ("Summary statistics may be kept to plan next year's programme.", RE, ""),
    ("Your records may be kept confidential by the clinic.", "", RE),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_english_nonprofit_notice_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_unsubscribing_is_still_a_choice() -> None:
    check_phrasing("You can unsubscribe at any time with the link in every e-mail.", CH, "")


def test_a_person_telling_us_something_is_not_a_report_from_a_service() -> None:
    # Only a service's report ("tells us whether", "which") is a cue; "tells us that" was left
    # out: it gave a donor's note about a legacy gift collection.
    check_phrasing("If you tell us that you have moved, we will update your record.", "", TP)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('Notes are kept by Quaymark B.V. ("we") on our servers. You can delete them.', 2),
        ("Der Tierschutzverein Lindenhof e.V. ist verantwortlich. Fragen an uns.", 2),
        ("The service is run by Example S.A. We keep your data in Spain.", 2),
    ],
)
def test_a_company_form_with_dots_ends_no_sentence(text: str, sentences: int) -> None:
    # "B.V. (" or "e.V. ist" goes on; before a capital ("S.A. We") the sentence has ended.
    assert len(split_sentences(text)) == sentences
