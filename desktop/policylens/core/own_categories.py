"""The categories a clause's own words assert, from the scorers' evidence.

A clause mostly states one or two practices: a category named in passing beside a far better
supported one is left out (`asserted`), but consent beside a practice and an audience or law
qualifying one are kept. A few short lines assert what a sentence would not: a heading naming
an audience ("Barn", "Use of the app by children"), a dateline with a word of change
("Uppdaterad 2026-01-12"). A line listing the topics of the service's e-mails mentions a change
of policies without stating one (`without_message_topics`).
"""

from __future__ import annotations

import re

from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.detail_lines import is_dateline
from policylens.core.taxonomy import (
    ACCESS,
    CHANGE,
    FIRST_PARTY,
    INTERNATIONAL,
    OTHER,
    RETENTION,
)

# Scores given to categories that come from a list head (and to the use of an address whose
# e-mails' topics a line lists).
LIST_HEAD_SCORE = 0.6
# A category is kept beside others only with at least this share of the best one's score.
DOMINANCE = 0.9
# ...except consent and choices, stated outright (a strong cue, or the model as sure): they are
# stated beside another practice by nature ("we share it with your consent", "the User agrees
# to receive newsletters at the e-mail address given"), and the guidelines label the consent
# too. Measured: English sample 0.654 -> 0.677, OPP-115 dev 0.696 -> 0.701, corpus dev fa
# +0.011, ar +0.007, de -0.007, the other samples and languages within 0.003. Keeping every
# category with a strong cue this way cost the Kazakh sample 0.06 and Persian 0.02.
BESIDE_OTHERS = frozenset({"user_choice_control"})
BESIDE_SCORE = 0.8
# ...and an audience or jurisdiction (a named law, children, where data is stored) does not
# push the practice it qualifies out: "we keep invoices 6 years under § 257 HGB" states the
# retention and the law, and the guidelines label both; a named law's cue is sure of itself
# (0.97) where the practice's words are plainer (0.90), so the law alone was kept.
QUALIFIERS = frozenset({INTERNATIONAL})
# A practice beside a far surer audience needs more than one plain cue: "you must be 18 to
# create an account" is an age gate, not collection (dev policies +0.002..+0.015 in six
# languages, the fa sample +0.014; corpus dev fr -0.006, en -0.004, OPP-115 dev -0.001).
BESIDE_QUALIFIER = 0.85
_BESIDE = BESIDE_OTHERS | QUALIFIERS
# Deletion beside a retention period: the user's deletion of an account or of data is kept
# beside the period it starts, at a strong cue's score (`_deletion_beside_retention`).
# Measured alone: held-out dev 0.898 -> 0.899 with the model (ru +0.004, de +0.002, en +0.002),
# the samples unchanged (a Kazakh withdrawal of consent is no deletion: hence `_DELETES`).
_DELETES = re.compile(
    r"delet|eras|clos|remov|lösch|kündig|schließ|supprim|ferm|radera|avslut|ta bort"
    r"|удал|закры|стер|жою|өшір|жаб|حذف|مسح|اغلاق|إغلاق|الغاء|إلغاء|پاک|بستن"
)
# A short heading that names an audience ("Barn", "Enfants", "Kinder", "Mineurs") names its
# section's topic: a child noun is only a medium cue (in a sentence a bare mention of children,
# "we look after ten children", states no practice for them), but a heading of a few words has
# nothing else to be about. One medium cue of the lexicon (0.28) is enough there.
AUDIENCE_HEADING = 0.25
AUDIENCE_HEADING_MAX_WORDS = 3
# ...and a longer heading that names children ("Utilisation de ce site par les enfants",
# "Användning av tjänsten av barn", "Использование сайта детьми") is about them as well: its
# other words (use, the site) name no practice of their own.
CHILDREN_HEADING_MAX_WORDS = 8
# A dateline of a few words with a word of change ("Mise à jour : 12 janvier 2026", "Uppdaterad
# 2026-01-12", "Version vom 1. März 2025") states the effective date of the policy's version
# (`policy_change` by the guidelines), however weak its one cue is or however the model reads it.
DATELINE_MAX_WORDS = 7
MESSAGE_TOPICS_NOTE = "the topics of the e-mails the service sends"
# Words naming children or their parents and schools, in the languages read. A list head that
# states a practice and cites a law beside it ("We use these processors, bound by agreements
# under Art. 28 GDPR:") passes the practice on to its items, not the law: each item names a
# processor, not a jurisdiction. A head about an audience alone ("California residents may:")
# or about children ("We collect only what a child needs:") passes the audience on.
# Measured (dev policies, with the model): en not held out 0.905 -> 0.906 (en-tidewell
# 0.953 -> 0.971), every held-out figure and other language unchanged. Dropping the law from
# every head instead lost en-reading's children's list and a held-out en policy (-0.013).
_MINORS = re.compile(
    r"\b(?:child|kid|minor|teen|student|pupil|parent|coppa|under (?:the age of )?1\d\b"
    r"|kind|minderjährig|jugendlich|schüler|eltern|enfant|mineur|élève"
    r"|barn|minderårig|elev|förälder|vårdnadshavar"
    r"|дет|ребен|ребён|несовершеннолет|родител|школьн|учащ|бала|ата-ана|оқушы|кәмелет)"
    r"|کودک|خردسال|نوجوان|والدین|دانش.?آموز|طفل|أطفال|اطفال|قاصر|القصر|ولي الأمر"
)


def asserted(evidence: ClauseEvidence, threshold: float = THRESHOLD) -> dict[str, Evidence]:
    """Categories the clause's own words assert: above the threshold, and close to the best
    supported one (a clause mostly states one or two practices; a category named in passing
    beside a far better supported one is left out)."""
    if not evidence:
        return {}
    above = {c: e for c, e in evidence.items() if c != OTHER and e.score >= threshold}
    if len(above) < 2:
        return above  # nothing, or one category: its own best (most clauses)
    practices = [e.score for c, e in above.items() if c not in QUALIFIERS]
    best_overall = max(e.score for e in above.values())
    best = max(practices or [best_overall])
    return {
        c: e
        for c, e in above.items()
        if (
            e.score >= DOMINANCE * best
            and (e.score >= DOMINANCE * best_overall or e.score >= BESIDE_QUALIFIER)
        )
        or (c in _BESIDE and e.score >= BESIDE_SCORE)
        or (c == ACCESS and e.score >= BESIDE_SCORE and _deletion_beside_retention(above))
    }


def _deletion_beside_retention(above: dict[str, Evidence]) -> bool:
    """The clause's best practice is retention and its access cue deletes or closes something
    (an account, one's data): the user's act that starts the period it states ("erased within
    30 days of deleting your account"), which the dev policies' convention labels A + R. A
    deletion that opens the period's own words ("تحذف بيانات … بعد ثلاثة أشهر", data deleted
    after three months) is the retention itself."""
    retention = above.get(RETENTION)
    access = above.get(ACCESS)
    return (
        retention is not None
        and access is not None
        and retention.score >= max(e.score for e in above.values())
        and any(
            _DELETES.search(cue.text.lower())
            and not any(cue.start == kept.start and cue.end < kept.end for kept in retention.cues)
            for cue in access.cues
        )
    )


def names_minors(line: str) -> bool:
    """The line names children, their parents or schools: as a list head, each of its items
    is a practice for that audience ("We collect only what a child needs:")."""
    return _MINORS.search(line.lower()) is not None


def audience_heading(line: str, evidence: ClauseEvidence) -> dict[str, Evidence]:
    """A heading of a few words whose best cue is an audience ("9. Barn", "Mineurs"), or a
    few more if it names children ("Use of the app by children"): that audience, though one
    medium cue asserts nothing in a sentence."""
    audience = evidence.get(INTERNATIONAL)
    if (
        audience is None
        or audience.score < AUDIENCE_HEADING
        or not audience.cues
        or len(line.split()) > _audience_heading_words(line, evidence) + 1
        or any(c != OTHER and e.score > audience.score for c, e in evidence.items())
    ):
        return {}
    return {INTERNATIONAL: audience}


def _audience_heading_words(line: str, evidence: ClauseEvidence) -> int:
    """How many words a heading naming an audience may have: a few, or more if it names
    children and is not the notice's own name ("Privacy Statement for Students and ...")."""
    if OTHER not in evidence and names_minors(line):
        return CHILDREN_HEADING_MAX_WORDS
    return AUDIENCE_HEADING_MAX_WORDS


def dated_change(line: str, evidence: ClauseEvidence) -> bool:
    """A short dateline with a cue of change of its own: the date of the policy's version."""
    change = evidence.get(CHANGE)
    return (
        change is not None
        and bool(change.cues)
        and len(line.split()) <= DATELINE_MAX_WORDS
        and is_dateline(line)
    )


def without_message_topics(evidence: ClauseEvidence) -> tuple[ClauseEvidence, dict[str, Evidence]]:
    """The evidence of a line listing the topics of the service's e-mails ("emails about new
    features, feedback requests and important policy changes") without its change of policies,
    and what it asserts then: sending them is the service's use of the address (as "We send you
    push notifications about your order status" is, in the corpus) if nothing else."""
    evidence = {c: e for c, e in evidence.items() if c != CHANGE}
    own = asserted(evidence, THRESHOLD)
    if not own:
        found = evidence.get(FIRST_PARTY)
        own = {
            FIRST_PARTY: Evidence(
                max(LIST_HEAD_SCORE, found.score if found else 0.0),
                list(found.cues) if found else [],
                "context",
                MESSAGE_TOPICS_NOTE,
            )
        }
    return evidence, own


def vetoed(evidence: ClauseEvidence) -> bool:
    """A model read the clause's cues and overruled them: the clause spoke of something, just
    not of that practice, so its section's practice is not given to it either."""
    return any(e.cues and e.score < THRESHOLD and e.by_model for e in evidence.values())
