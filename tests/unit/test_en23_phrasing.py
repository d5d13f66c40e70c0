"""English phrasings of small open-source apps and forums (session 23, branch en23): a
promise that nothing is collected or leaves the device is the service's own collection
(negated, as OPP-115 labels it), also when "the developers" are its subject, while other
developers of add-ons who may collect stay third parties; an app permission named with what
it is used for is collection; edits or posts that "are public" or visible to anybody, and a
site hosted by another company, are disclosure, but source code that is public is not;
messages that administrators can read and secrets stored as a (salted) hash are security;
forum threads every visitor can read, what a team's owners see, webhooks and integrations you
authorise are disclosure; changing one's display name is access; a list of the permissions an
app asks for heads collection; an external service the app or system asks is a third party
(en, sv, de), and files you upload ("die Sie hochladen", "hochgeladene") are the service's own
collection (de). The lines are written for this test, not taken from the dev policies, the
corpus or any real policy."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, FP, SE, TP, check_phrasing


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # negated collection, whoever says it
        ("The developers do not collect any personal data about the people using the app.", FP, ""),
        ("The app's developer does not collect, keep or sell anything you type.", FP, ""),
        ("Your shopping lists never leave your phone.", FP, ""),
        ("No data is sent to the developers, not even crash reports.", FP, ""),
        # third-party developers who may collect stay third parties
        ("Themes are made by other developers, who may collect data about you.", TP, FP),
        # app permissions with their use
        ("Camera permission: needed only to scan the barcode on a library card.", FP, ""),
        ("The app asks for the storage permission so it can save backups to your SD card.", FP, ""),
        ("We ask for permission to access your calendar to add your bookings to it.", FP, ""),
        ("The keyboard needs permission to read your clipboard so that it can paste.", FP, ""),
        # publication and hosting
        ("Routes you upload are public and show your user name and the date.", TP, ""),
        ("Each change is visible to anybody who opens the page's history.", TP, ""),
        ("Our download pages are hosted by a content-delivery company.", TP, ""),
        ("The app is free software and its source code is public.", "", TP),
        # security
        ("Private messages can be read by the administrators when they investigate abuse.", SE, ""),
        ("Access tokens are stored as a hash, so nobody can read them back.", SE, ""),
        ("We keep only a salted hash of each recovery code.", SE, ""),
        # forums and developer platforms
        ("Threads in the open boards can be read by every visitor, logged in or not.", TP, ""),
        ("Team owners can see which projects each member has worked on.", TP, ""),
        ("A webhook posts the build result to the chat server you name.", TP, ""),
        ("If you authorise an integration, it gets the repositories you pick.", TP, ""),
        ("You can change your display name and avatar at any time.", AC, ""),
        # a permissions list heading
        ("Permissions the app asks for", FP, ""),
    ],
)
def test_small_app_and_forum_phrasings(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # an outside service the app or system asks is a third party, in each language
        ("Weather alerts use an external service that receives your district.", TP),
        ("Väderappen använder en extern tjänst för att hitta din ort.", TP),
        ("Die Höhenangaben kommen von einem externen Dienst, der Ihre Koordinaten erhält.", TP),
        # what you upload is the service's own collection (de)
        ("Wir speichern die Dateien, die Sie in Ihre Projekte hochladen.", FP),
        ("Hochgeladene Bilder legen wir auf unserem eigenen Server ab.", FP),
    ],
)
def test_outside_services_and_uploads(text: str, wanted: str) -> None:
    check_phrasing(text, wanted, "")
