"""Glyph clusters into lines of text in logical order.

Rows are clusters whose baselines line up; a row splits where the horizontal gap is wider than
a column gutter. Inside a line, words are cut where the gap between glyph boxes is wider than
a fraction of the font size (PDFs made by LibreOffice from Persian text have no space glyphs
that other readers can find; boxes always tell). The visual order of the boxes becomes
logical order through the Unicode bidi levels worked out on the visual sequence: applying
rule L2 to items that carry their levels is its own inverse.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from policylens.core.loaders.pdf.glyphs import Cluster, PageGlyphs

# Fractions of the font size. Where the page has space characters, they say where words end
# and a gap must be wider to count (kerning makes small ones: "INFORMAT ION").
WORD_GAP = 0.16
WORD_GAP_WITH_SPACES = 0.6
STREAM_SPACE_GAP = 0.05
BRACKET_SPACE = 0.7  # of the width of the page's drawn spaces
COLUMN_GAP = 2.2
SAME_ROW = 0.4


@dataclass(slots=True)
class Line:
    """One line of one column of a page, in logical order."""

    text: str
    left: float
    right: float
    bottom: float  # the baseline
    top: float
    size: float
    rtl: bool
    bold: bool
    first_word: float  # width of the logically first word: would it have fitted on the line above?
    page: int
    visual: list[str]  # the glyph clusters and word spaces, left to right
    kinds: list[str]


def with_base_direction(line: Line, rtl: bool) -> Line:
    """The line read again as part of a paragraph of the given base direction: LibreOffice sets
    Persian text from a .txt file in left-to-right paragraphs (a final full stop then sits at
    the right end, after the Persian words)."""
    if rtl == line.rtl:
        return line
    line.rtl = rtl
    line.text = "".join(_logical(line.visual, line.kinds, rtl)).strip()
    return line


def page_lines(glyphs: PageGlyphs, page: int, is_bold: Callable[[int], bool]) -> list[Line]:
    """The lines of a page, top to bottom; a row with a gutter in it gives one line per column.
    `is_bold(index)` says whether the glyph at a text-page index is set in a bold face."""
    lines: list[Line] = []
    word_gap = WORD_GAP_WITH_SPACES if glyphs.has_spaces else WORD_GAP
    # The page's spaces by baseline, so that each row looks only at those near it (scanning
    # them all for every row made a 100-page PDF take a second longer).
    by_baseline = sorted((baseline, centre, height) for centre, baseline, height in glyphs.spaces)
    baselines = [space[0] for space in by_baseline]
    reach = SAME_ROW * max([1.0, *(space[2] for space in by_baseline)])
    for row in _rows(glyphs.clusters):
        baseline = row[0].baseline
        nearby = by_baseline[
            bisect_left(baselines, baseline - reach) : bisect_right(baselines, baseline + reach)
        ]
        spaces = sorted(
            centre
            for space_baseline, centre, height in nearby
            if abs(space_baseline - baseline) <= SAME_ROW * max(height, 1.0)
        )
        for segment in _segments(row):
            line = _line(segment, page, is_bold, word_gap, spaces, glyphs.space_width)
            if line is not None:
                lines.append(line)
    return lines


def _rows(clusters: Sequence[Cluster]) -> list[list[Cluster]]:
    rows: list[list[Cluster]] = []
    baselines: list[float] = []
    for cluster in sorted(clusters, key=attrgetter("baseline"), reverse=True):  # (stable)
        if rows and abs(baselines[-1] - cluster.baseline) <= SAME_ROW * max(cluster.size, 1.0):
            rows[-1].append(cluster)
        else:
            rows.append([cluster])
            baselines.append(cluster.baseline)
    return rows


def _segments(row: list[Cluster]) -> list[list[Cluster]]:
    marks = [c for c in row if c.mark]
    row = [c for c in row if not c.mark] or marks
    row.sort(key=attrgetter("left", "index"))
    if marks is not row:
        _place_marks(row, marks)
    segments: list[list[Cluster]] = [[row[0]]]
    reach = row[0].right
    for cluster in row[1:]:
        if cluster.left - reach > COLUMN_GAP * cluster.size:
            segments.append([cluster])
        else:
            segments[-1].append(cluster)
        if cluster.right > reach:
            reach = cluster.right
    return segments


def _place_marks(row: list[Cluster], marks: list[Cluster]) -> None:
    """Each combining mark joins the letter its box's centre lies over (the nearest one)."""
    for mark in sorted(marks, key=lambda c: c.index):
        centre = (mark.left + mark.right) / 2
        base = min(row, key=lambda c: max(c.left - centre, centre - c.right, 0.0))
        base.text += mark.text


def _kind(text: str) -> str:
    """'R', 'L', 'N' (number: a run of digits reads left to right) or ' ' (neutral)."""
    if len(text) == 1:
        kind = _KINDS[text] = _text_kind(text)
        return kind
    return _text_kind(text)


# A one-character cluster's kind (most are): asked once per character, not once per glyph.
_KINDS: dict[str, str] = {}


def _text_kind(text: str) -> str:
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi in ("R", "AL"):
            return "R"
        if bidi == "L":
            return "L"
        if bidi in ("EN", "AN"):
            return "N"
    return " "


def _line(
    segment: list[Cluster],
    page: int,
    is_bold: Callable[[int], bool],
    word_gap: float,
    spaces: Sequence[float] = (),
    space_width: float = 0.0,
) -> Line | None:
    known = _KINDS
    kinds_of = [known.get(cluster.text) or _kind(cluster.text) for cluster in segment]
    left_marker, right_marker = _marker_ends(segment, kinds_of)
    items: list[str] = []
    kinds: list[str] = []
    reach: float | None = None
    word_start = segment[0].left
    first_word_width = 0.0  # of the leftmost word
    word = -1
    for position, cluster in enumerate(segment):
        kind = kinds_of[position]
        # Where the direction changes, or a list number or bullet meets its text (at the left
        # end of a line, or at the right end of a right-to-left one), the space may sit in the
        # stream at the far end of a run, or be a tab: a small gap is enough.
        changes = bool(kinds) and kind != kinds[-1] and " " not in (kind, kinds[-1])
        at_marker = (left_marker and position == left_marker) or (
            right_marker and position == len(segment) - right_marker
        )
        gap = WORD_GAP if changes else word_gap
        # A space between two glyphs in the stream: two words, when the boxes leave any room
        # between them (Chromium's ink boxes leave 0.09–0.2 em). Glyphs that touch or overlap
        # are one word whatever the stream says: LibreOffice writes brackets and full stops of
        # right-to-left runs out of stream order, against their letters.
        stream_space = (
            cluster.word != word
            and bool(kinds)
            and cluster.left - (reach or 0.0) > STREAM_SPACE_GAP * cluster.size
        )
        # Or a wide gap; or a space drawn between them (PDFium's text order, which `word`
        # counts in, is its bidi pass's, not the stream's: around a bracket of a
        # right-to-left line it is off), looked up last: two bisections, only where the glyph
        # starts after the reach (a space between needs room; joined letters touch).
        space = reach is not None and (
            at_marker
            or stream_space
            or cluster.left - reach > gap * cluster.size
            or (
                cluster.left > reach
                and bisect_right(spaces, cluster.left) > bisect_right(spaces, reach)
            )
        )
        # Next to a bracket neither says it right where a right-to-left run meets it: the
        # stream puts the run's space on the far side of the bracket, and LibreOffice draws
        # it elsewhere ("متن(Google", "یک ( آزمایش"; Chromium: "ورود( لاگین"). There the gap
        # decides, against the width of the page's own spaces (a bracket's side bearing is
        # a fraction of it: 0.3–0.55 of a space, measured; a space and bearing ≥ 0.95).
        if (
            reach is not None
            and space_width
            and not at_marker
            and (cluster.text in _BRACKETS or items[-1] in _BRACKETS)
        ):
            space = cluster.left - reach >= BRACKET_SPACE * space_width
        if space and reach is not None:
            items.append(" ")
            kinds.append(" ")
            if not first_word_width:
                first_word_width = reach - word_start
            word_start = cluster.left
        items.append(cluster.text)
        kinds.append(kind)
        word = cluster.word
        if reach is None or cluster.right > reach:
            reach = cluster.right
    assert reach is not None
    rtl = _right_to_left(kinds)
    ordered = _logical(items, kinds, rtl)
    text = "".join(ordered).strip()
    if not text:
        return None
    sizes = sorted(c.size for c in segment)
    first = min(segment, key=lambda c: c.index)
    return Line(
        text=text,
        left=segment[0].left,
        right=reach,
        bottom=sorted(c.baseline for c in segment)[len(segment) // 2],
        top=max(c.top for c in segment),
        size=sizes[len(sizes) // 2],
        rtl=rtl,
        bold=is_bold(first.index),
        # A line that starts (logically) with right-to-left letters starts at its right end,
        # whatever its paragraph's direction.
        first_word=(reach - word_start) if rtl else (first_word_width or reach - word_start),
        page=page,
        visual=items,
        kinds=kinds,
    )


_MARKER_CHARS = frozenset("•·▪◦‣●○■□►✓➢–*-")


def _marker_ends(segment: list[Cluster], kinds: list[str]) -> tuple[int, int]:
    """How many clusters at the left end and at the right end of the line form a list marker
    ("1.", "(a)", "•"; at the right end in a right-to-left list); 0 where there is none. A
    marker is a bullet, or a number ending in "." or ")" next to the text ("2FA" is a word,
    a lone full stop a sentence's end). LibreOffice draws a right-to-left list's numbers
    touching the text: a marker always gets its space."""
    ends = []
    for order in (range(len(kinds)), range(len(kinds) - 1, -1, -1)):
        count = 0
        for position in order:
            if kinds[position] not in "N " or count == 4:
                break
            count += 1
        marked = [segment[i].text for i in list(order)[:count]]
        is_marker = 0 < count <= 3 and count < len(kinds)
        if is_marker and (
            marked[-1] in _MARKER_CHARS
            or (marked[-1] in ".)" and any(t[:1].isdigit() for t in marked))
        ):
            ends.append(count)
        else:
            ends.append(0)
    return ends[0], ends[1]


def _right_to_left(kinds: list[str]) -> bool:
    """The line's base direction. Strong letters of one direction at both ends decide it (a
    Persian line with "Google Analytics" inside has Persian at both ends, however long the
    English); otherwise the direction with more letters."""
    strong = [kind for kind in kinds if kind in "LR"]
    if strong and strong[0] == strong[-1]:
        return strong[0] == "R"
    return kinds.count("R") > kinds.count("L")


def _levels(kinds: list[str], rtl: bool, fixed: dict[int, int] | None = None) -> list[int]:
    """Embedding levels of the visual items (UAX #9 in short: a paragraph of one direction,
    numbers read left to right, neutrals take the level of equal neighbours; `fixed`: items
    whose level is known, brackets of a pair)."""
    strong: list[int | None] = []
    for position, kind in enumerate(kinds):
        if fixed and position in fixed:
            strong.append(fixed[position])
        elif kind == "R":
            strong.append(1)
        elif kind == "L":
            strong.append(2 if rtl else 0)
        elif kind == "N":
            strong.append(None if not rtl else 2)
        else:
            strong.append(None)
    if not rtl:
        # A number next to right-to-left letters sits inside their run, left to right.
        for i, kind in enumerate(kinds):
            if kind == "N":
                strong[i] = 2 if _neighbour_level(strong, i) == 1 else 0
    base = 1 if rtl else 0
    # The nearest known level after each item (`_nearest(strong, i, 1)` for every i in one
    # pass from the right; the one before is carried along from the left).
    following: list[int | None] = [None] * len(strong)
    after: int | None = None
    for i in range(len(strong) - 1, -1, -1):
        following[i] = after
        if strong[i] is not None:
            after = strong[i]
    levels: list[int] = []
    before: int | None = None
    for i, level in enumerate(strong):
        if level is not None:
            levels.append(level)
            before = level
            continue
        after = following[i]
        if before is not None and before == after:
            levels.append(before)
        elif before is not None and after is not None and min(before, after) > base:
            levels.append(min(before, after))
        else:
            levels.append(base)
    return levels


def _nearest(levels: list[int | None], i: int, step: int) -> int | None:
    i += step
    while 0 <= i < len(levels):
        if levels[i] is not None:
            return levels[i]
        i += step
    return None


def _neighbour_level(levels: list[int | None], i: int) -> int | None:
    before = _nearest(levels, i, -1)
    after = _nearest(levels, i, 1)
    return 1 if 1 in (before, after) else 0


def _logical(items: list[str], kinds: list[str], rtl: bool) -> list[str]:
    if "R" not in kinds:
        return items
    levels = _levels(kinds, rtl)
    paired = {} if rtl else _paired_brackets(items, kinds, levels)
    if paired:
        levels = _levels(kinds, rtl, paired)
    order = list(range(len(items)))
    lowest_odd = 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    # `glyphs` gives each bracket the character the PDF maps its glyph to: the logical one in
    # our own and LibreOffice's PDFs, the drawn (mirrored) one in Chromium's. Those of the
    # right-to-left runs are mirrored when that pairs up more of the line's brackets.
    as_mapped = [items[k] for k in order]
    if not _BRACKET_CHAR.search("".join(as_mapped)):
        return as_mapped  # (nothing to mirror, nothing to pair)
    mirrored = [
        items[k].translate(_MIRRORED) if levels[k] % 2 and kinds[k] == " " else items[k]
        for k in order
    ]
    if _unpaired("".join(mirrored)) < _unpaired("".join(as_mapped)):
        return mirrored
    return as_mapped


def _paired_brackets(items: list[str], kinds: list[str], levels: list[int]) -> dict[int, int]:
    """UAX #9 rule N0 for a left-to-right line: the two brackets of a pair share a level. A
    pair whose brackets came out apart (the closing one between right-to-left words: "Google
    Analytics (تحلیل) استفاده" read "(استفاده )تحلیل") takes the left-to-right level when it
    holds left-to-right letters or follows them, else the right-to-left one: {position:
    level} of those brackets, which then count as strong for the neutrals around them."""
    paired: dict[int, int] = {}
    waiting: list[int] = []
    for i, item in enumerate(items):
        if kinds[i] != " " or item not in _BRACKETS:
            continue
        if item in "([{":
            waiting.append(i)
            continue
        if not waiting or items[waiting[-1]] != _OPENING[item]:
            continue
        start = waiting.pop()
        if levels[start] == levels[i]:
            continue
        inside = set(kinds[start + 1 : i])
        before = next((kinds[k] for k in range(start - 1, -1, -1) if kinds[k] in "LR"), "L")
        paired[start] = paired[i] = 0 if "L" in inside or before == "L" else 1
    return paired


_BRACKETS = frozenset("()[]{}")
_BRACKET_CHAR = re.compile(r"[()\[\]{}]")
_MIRRORED = str.maketrans("()[]{}", ")(][}{")
_OPENING = {")": "(", "]": "[", "}": "{"}


def _unpaired(text: str) -> int:
    """How many brackets of the text have no partner."""
    waiting: list[str] = []
    unpaired = 0
    for char in text:
        if char in "([{":
            waiting.append(char)
        elif char in _OPENING:
            if waiting and waiting[-1] == _OPENING[char]:
                waiting.pop()
            else:
                unpaired += 1
    return unpaired + len(waiting)
