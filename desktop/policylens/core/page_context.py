"""The context of the page: each clause's final categories, from its own evidence and from
the headings and list heads it stands under.

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

from collections.abc import Sequence

from policylens.core.addresses import cues_in_address
from policylens.core.change_mentions import lists_message_topics, states_provenance
from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.clause import CategoryScore, Clause
from policylens.core.collection_items import keep_collection
from policylens.core.company_place import cues_in_company_place
from policylens.core.contact_block import in_contact_block
from policylens.core.controller_lines import asks_who_we_are, names_the_controller
from policylens.core.definition_examples import continues_definition
from policylens.core.definitions import is_definition_or_overview
from policylens.core.detail_lines import (
    contact_lines,
    is_contact,
    is_contact_detail,
    is_software_version,
)
from policylens.core.heading_context import (
    HEADING_THRESHOLD,
    SECTION_SCORE,
    Context,
    Sections,
)
from policylens.core.heading_sections import continue_topics, fill_headings
from policylens.core.kazakh_rows import kazakh_row
from policylens.core.list_context import item_context, list_head_after
from policylens.core.local_seat import cues_in_local_seat
from policylens.core.optional_data import with_optional_data
from policylens.core.org_seat import cues_in_seat
from policylens.core.own_categories import (
    LIST_HEAD_SCORE,
    asserted,
    audience_heading,
    dated_change,
    names_minors,
    vetoed,
    without_message_topics,
)
from policylens.core.paragraph_focus import focus_paragraphs
from policylens.core.period_rows import finish_open_heads, period_row
from policylens.core.privacy_pledge import is_pledge_or_aim
from policylens.core.privacy_word import without_bare_privacy
from policylens.core.right_to_know import without_asked_period
from policylens.core.segment import Segment
from policylens.core.shop_terms import states_shop_terms
from policylens.core.store_verbs import storing_without_period
from policylens.core.table_rows import ROW_NOTE, placed_by_row
from policylens.core.taxonomy import (
    CHANGE,
    CHOICE,
    FIRST_PARTY,
    INTERNATIONAL,
    OTHER,
    SECURITY,
    SHARING,
)
from policylens.core.unmarked_items import unmarked_item
from policylens.core.who_sees import seen_or_shown


def apply_context(
    text: str, segments: Sequence[Segment], evidence: Sequence[ClauseEvidence]
) -> list[Clause]:
    """Clauses with their final categories: own evidence plus headings and list heads."""
    sections = Sections(segments)
    list_head: dict[str, float] | None = None
    clauses: list[Clause] = []
    in_contact_line = contact_lines(text)
    for index, (seg, own_all) in enumerate(zip(segments, evidence, strict=True)):
        context: Context = {}
        line = text[seg.start : seg.end]
        heading = seg.kind == "heading"
        software = is_software_version(line)
        own = asserted(own_all, HEADING_THRESHOLD if heading else THRESHOLD)
        if heading and not own and index:  # (the first line is the title: it names the notice)
            own = audience_heading(line, own_all)
        if CHANGE not in own and dated_change(line, own_all):
            own = {CHANGE: own_all[CHANGE]}
        elif CHANGE in own_all and not heading and lists_message_topics(line):
            # "emails about new features, feedback requests and important policy changes":
            # what the service sends, not a change of this policy; the rest is read without it.
            own_all, own = without_message_topics(own_all)
        provenance = (
            not own and not heading and (states_provenance(line) or states_shop_terms(line))
        )
        # "Who is responsible for processing your information?", "Verantwortlich für die
        # Verarbeitung Ihrer Daten ist die X GmbH", "Who are we?": the controller, no use of
        # the data (a law named beside it stays); such a heading ends the section before it.
        controller = asks_who_we_are(line) if heading else False
        if controller:
            own = {}
        elif (heading or FIRST_PARTY in own or sections.practice) and names_the_controller(line):
            controller = True
            own.pop(FIRST_PARTY, None)
        # A line of a contact block ("United States", "12345 Musterstadt, Germany", "If you
        # live in North America:" over an address) names where the company sits or whose
        # users write there: contact details, however sure the place's cue. Tested only for
        # a line with a place of its own or from its context (few lines).
        in_block = (
            INTERNATIONAL in own
            or INTERNATIONAL in sections.practice
            or (list_head is not None and INTERNATIONAL in list_head)
        ) and (in_contact_block(text, seg.start, seg.end, is_contact) and not names_minors(line))
        if in_block:
            own.pop(INTERNATIONAL, None)
        if INTERNATIONAL in own and (
            cues_in_seat(own[INTERNATIONAL], line, seg.start)
            or cues_in_local_seat(own[INTERNATIONAL], line, seg.start)
            or cues_in_company_place(own[INTERNATIONAL], line, seg.start)
        ):
            del own[INTERNATIONAL]  # the country where the organisation is based: no audience
        elif INTERNATIONAL in own and cues_in_address(own[INTERNATIONAL], line, seg.start):
            del own[INTERNATIONAL]  # the company's own country in its address: contact details
        elif INTERNATIONAL not in own and placed_by_row(
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
            and bool(own or sections.practice or (list_head and seg.kind == "list_item"))
            and (
                is_definition_or_overview(line)
                or is_pledge_or_aim(line)
                or continues_definition(text, seg.start)
            )
        )
        if defines or is_contact_detail(line) or software:
            # '"Processor" means a third party...', "Phone: (08) 9335 0192", "البريد الإلكتروني:
            # privacy@…": a definition or a contact detail states no practice, whatever a cue
            # (the label's data word) or the model reads in it.
            own = {}
        own = without_asked_period(line, storing_without_period(line, own), own_all)
        own, own_all = without_bare_privacy(line, heading, own, own_all)
        own, own_all = period_row(line, own, own_all, sections.practice, list_head)
        own, own_all = kazakh_row(line, seg.language, own, own_all, LIST_HEAD_SCORE)
        if (SECURITY in own_all or SHARING in own_all) and own and not heading:
            own = seen_or_shown(own, own_all)  # (the test inline: most clauses have neither)
        if CHOICE in own and FIRST_PARTY not in own and FIRST_PARTY in own_all and not heading:
            own = with_optional_data(own, own_all)  # "Entering a phone number is voluntary"
        own, own_all = unmarked_item(
            line, heading, own, own_all, (text, segments, clauses), LIST_HEAD_SCORE
        )
        if heading:
            own, context = sections.read_heading(
                index,
                line,
                own,
                own_all,
                controller=controller,
                in_block=in_block,
                software=software,
            )
        else:
            if list_head and seg.kind == "list_item" and not defines and not in_block:
                context.update(item_context(list_head, own))
            if (
                not own
                and not context
                and not defines
                and not vetoed(own_all)
                and not is_contact(line)
                and not software
                and not in_contact_line(seg.start, seg.end)
                and not in_block
                and not provenance
                and not controller
            ):
                context.update({c: (SECTION_SCORE, "section") for c in sections.practice})
        keep_collection(
            line,
            seg.language,
            heading,
            own,
            context,
            list_head or sections.practice,
            LIST_HEAD_SCORE,
        )
        scores = _scores(own, context, own_all)
        clauses.append(
            Clause(seg.start, seg.end, seg.kind, seg.language, seg.direction, tuple(scores))
        )
        list_head = list_head_after(text, seg, line, own, scores, clauses, list_head)
    clauses = fill_headings(
        segments, focus_paragraphs(text, segments, clauses), sections.unnamed, SECTION_SCORE
    )
    return finish_open_heads(
        text, segments, continue_topics(segments, clauses, sections.continuing, SECTION_SCORE)
    )


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
