"""English notices in the genres of issue 11's hidden set (session 13, branch en13): a browser,
a speech-donation project, an EU agency's survey statement, a mood-journal app. Data removed
"from our servers within 14 days" is retention; rights "depending on where you live" are a
region's; an EU body's name (the Commission, the EDPS) is not a jurisdiction; a list head
naming the processors used is sharing, not the service's own use; automated decisions and
profiling are a use; a search engine, a push service, an external contractor or the public
that a dataset is released to are recipients. From English corpus dev: a complaint in the Member
State of one's residence, state privacy rights and a parental gate are a region's or children's;
data "kept until" an event is retention; a log of who accessed a record is security.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Uploaded files are removed from our servers within 14 days of cancellation.", RE, ""),
    ("Deleted photos are purged from our systems within 60 days.", RE, ""),
    ("When you turn it off, we also erase the readings already stored for your device.", RE, ""),
    ("Depending on where you live, you may have the right to ask for a copy of your data.", IN, ""),
    ("The European Commission hosts the survey tool.", "", IN),
    ("Data Controller: European Agency for Food Labels", "", IN),
    ("You can complain to the European Data Protection Supervisor.", AC, IN),
    ("We use the following service providers to run the shop:", TP, FP),
    ("Your answers will not be used for automated decision-making or profiling.", FP, ""),
    ("Our transcription work is done by an external contractor bound by confidentiality.", TP, ""),
    ("Reminders are delivered through the push notification service of your phone.", TP, ""),
    ("What you type in the search box is sent to the search engine you have chosen.", TP, ""),
    ("Twice a year we release the collected clips to the public as an open dataset.", TP, ""),
    ("You can remove your birth year from your profile at any time.", AC, ""),
    ('Tap "Delete my data" to erase your history.', AC, ""),
    ("2. Data you enter", FP, ""),
    # Content taken down "from our systems" is moderation, not a retention period.
    ("We may remove content from our systems if it breaks the rules.", "", RE),
    # A complaint where one usually lives names a region; a state's privacy rights are a
    # region's; a parental gate is for children; data "stored until" an event is retention.
    ("You may also complain to the authority of the Member State where you usually live.", IN, ""),
    ("Your State Privacy Rights", IN, ""),
    ("In-app purchases are behind a parental gate.", IN, ""),
    ("Scanned forms are kept on file until the claim is settled.", RE, ""),
    ("The system keeps a log of who accessed each record.", SE, ""),
    # A no-logs promise and data kept on the device say what is (not) collected; decisions by
    # automated means are a use; clips anyone may reuse (CC0, the public domain) and answers
    # published with a name are disclosed; a transfer to a country outside the EEA is a
    # region's, not a recipient's; servers in a place are where data is stored.
    ("We do not keep any logs of the sites you connect to through the tunnel.", FP, ""),
    ("The app stores your diary only on your phone unless you turn on backup.", FP, ""),
    ("Nothing you answer is used for decisions made by automated means.", FP, ""),
    ("Recorded clips are released under CC0 and can be used by anyone.", TP, ""),
    ("Replies may be published with your name if you tick the box.", TP, ""),
    ("Personal data will not be transferred to a country outside the EEA.", IN, TP),
    ("Replies are kept on servers in Luxembourg.", IN, ""),
    # The recipients of data, disclosures to a body, are sharing; a statement saying why and
    # how data is processed introduces the notice and states no practice of its own.
    ("Disclosures to workers' compensation programs are allowed as authorized by law.", TP, ""),
    ("Recipients of your data are the staff of the unit organising the survey.", TP, ""),
    ("This notice explains how the museum processes personal data of its visitors.", "", FP),
    # "Data protection law" names no jurisdiction; the authority where one lives names one.
    ("Under data protection law you may ask us for a copy of your data.", AC, IN),
    ("You can also complain to the supervisory authority where you live or work.", IN, ""),
    # The legal basis of processing is a use, as the corpus labels it.
    ("Our lawful basis for sending appointment reminders is our contract with you.", FP, ""),
    # A project that builds a public dataset says what it is, not that it discloses anything.
    ("Corvid Speech builds a free, public dataset of recorded speech.", "", TP),
    # A notice of privacy practices says "we can share" and "we may release ... to".
    ("We can share your information with a nursing home that will care for you.", TP, ""),
    ("We may release health information to a funeral director.", TP, ""),
    # Health and wellbeing apps: data imported from a linked device is collected; research
    # partners that receive data are recipients; revoking an app's access, accepting optional
    # cookies and being asked for permission are choices; a change to how data is handled is
    # a change of the policy.
    ("When you connect a smart scale, we import your weight readings.", FP, ""),
    ("Our research partners receive only coded data.", TP, ""),
    ("You can revoke access for the calendar integration in Settings.", CH, ""),
    ("Accepting optional cookies helps us see which pages are read.", CH, ""),
    ("The app asks for permission before it reads your step count.", CH, ""),
    ("We will e-mail you if we change how we handle your data.", PC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_hidden_genre_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
