"""A document into classified clauses: segmentation, scorers, then the context of the page.

Context, as a reader (and the labelling guidelines) use it:
- a heading takes the categories its own words name, and colours the clauses under it that
  name none of their own, until the next heading that names something else, a numbered heading
  of the same or a higher level, or a generic heading ("Contact us", "Definitions");
- an unnumbered heading that names nothing (a sub-heading such as "Technical data") belongs to
  the section it is in, if that section is numbered or the heading labels a list under it,
  and so does a row of a table set out as text ("Invoices – 10 years"), which never starts a
  section;
- an unnumbered sub-heading with a practice of its own ("Service providers") stays inside the
  numbered section it stands in, so its sibling that names nothing ("For legal reasons", read
  as generic by the model alone) keeps the section's practice, and one that names consent only
  ("With your consent") names a case of the section's practice and takes it (heads21); in a
  flat policy such a heading takes the practice of the heading before it when its own lines
  carry that practice alone (`heading_sections.continue_topics`);
- a heading that names nothing and is not generic takes the practice its section's lines
  state most ("8. New editions" over a policy-change section: `heading_sections`);
- a list item is read with its list head (the line ending with ":" before the list, or a
  heading that names a practice right above it);
- a definition ('"Processor" means...') states no practice (`definitions`);
- contact details take no context (they are `other` wherever they stand), and the country in a
  postal address names no audience (`addresses`); nor does a clause whose cues a model
  overruled (it spoke of something, just not of that practice);
- a paragraph is about its main practices: a category it mentions only in passing is dropped
  (`paragraph_focus`).
`other` is given only when no substantive category applies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from policylens.core.addresses import postal_part
from policylens.core.change_mentions import lists_message_topics, states_provenance
from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence, LexiconScorer, Scorer
from policylens.core.clause import CategoryScore, Clause
from policylens.core.contact_block import in_contact_block, letter_words
from policylens.core.controller_lines import asks_who_we_are, names_the_controller
from policylens.core.definitions import is_definition_or_overview
from policylens.core.document import Document
from policylens.core.feature_headings import names_a_feature
from policylens.core.gc_pause import cyclic_gc_paused
from policylens.core.heading_sections import continue_topics, fill_headings
from policylens.core.normalize import ASCII_DIGITS, NormalizedText, normalize_for_matching
from policylens.core.paragraph_focus import focus_paragraphs
from policylens.core.period_rows import finish_open_heads, period_row
from policylens.core.segment import Segment, segment
from policylens.core.taxonomy import CHOICE, FIRST_PARTY, OTHER

INTERNATIONAL = "international_specific_audiences"
# A right the user exercises by choosing ("withdraw your consent", "отозвать согласие") is
# `user_choice_control` by the guidelines: an item stating it does not take its rights list's
# access category ("You have the right to:" / "- withdraw your consent at any time").
ACCESS = "user_access_edit_deletion"
# Scores given to categories that come from the context, not from the clause's own words.
SECTION_SCORE = 0.55
# A heading has few words: one medium cue ("Cookies", "Säkerhet") is enough to name its topic.
HEADING_THRESHOLD = 0.35
# An unnumbered heading that names nothing and has at most this many words is a sub-heading
# of the section it stands in; a longer one starts a section of its own. In a policy whose
# headings are unnumbered, such a heading is a sub-heading only over the list it labels
# ("Kommunikationsdata" / "- Enkätsvar"); over sentences it is the flat policy's next topic
# ("حسابك", "Radera och exportera"), and the first section used to bleed into all of them.
# Measured: OPP-115 dev 0.697 -> 0.706, sv sample 0.842 -> 0.860, dev policies fr +0.009,
# sv -0.006, ru -0.003; found on a kept-back dev policy (see the dev policies' README).
SUBHEADING_MAX_WORDS = 3
# A heading that names nothing takes its section's practice only if it is this short: a
# longer unpunctuated line ("We do not look at the photos on your phone") is a statement.
TITLE_MAX_WORDS = 6
# A year of a dateline: Gregorian, or Hijri / Iranian solar (14xx, 13xx) as Arabic and Persian
# policies date their editions ("١٥ رجب ١٤٤٦هـ", "۱۰ بهمن ۱۴۰۳"), in any script's digits.
# (The century first, then the look back for a digit before it: a pattern that starts with a
# literal lets the regex engine skip to the next "1" or "2" at C speed, where one that starts
# with a look-behind is tried at every character.)
_YEAR = re.compile(r"(?:19|20|13|14)(?<!\d..)\d\d(?!\d)")
LIST_HEAD_SCORE = 0.6
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
# A clause with this many digits is a phone number or an address, not a statement.
PHONE_DIGITS = 7
CONTACT_MAX_WORDS = 12
# ...and a line this short with one is nothing but the contact detail, with its label.
CONTACT_DETAIL_MAX_WORDS = 6
CONTACT_DETAIL_MAX_CHARS = 80
_DIGIT = re.compile(r"\d")
# A row of a table set out as text ("Order history – 7 years", "Acme Ltd – hosting – Ireland"):
# parts joined by spaced dashes, with a number or a third part. A row that names nothing
# belongs to its section, as a short sub-heading does.
_ROW = re.compile(r"\S\s[–—-]\s(?=\S)(?:.*\d|.*\s[–—-]\s\S)")
# The separator of a table row's columns, and the note of a place its last column names
# ("Zendesk, Inc. – support tickets – United States": a plain cue of a place, asserted there;
# measured: en dev policies 0.906 -> 0.908, en-saas 0.880 -> 0.897, en-relaydesk 0.897 ->
# 0.917, every other policy unchanged).
_COLUMN = re.compile(r"\s[–—-]\s(?=\S)")
ROW_NOTE = "a place in the row's last column"
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # "٢٠٢٤/٠٢/١١", "01.12.22"
# A program's version at the end of a short line: "App version: 3.4.0", "Версия 5.2.1 (1187)".
_SOFTWARE_VERSION = re.compile(r"\D\s*v?\d{1,3}\.\d{1,3}\.\d{1,4}(?:\s*\([^()]*\))?\.?$")
SOFTWARE_VERSION_MAX_WORDS = 8
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
CHANGE = "policy_change"
MESSAGE_TOPICS_NOTE = "the topics of the e-mails the service sends"

ProgressCallback = Callable[[float], None]


class Blender(Protocol):
    """Turns the lexicon's evidence per segment into blended evidence (the shipped model)."""

    def blend(
        self,
        document: Document,
        segments: Sequence[Segment],
        normalized: NormalizedText,
        evidence: Sequence[ClauseEvidence],
        *,
        tick: Callable[[float], bool] | None = None,
    ) -> list[ClauseEvidence]: ...


Refiner = Callable[[str, list[Clause]], Sequence[Clause]]


class _Stop(Exception):
    pass


def analyze(
    document: Document,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    extra_scorers: Sequence[Scorer] = (),
    refiners: Sequence[Refiner] = (),
    blenders: Sequence[Blender] = (),
) -> list[Clause]:
    """The clauses of `document` in text order, each with its asserted categories (sorted by
    score). `progress(fraction)` is called now and then; when `cancelled()` turns True the
    analysis stops and returns an empty list.

    Pluggable: `extra_scorers` add evidence per clause before the context is applied (their
    evidence merges with the lexicon's); `refiners` see the finished clauses and may change
    them (e.g. a learned model's `LearnedScorer`, called as `refiner(document.text, clauses)`);
    `blenders` (the shipped model) replace the lexicon's evidence with their own, given it.
    """
    with cyclic_gc_paused():
        return _analyze(
            document,
            progress=progress,
            cancelled=cancelled,
            extra_scorers=extra_scorers,
            refiners=refiners,
            blenders=blenders,
        )


def _analyze(
    document: Document,
    *,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
    extra_scorers: Sequence[Scorer],
    refiners: Sequence[Refiner],
    blenders: Sequence[Blender] = (),
) -> list[Clause]:
    def tick(fraction: float) -> bool:
        if progress is not None:
            progress(min(1.0, max(0.0, fraction)))
        return cancelled is not None and cancelled()

    if tick(0.0):
        return []
    segments = segment(document)
    normalized = normalize_for_matching(document.text)
    if tick(0.1):
        return []
    scorers: list[Scorer] = [LexiconScorer(), *extra_scorers]
    per_scorer: list[list[ClauseEvidence]] = []
    share = 0.8 / len(scorers)
    for number, scorer in enumerate(scorers):
        base = 0.1 + number * share

        def scorer_tick(fraction: float, base: float = base) -> bool:
            return tick(base + fraction * share)

        evidence = scorer.score(document, segments, normalized, tick=scorer_tick)
        if number == 0:
            for blender in blenders:
                evidence = blender.blend(document, segments, normalized, evidence)
        per_scorer.append(evidence)
        if tick(base + share):
            return []
    if len(per_scorer) == 1:
        merged = per_scorer[0]  # the lexicon (and blenders) alone: nothing to combine
    else:
        merged = [_merge([evidence[i] for evidence in per_scorer]) for i in range(len(segments))]
    clauses = apply_context(document.text, segments, merged)
    for refine in refiners:
        clauses = list(refine(document.text, clauses))
    tick(1.0)
    return clauses


def _merge(evidences: Sequence[ClauseEvidence]) -> ClauseEvidence:
    """Several scorers on one clause: the strongest score per category, every cue kept."""
    if len(evidences) == 1:
        return evidences[0]  # the lexicon alone: nothing to combine (nor to copy)
    merged: ClauseEvidence = {}
    for evidence in evidences:
        for category, item in evidence.items():
            current = merged.get(category)
            if current is None:
                merged[category] = Evidence(
                    item.score, list(item.cues), item.source, item.note, item.by_model
                )
            else:
                if item.score > current.score:
                    current.score, current.source = item.score, item.source
                    if item.note:
                        current.note, current.by_model = item.note, item.by_model
                current.cues.extend(c for c in item.cues if c not in current.cues)
    return merged


def _asserted(evidence: ClauseEvidence, threshold: float = THRESHOLD) -> dict[str, Evidence]:
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
    }


def _audience_heading(line: str, evidence: ClauseEvidence) -> dict[str, Evidence]:
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
    if OTHER not in evidence and _names_minors(line):
        return CHILDREN_HEADING_MAX_WORDS
    return AUDIENCE_HEADING_MAX_WORDS


def _dated_change(line: str, evidence: ClauseEvidence) -> bool:
    """A short dateline with a cue of change of its own: the date of the policy's version."""
    change = evidence.get(CHANGE)
    return (
        change is not None
        and bool(change.cues)
        and len(line.split()) <= DATELINE_MAX_WORDS
        and _is_dateline(line)
    )


def _is_dateline(text: str) -> bool:
    """ "Last updated: 1 March 2024": it names a version, it does not open a section."""
    if text.isascii():  # its digits are ASCII already (the translation changes nothing)
        return _YEAR.search(text) is not None
    # A line without a digit in any script has no year (most lines): no translation of it.
    return _DIGIT.search(text) is not None and bool(_YEAR.search(text.translate(ASCII_DIGITS)))


def _digit_count(text: str) -> int:
    """The digits of `text` in any script. An ASCII line's are counted character by character
    in C (`str.count`), where the regex asks the Unicode database at every character."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_DIGIT.findall(text))


def apply_context(
    text: str, segments: Sequence[Segment], evidence: Sequence[ClauseEvidence]
) -> list[Clause]:
    """Clauses with their final categories: own evidence plus headings and list heads."""
    section: dict[str, float] = {}
    section_level = 0
    list_head: dict[str, float] | None = None
    clauses: list[Clause] = []
    unnamed: list[int] = []  # headings that name nothing: they take their section's practice
    # Short headings of a flat policy that may continue the topic before them: (index, its
    # practice); see `heading_sections.continue_topics`.
    continuing: list[int] = []
    section_heading = -1  # the heading that set `section`
    numbered: dict[str, float] = {}  # the practice of the numbered section a line stands in
    in_contact_line = _contact_lines(text)
    for index, (seg, own_all) in enumerate(zip(segments, evidence, strict=True)):
        context: dict[str, tuple[float, str]] = {}
        line = text[seg.start : seg.end]
        heading = seg.kind == "heading"
        software = _is_software_version(line)
        own = _asserted(own_all, HEADING_THRESHOLD if heading else THRESHOLD)
        if heading and not own and index:  # (the first line is the title: it names the notice)
            own = _audience_heading(line, own_all)
        if CHANGE not in own and _dated_change(line, own_all):
            own = {CHANGE: own_all[CHANGE]}
        elif CHANGE in own_all and not heading and lists_message_topics(line):
            # "emails about new features, feedback requests and important policy changes":
            # what the service sends, not a change of this policy; the rest is read without it.
            # Sending them is the service's use of the address (as "We send you push
            # notifications about your order status" is, in the corpus).
            own_all = {c: e for c, e in own_all.items() if c != CHANGE}
            own = _asserted(own_all, THRESHOLD)
            if not own:
                found = own_all.get(FIRST_PARTY)
                own = {
                    FIRST_PARTY: Evidence(
                        max(LIST_HEAD_SCORE, found.score if found else 0.0),
                        list(found.cues) if found else [],
                        "context",
                        MESSAGE_TOPICS_NOTE,
                    )
                }
        provenance = not own and not heading and states_provenance(line)
        # "Who is responsible for processing your information?", "Verantwortlich für die
        # Verarbeitung Ihrer Daten ist die X GmbH", "Who are we?": the controller, no use of
        # the data (a law named beside it stays); such a heading ends the section before it.
        controller = asks_who_we_are(line) if heading else False
        if controller:
            own = {}
        elif (heading or FIRST_PARTY in own or section) and names_the_controller(line):
            controller = True
            own.pop(FIRST_PARTY, None)
        # A line of a contact block ("United States", "12345 Musterstadt, Germany", "If you
        # live in North America:" over an address) names where the company sits or whose
        # users write there: contact details, however sure the place's cue. Tested only for
        # a line with a place of its own or from its context (few lines).
        in_block = (
            INTERNATIONAL in own
            or INTERNATIONAL in section
            or (list_head is not None and INTERNATIONAL in list_head)
        ) and (in_contact_block(text, seg.start, seg.end, _is_contact) and not _names_minors(line))
        if in_block:
            own.pop(INTERNATIONAL, None)
        if INTERNATIONAL in own and _in_address(own[INTERNATIONAL], line, seg.start):
            del own[INTERNATIONAL]  # the company's own country in its address: contact details
        elif INTERNATIONAL not in own and _placed_by_row(
            own_all.get(INTERNATIONAL), line, seg.start
        ):
            found = own_all[INTERNATIONAL]
            own[INTERNATIONAL] = Evidence(
                max(found.score, LIST_HEAD_SCORE), list(found.cues), found.source, ROW_NOTE
            )
        # Whether the line defines a term matters only where it has a practice of its own
        # or context to take (most lines of a long text have neither: no regexes run).
        defines = (
            not heading
            and bool(own or section or (list_head and seg.kind == "list_item"))
            and is_definition_or_overview(line)
        )
        if defines or _is_contact_detail(line) or software:
            # '"Processor" means a third party...', "Phone: (08) 9335 0192", "البريد الإلكتروني:
            # privacy@…": a definition or a contact detail states no practice, whatever a cue
            # (the label's data word) or the model reads in it.
            own = {}
        own, own_all = period_row(line, own, own_all, section, list_head)
        if heading:
            list_head = None
            if seg.level:
                numbered = {}
            if (
                not seg.level
                and section_level
                and _names_consent_only(line, own)
                and any(c != CHOICE for c in numbered)
            ):
                own = {}
                context.update({c: (SECTION_SCORE, "section") for c in numbered})
            if (
                not own
                and index
                and not in_block
                and not controller
                and _names_nothing(line, own_all)
                and not names_a_feature(line)
            ):
                unnamed.append(index)
            if (
                index
                and not seg.level
                and not section_level
                and len(line.split()) <= SUBHEADING_MAX_WORDS
                and (
                    (not own and _is_generic(own_all) and _by_model_alone(own_all))
                    or _names_consent_only(line, own)
                )
                and not names_a_feature(line)
            ):
                continuing.append(index)
            row = not seg.level and _ROW.search(line) is not None
            if own:
                if not _is_dateline(line) and not row:
                    section = {c: e.score for c, e in own.items()}
                    if seg.level or not section_level:
                        # (An unnumbered sub-heading with a practice of its own inside a
                        # numbered section is still in that section: "Service providers" under
                        # "4. How we share your information".)
                        section_level = seg.level
                    if seg.level:
                        numbered = dict(section)
                    section_heading = index
            elif row or not (
                controller
                or (
                    _is_generic(own_all)
                    and not (
                        (section_heading == index - 1 or (section_level and not seg.level))
                        and _by_model_alone(own_all)
                    )
                )
                or (seg.level and (seg.level == 1 or seg.level <= section_level))
                or (not seg.level and len(line.split()) > SUBHEADING_MAX_WORDS)
                or (not seg.level and not section_level and not _heads_a_list(segments, index))
            ):
                if not _is_contact(line) and not software and not in_block:
                    context.update({c: (SECTION_SCORE, "section") for c in section})
            else:
                section, section_level = {}, seg.level
        else:
            if list_head and seg.kind == "list_item" and not defines and not in_block:
                context.update(
                    {
                        c: (LIST_HEAD_SCORE, "list head")
                        for c in list_head
                        if c not in own and not (c == ACCESS and CHOICE in own)
                    }
                )
            if (
                not own
                and not context
                and not defines
                and not _vetoed(own_all)
                and not _is_contact(line)
                and not software
                and not in_contact_line(seg.start, seg.end)
                and not in_block
                and not provenance
                and not controller
            ):
                context.update({c: (SECTION_SCORE, "section") for c in section})
        scores = _scores(own, context, own_all)
        clauses.append(
            Clause(seg.start, seg.end, seg.kind, seg.language, seg.direction, tuple(scores))
        )
        if seg.introduces:
            list_head = {s.id: s.score for s in scores if s.id != OTHER} or None
            if list_head is None:
                list_head = _head_sentence_before(text, clauses)
            if list_head and len(list_head) > 1 and not _names_minors(line):
                list_head.pop(INTERNATIONAL, None)
        elif heading and own and not _is_dateline(line):
            # A list right under a heading that names a practice is that heading's list.
            list_head = {c: e.score for c, e in own.items()}
        elif seg.kind != "list_item":
            list_head = None
    clauses = fill_headings(
        segments, focus_paragraphs(text, segments, clauses), unnamed, SECTION_SCORE
    )
    return finish_open_heads(
        text, segments, continue_topics(segments, clauses, continuing, SECTION_SCORE)
    )


def _head_sentence_before(text: str, clauses: Sequence[Clause]) -> dict[str, float] | None:
    """A list head that names nothing itself ("This may include:", "Det kan omfatta:") ends a
    line whose sentence before it states the practice ("Like most programs, it sends us some
    technical information. This may include:"): the items are that sentence's list."""
    if len(clauses) < 2:
        return None
    before, head = clauses[-2], clauses[-1]
    if before.kind == "heading" or "\n" in text[before.end : head.start]:
        return None
    return {s.id: s.score for s in before.categories if s.id != OTHER} or None


def _names_minors(line: str) -> bool:
    """The line names children, their parents or schools: as a list head, each of its items
    is a practice for that audience ("We collect only what a child needs:")."""
    return _MINORS.search(line.lower()) is not None


def _heads_a_list(segments: Sequence[Segment], index: int) -> bool:
    """The heading labels the list right under it ("Kommunikationsdata" over "- Enkätsvar")."""
    return index + 1 < len(segments) and segments[index + 1].kind == "list_item"


def _names_consent_only(heading: str, own: dict[str, Evidence]) -> bool:
    """A sub-heading of a few words whose only practice is consent ("With your consent",
    "Mit Ihrer Einwilligung", "С вашего согласия"): inside a section on another practice it names
    one of the cases of that practice (sharing "with your consent"), as its sibling sub-headings
    "Service providers" and "For legal reasons" do."""
    return set(own) == {CHOICE} and len(heading.split()) <= SUBHEADING_MAX_WORDS


def _names_nothing(heading: str, evidence: ClauseEvidence) -> bool:
    """A heading with no practice of its own that is not generic ("Contact us", "Privacy
    Policy"), a dateline or a contact detail: "7. User rights", "8. New editions"."""
    return len(heading.split()) <= TITLE_MAX_WORDS and not (
        _is_generic(evidence)
        or _is_dateline(heading)
        or _is_contact(heading)
        or _is_software_version(heading)
        or postal_part(heading) is not None
    )


def _vetoed(evidence: ClauseEvidence) -> bool:
    """A model read the clause's cues and overruled them: the clause spoke of something, just
    not of that practice, so its section's practice is not given to it either."""
    return any(e.cues and e.score < THRESHOLD and e.by_model for e in evidence.values())


def _is_contact(clause: str) -> bool:
    """Contact details ("E-mail: privacy@example.com", "Tel. +46 8 123 45 67", "Telephone:"):
    by the guidelines they are `other`, whatever section they stand in. Only words with a
    letter count: a phone number ("+7 700 000 00 00") or house number is not five words."""
    # The words are counted only for a clause with an address mark or a colon at its end (a
    # loop over every character of every clause was 3 % of the analysis).
    if "@" in clause or _digit_count(clause) >= PHONE_DIGITS:
        return letter_words(clause) <= CONTACT_MAX_WORDS
    return clause.endswith(":") and letter_words(clause) <= 2


def _contact_lines(text: str) -> Callable[[int, int], bool]:
    """Whether the line of `text` a clause (start, end) stands in is a contact line:
    "Questions?" is one clause of "Questions? Write to privacy@example.com", which takes no
    section's practice. Each line is cut and tested once for all its clauses (anew per clause,
    a text of one long line took quadratic time: 300 kB of one line, 0.29 -> 0.88 s)."""
    # The last line tested (when a clause spans lines, its lines together: not reused).
    line_start, line_end, contact, one_line = 0, -1, False, False

    def in_contact_line(start: int, end: int) -> bool:
        nonlocal line_start, line_end, contact, one_line
        if not (one_line and line_start <= start <= end <= line_end):
            line_start = text.rfind("\n", 0, start) + 1
            found = text.find("\n", end)
            line_end = found if found >= 0 else len(text)
            line = text[line_start:line_end]
            contact, one_line = _is_contact(line), "\n" not in line
        return contact

    return in_contact_line


def _is_contact_detail(line: str) -> bool:
    """A bare phone number or e-mail address with at most a label ("Tel.: +7 727 000 00 00",
    "privacy@example.com · 555-0182"), not a date ("Updated 01.12.2022")."""
    return (
        len(line) <= CONTACT_DETAIL_MAX_CHARS  # most clauses: one length test
        and len(line.split()) <= CONTACT_DETAIL_MAX_WORDS
        and ("@" in line or _digit_count(line) >= PHONE_DIGITS)
        and not _is_dateline(line)
        and not _DATE.search(line)
    )


def _is_software_version(line: str) -> bool:
    """An app's or program's version ("Приложениенің ағымдағы версиясы: 3.4.0", "App version
    2.11.0 (build 512)"): a detail of the software, no practice and no change of the policy,
    whatever section it stands in. The policy's own version or date ("Version 2.1, effective
    1 March 2026", "Редакция от 01.02.2026") is not one: two-part numbers or a year."""
    return (
        len(line) <= CONTACT_DETAIL_MAX_CHARS
        and len(line.split()) <= SOFTWARE_VERSION_MAX_WORDS
        and _SOFTWARE_VERSION.search(line) is not None
        and not _is_dateline(line)
    )


def _in_address(evidence: Evidence, line: str, start: int) -> bool:
    """The clause (`line`, at `start` in the text) is a postal address and the evidence's
    cues all lie in its postal part."""
    at = postal_part(line)
    return at is not None and all(cue.start >= start + at for cue in evidence.cues)


def _placed_by_row(evidence: Evidence | None, line: str, start: int) -> bool:
    """The clause is a row of a table set out as text whose last column names a place
    ("Stripe, Inc. – payment processing – United States"): where the recipient processes the
    data, which the guidelines label as a jurisdiction however plain the place's cue."""
    if evidence is None or not evidence.cues:
        return False
    columns = list(_COLUMN.finditer(line))
    if len(columns) < 2 or postal_part(line) is not None:
        return False
    last = start + columns[-1].end()
    return all(cue.start >= last for cue in evidence.cues)


def _by_model_alone(evidence: ClauseEvidence) -> bool:
    """Whether the clause's "other" comes from the model alone, no cue of a generic heading
    behind it. Right under a practice heading ("Hur vi använder din information"), such a
    heading is a subheading in words no cue knows ("Tjänsteleverans"): it keeps its section."""
    other = evidence.get(OTHER)
    return other is not None and other.by_model and not other.cues


def _is_generic(evidence: ClauseEvidence) -> bool:
    """A heading such as "Contact us" or "Definitions": it ends the section before it."""
    other = evidence.get(OTHER)
    return other is not None and other.score >= THRESHOLD


# What a clause with no evidence at all and no context gets (most clauses of a long text):
# one shared, immutable score.
_NOTHING = CategoryScore(OTHER, 1.0, (), "lexicon")


def _scores(
    own: dict[str, Evidence],
    context: dict[str, tuple[float, str]],
    own_all: ClauseEvidence,
) -> list[CategoryScore]:
    if not own_all and not context:
        return [_NOTHING]
    scores = [
        CategoryScore(c, round(min(1.0, e.score), 4), tuple(e.cues), e.source, e.note)
        for c, e in own.items()
    ]
    if context:
        scores += [
            CategoryScore(c, score, (), "context", f"from the {where}")
            for c, (score, where) in context.items()
            if c not in own
        ]
    if not scores:
        other = own_all.get(OTHER)
        cues = tuple(other.cues) if other is not None else ()
        score = max(THRESHOLD, other.score if other is not None else 0.0)
        strongest = max((e.score for e in own_all.values() if e is not other), default=0.0)
        scores = [CategoryScore(OTHER, round(max(score, 1.0 - strongest), 4), cues, "lexicon")]
    if len(scores) > 1:
        scores.sort(key=lambda s: (-s.score, s.id))
    return scores


def analysis_json(document: Document, clauses: Sequence[Clause]) -> dict[str, Any]:
    """The `policylens analyze --json` object of one document."""
    return {
        "document": document.info(),
        "text": document.text,
        "clauses": [clause.to_json() for clause in clauses],
    }
