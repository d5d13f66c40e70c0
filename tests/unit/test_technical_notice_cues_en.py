"""English technical notices (issue 11, session 12): who hosts or delivers the data is a
recipient, a permission "turned off" in the phone's settings is a choice, "we delete" says when
data goes, seeing one's own history is access. The lines are written for this test, not taken
from the dev policies. The false positives found with them are in false_positives.jsonl."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, RE, TP, check_phrasing

# (text, a category it must get, a category it must not get or "")
CASES = [
    ("Our servers are run by a hosting provider in Finland on our behalf.", TP, ""),
    ("Verification codes are sent through an SMS provider.", TP, ""),
    ("A cloud provider stores the backups for us.", TP, ""),
    ("Pressing the red button sends your location to the people you picked.", TP, ""),
    ("Microphone access can be turned off in your device settings.", CH, ""),
    ("Background refresh can be switched off at any time.", CH, ""),
    ("Once you leave the programme, we delete your test results.", RE, ""),
    ("You can view your sign-in history on the Security page.", AC, ""),
    # Something "optional" is the user's choice; what is "publicly visible" or "made public" is
    # disclosed, but a notice "published on this page" is not.
    ("Adding a profile photo is optional.", CH, ""),
    ("Your comments are made public under the article.", TP, ""),
    ("Any revised statement will be published on this page.", "", TP),
    # A use named beside consent is still a use; "your explicit consent" is consent.
    ("With your consent, we use your phone number to send delivery updates.", FP, ""),
    ("If you allow it, we will use your contacts to find friends on the app.", FP, ""),
    ("Recordings are analysed only with your explicit consent.", CH, ""),
    # "We delete your …" says when data goes, not what the user may do; "you can … delete" does.
    ("When the trial ends we delete your uploaded files within a week.", RE, AC),
    ("You can also erase all saved levels with the Reset button.", AC, ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_technical_notice_phrasing(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
