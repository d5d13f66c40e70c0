"""What a heading is to the section under it: a practice it names, a sub-heading of the section
it stands in, a generic heading that ends the section before it, or one that names nothing.

`page_context.apply_context` walks the lines in order and hands each heading to `Sections`,
which keeps the section the next lines stand in; the practice of a heading that names nothing
is read from its section's lines afterwards (`heading_sections`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from policylens.core.addresses import postal_part
from policylens.core.classifier import THRESHOLD, ClauseEvidence, Evidence
from policylens.core.company_place import names_company_place
from policylens.core.detail_lines import is_contact, is_dateline, is_software_version
from policylens.core.feature_headings import names_a_feature
from policylens.core.segment import Segment
from policylens.core.table_rows import is_table_row
from policylens.core.taxonomy import CHOICE, OTHER

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


def heads_a_list(segments: Sequence[Segment], index: int) -> bool:
    """The heading labels the list right under it ("Kommunikationsdata" over "- Enkätsvar")."""
    return index + 1 < len(segments) and segments[index + 1].kind == "list_item"


def names_consent_only(heading: str, own: dict[str, Evidence]) -> bool:
    """A sub-heading of a few words whose only practice is consent ("With your consent",
    "Mit Ihrer Einwilligung", "С вашего согласия"): inside a section on another practice it names
    one of the cases of that practice (sharing "with your consent"), as its sibling sub-headings
    "Service providers" and "For legal reasons" do."""
    return set(own) == {CHOICE} and len(heading.split()) <= SUBHEADING_MAX_WORDS


def names_nothing(heading: str, evidence: ClauseEvidence) -> bool:
    """A heading with no practice of its own that is not generic ("Contact us", "Privacy
    Policy"), a dateline or a contact detail: "7. User rights", "8. New editions"."""
    return len(heading.split()) <= TITLE_MAX_WORDS and not (
        is_generic(evidence)
        or is_dateline(heading)
        or is_contact(heading)
        or is_software_version(heading)
        or postal_part(heading) is not None
        or names_company_place(heading)
    )


def by_model_alone(evidence: ClauseEvidence) -> bool:
    """Whether the clause's "other" comes from the model alone, no cue of a generic heading
    behind it. Right under a practice heading ("Hur vi använder din information"), such a
    heading is a subheading in words no cue knows ("Tjänsteleverans"): it keeps its section."""
    other = evidence.get(OTHER)
    return other is not None and other.by_model and not other.cues


def is_generic(evidence: ClauseEvidence) -> bool:
    """A heading such as "Contact us" or "Definitions": it ends the section before it."""
    other = evidence.get(OTHER)
    return other is not None and other.score >= THRESHOLD


Context = dict[str, tuple[float, str]]


@dataclass
class Sections:
    """The section the lines stand in, as the headings read so far set it."""

    segments: Sequence[Segment]
    practice: dict[str, float] = field(default_factory=dict)  # the section's categories
    level: int = 0  # its heading's number level (0: unnumbered)
    heading: int = -1  # the heading that set `practice`
    numbered: dict[str, float] = field(default_factory=dict)  # the numbered section's practice
    unnamed: list[int] = field(default_factory=list)  # headings that name nothing: they take
    # their section's practice (`heading_sections.fill_headings`)
    # Short headings of a flat policy that may continue the topic before them; see
    # `heading_sections.continue_topics`.
    continuing: list[int] = field(default_factory=list)

    def read_heading(
        self,
        index: int,
        line: str,
        own: dict[str, Evidence],
        own_all: ClauseEvidence,
        *,
        controller: bool,
        in_block: bool,
        software: bool,
    ) -> tuple[dict[str, Evidence], Context]:
        """The heading `index` (`line`, asserting `own` of its evidence `own_all`) read: the
        section it starts or ends, and what it keeps of `own` and takes from its section."""
        seg = self.segments[index]
        context: Context = {}
        if seg.level:
            self.numbered = {}
        if (
            not seg.level
            and self.level
            and names_consent_only(line, own)
            and any(c != CHOICE for c in self.numbered)
        ):
            own = {}
            context.update({c: (SECTION_SCORE, "section") for c in self.numbered})
        if (
            not own
            and index
            and not in_block
            and not controller
            and names_nothing(line, own_all)
            and not names_a_feature(line)
        ):
            self.unnamed.append(index)
        if (
            index
            and not seg.level
            and not self.level
            and len(line.split()) <= SUBHEADING_MAX_WORDS
            and (
                (not own and is_generic(own_all) and by_model_alone(own_all))
                or names_consent_only(line, own)
            )
            and not names_a_feature(line)
        ):
            self.continuing.append(index)
        row = not seg.level and is_table_row(line)
        if own:
            if not is_dateline(line) and not row:
                self.practice = {c: e.score for c, e in own.items()}
                if seg.level or not self.level:
                    # (An unnumbered sub-heading with a practice of its own inside a
                    # numbered section is still in that section: "Service providers" under
                    # "4. How we share your information".)
                    self.level = seg.level
                if seg.level:
                    self.numbered = dict(self.practice)
                self.heading = index
        elif row or not (
            controller
            or (
                is_generic(own_all)
                and not (
                    (self.heading == index - 1 or (self.level and not seg.level))
                    and by_model_alone(own_all)
                )
            )
            or (seg.level and (seg.level == 1 or seg.level <= self.level))
            or (not seg.level and len(line.split()) > SUBHEADING_MAX_WORDS)
            or (not seg.level and not self.level and not heads_a_list(self.segments, index))
        ):
            if not is_contact(line) and not software and not in_block:
                context.update({c: (SECTION_SCORE, "section") for c in self.practice})
        else:
            self.practice, self.level = {}, seg.level
        return own, context
