"""Paragraph text → shaped, line-broken, positioned glyph runs (and the PDF operators).

Each paragraph is shaped ONCE (HarfBuzz, per bidi-level × font run, with the whole paragraph
as context) and lines are broken from the glyph advances: fpdf2's `multi_cell` re-shapes the
line for every character it adds. Each line's runs are placed at their visual x positions
(Unicode bidi rule L2) but written to the content stream in LOGICAL order, so a text
extractor that reads the stream as it is gets the words back in reading order. Inside a
right-to-left run the glyphs stay in visual order, which is what extractors reverse.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

import uharfbuzz as hb
from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection

from policylens.export.pdf_fonts import Face, FontSet, split_by_font

_STRONG_LTR = frozenset(("L", "EN", "AN", "LRE", "LRO", "LRI", "RLE", "RLO", "RLI", "FSI"))
_STRONG_RTL = frozenset(("R", "AL", "AN", "LRE", "LRO", "LRI", "RLE", "RLO", "RLI", "FSI"))
_WORD = re.compile(r"(\S+)\s*|\s+")  # (group 1: the word without its spaces)
# Where a long token (a URL) may be broken when it does not fit on a line by itself.
_SOFT_BREAK_AFTER = frozenset("/-_.?&=")
_ADVANCE = itemgetter(2)  # of a glyph tuple
_CLUSTER = itemgetter(1)  # of a glyph tuple


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of every character (UAX #9, fpdf2's implementation)."""
    base = 1 if rtl else 0
    others = _STRONG_LTR if rtl else _STRONG_RTL
    # Most paragraphs are in one script: then every character sits at the base level.
    if not any(unicodedata.bidirectional(c) in others for c in set(text)):
        return [base] * len(text)
    kinds = list(map(unicodedata.bidirectional, text))
    if _implicit_rules_suffice(text, kinds):
        # Most mixed paragraphs are Persian with digits or a Latin name: no embeddings,
        # isolates or brackets, so the level run is the paragraph and the implicit rules
        # are all there is to do (fpdf2's complete UAX #9 takes ~1 ms a paragraph).
        return _implicit_levels(text, rtl, kinds)
    levels = [base] * len(text)
    paragraph = BidiParagraph(
        text, TextDirection.RTL if rtl else TextDirection.LTR, preserve_bn_chars=True
    )
    for char in paragraph.get_characters_with_embedding_level():
        level: object = char.embedding_level  # "x" for characters rule X9 removed
        if isinstance(level, int):
            levels[char.character_index] = level
    return levels


_EXPLICIT = frozenset(("LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "B", "S"))
# Mirrored but not brackets (no Bidi_Paired_Bracket): rule N0 leaves them alone.
_UNPAIRED = frozenset("«»‹›<>")
_BN_SENSITIVE = frozenset(("NSM", "ES", "ET", "CS"))
_NEUTRAL = frozenset(("WS", "ON", "B", "S"))


def _implicit_levels(text: str, rtl: bool, kinds: list[str]) -> list[int]:
    """UAX #9 rules W1-W7, N1-N2, I1-I2 for a paragraph with no explicit embeddings,
    isolates or separators (one level run at the paragraph level). BN characters (ZWNJ,
    ZWJ) are skipped by the rules (X9) and keep the paragraph level."""
    base = 1 if rtl else 0
    sos = "R" if rtl else "L"
    positions = [i for i, kind in enumerate(kinds) if kind != "BN"]
    types = [kinds[i] for i in positions]
    count = len(types)
    # W1: a mark takes the type of what it is on.
    previous = sos
    for i in range(count):
        if types[i] == "NSM":
            types[i] = previous
        previous = types[i]
    # W2, W3: European digits after Arabic letters are Arabic numbers; AL is R.
    strong = sos
    for i in range(count):
        kind = types[i]
        if kind in ("L", "R", "AL"):
            strong = kind
            if kind == "AL":
                types[i] = "R"
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, count - 1):
        kind = types[i]
        if kind == "ES" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif kind == "CS" and types[i - 1] in ("EN", "AN") and types[i + 1] == types[i - 1]:
            types[i] = types[i - 1]
    # W5: terminators next to European numbers are numbers.
    i = 0
    while i < count:
        if types[i] == "ET":
            j = i
            while j < count and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < count and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    for i in range(count):
        if types[i] in ("ES", "ET", "CS"):
            types[i] = "ON"
    # W7: European numbers after L are L.
    strong = sos
    for i in range(count):
        kind = types[i]
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    # N1, N2: neutrals between two of the same direction take it, the others the base's.
    i = 0
    while i < count:
        if types[i] in _NEUTRAL:
            j = i
            while j < count and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("R" if types[i - 1] in ("R", "EN", "AN") else "L")
            after = sos if j == count else ("R" if types[j] in ("R", "EN", "AN") else "L")
            direction = before if before == after else sos
            types[i:j] = [direction] * (j - i)
            i = j
        else:
            i += 1
    levels = [base] * len(text)
    for i in range(count):
        kind = types[i]
        if rtl:
            if kind != "R":
                levels[positions[i]] = 2
        elif kind == "R":
            levels[positions[i]] = 1
        elif kind != "L":
            levels[positions[i]] = 2
    return levels


def _implicit_rules_suffice(text: str, kinds: list[str]) -> bool:
    """Whether `_implicit_levels` gives what fpdf2's full implementation gives (checked
    against it on random mixed text in the unit tests)."""
    if _EXPLICIT.intersection(kinds):
        return False
    # (By distinct character, then only where a BN is: a loop over every character was
    # most of the cost of a mixed paragraph.)
    for char in set(text):
        kind = unicodedata.bidirectional(char)
        if kind == "ON" and unicodedata.mirrored(char) and char not in _UNPAIRED:
            return False  # brackets pair up (rule N0)
    if "BN" not in kinds:
        return True
    last = len(kinds) - 1
    for index in [i for i, kind in enumerate(kinds) if kind == "BN"]:
        if (index and kinds[index - 1] in _BN_SENSITIVE) or (
            index < last and kinds[index + 1] in _BN_SENSITIVE
        ):
            return False  # fpdf2 lets a ZWNJ/ZWJ here break the number rules W1, W4, W5
    return True


@dataclass(slots=True)
class ShapedRun:
    """Glyphs of text[start:end] at one bidi level in one font, in visual order.
    Each glyph: (glyph id, cluster = index of its first character, advance, x/y offset)
    in font units."""

    start: int
    end: int
    level: int
    face: Face
    glyphs: list[tuple[int, int, int, int, int]]
    keys: list[int]  # glyph clusters in glyph order, negated when right-to-left: ascending


@dataclass(slots=True)
class TextStyle:
    size: float  # points
    bold: bool = False


@dataclass(slots=True)
class ShapedParagraph:
    text: str
    rtl: bool
    style: TextStyle
    runs: list[ShapedRun]
    advances: list[float]  # points per character (a cluster's width on its first character)


def shape_paragraph(text: str, rtl: bool, style: TextStyle, fonts: FontSet) -> ShapedParagraph:
    levels = bidi_levels(text, rtl)
    chain = fonts.chain(rtl, style.bold)
    advances = [0.0] * len(text)
    runs: list[ShapedRun] = []
    # Most paragraphs are at one level: then a font run is a level run, no scan per character.
    one_level = not levels or levels.count(levels[0]) == len(levels)
    for font_start, font_end, face in split_by_font(text, chain):
        scale = style.size / face.units_per_em
        start = font_start
        while start < font_end:
            level = levels[start]
            end = font_end if one_level else start + 1
            while end < font_end and levels[end] == level:
                end += 1
            buffer = hb.Buffer()
            # Marks get clusters of their own, so every glyph reads as its own characters.
            buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
            buffer.add_str(text, start, end - start)  # the rest of `text`: shaping context
            buffer.guess_segment_properties()
            buffer.direction = "rtl" if level % 2 else "ltr"
            hb.shape(face.hb_font, buffer, {})
            # One pass over the glyphs (there are as many as characters): their tuples, the
            # characters' advances and the clusters.
            glyphs = []
            clusters = []
            for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
                cluster, advance = info.cluster, pos.x_advance
                glyphs.append((info.codepoint, cluster, advance, pos.x_offset, pos.y_offset))
                clusters.append(cluster)
                advances[cluster] += advance * scale
            keys = [-c for c in clusters] if level % 2 else clusters
            runs.append(ShapedRun(start, end, level, face, glyphs, keys))
            start = end
    return ShapedParagraph(text, rtl, style, runs, advances)


@dataclass(slots=True)
class PlacedRun:
    """A run's glyphs on one line, `x` from the line's left edge (points)."""

    start: int
    end: int
    level: int
    face: Face
    x: float
    glyphs: list[tuple[int, int, int, int, int]]


@dataclass(slots=True)
class Line:
    start: int  # paragraph-relative character range shown on this line
    end: int
    width: float
    runs: list[PlacedRun]  # logical order
    size: float


def break_lines(paragraph: ShapedParagraph, max_width: float) -> list[tuple[int, int]]:
    """Greedy line breaking at spaces (and inside over-long tokens), from the advances."""
    text, advances = paragraph.text, paragraph.advances
    lines: list[tuple[int, int]] = []
    line_start = 0
    line_width = 0.0  # up to the end of the last word, spaces after it excluded
    pending_space = 0.0
    for match in _WORD.finditer(text):
        word_start = match.start()
        word_end = max(match.end(1), word_start)  # (spaces alone: -1)
        word_width = sum(advances[word_start:word_end])
        space_width = sum(advances[word_end : match.end()])
        if line_width and line_width + pending_space + word_width > max_width:
            lines.append((line_start, word_start))
            line_start, line_width, pending_space = word_start, 0.0, 0.0
        if not line_width and word_width > max_width:
            # One token wider than the line: cut it, preferring after / - . etc.
            piece_start, piece_width, last_soft = word_start, 0.0, -1
            for index in range(word_start, word_end):
                if piece_width + advances[index] > max_width and index > piece_start:
                    cut = last_soft if last_soft > piece_start else index
                    lines.append((piece_start, cut))
                    piece_start, last_soft = cut, -1
                    piece_width = sum(advances[cut:index])
                piece_width += advances[index]
                if text[index] in _SOFT_BREAK_AFTER and advances[index + 1 : index + 2] != [0.0]:
                    last_soft = index + 1
            line_start, line_width = piece_start, piece_width
        else:
            line_width += pending_space + word_width
        pending_space = space_width
    if line_start < len(text):
        lines.append((line_start, len(text)))
    return lines


def _visual_order(runs: list[PlacedRun]) -> list[PlacedRun]:
    """Unicode bidi rule L2: reverse every maximal sequence at level ≥ k, k = max … 1."""
    order = list(runs)
    if len(order) < 2:  # (most lines: one run)
        return order
    highest = max(r.level for r in order)
    lowest_odd = min((r.level for r in order if r.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index].level >= level:
                end = index
                while end < len(order) and order[end].level >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def layout_line(paragraph: ShapedParagraph, start: int, end: int) -> Line:
    """Place text[start:end] (trailing spaces dropped) as runs with x positions."""
    text = paragraph.text
    while end > start and text[end - 1].isspace():
        end -= 1
    runs: list[PlacedRun] = []
    for run in paragraph.runs:
        if run.end <= start or run.start >= end:
            continue
        if start <= run.start and run.end <= end:
            glyphs = run.glyphs
        elif run.level % 2:  # clusters descending
            glyphs = run.glyphs[bisect_right(run.keys, -end) : bisect_right(run.keys, -start)]
        else:
            glyphs = run.glyphs[bisect_left(run.keys, start) : bisect_left(run.keys, end)]
        if glyphs:
            runs.append(
                PlacedRun(
                    max(run.start, start), min(run.end, end), run.level, run.face, 0.0, glyphs
                )
            )
    size = paragraph.style.size
    x = 0.0
    for placed in _visual_order(runs):
        placed.x = x
        scale = size / placed.face.units_per_em
        x += sum(map(_ADVANCE, placed.glyphs)) * scale
    return Line(start, end, x, sorted(runs, key=lambda r: r.start), size)


def char_spans(line: Line, start: int, end: int) -> list[tuple[float, float]]:
    """(left, right) pieces, from the line's left edge, covering the characters of paragraph
    range [start, end) on the line. A cluster's characters share its width (ligatures: لا,
    fi), in reading direction."""
    spans: list[tuple[float, float]] = []
    for placed in line.runs:
        if placed.end <= start or placed.start >= end:
            continue
        scale = line.size / placed.face.units_per_em
        clusters = sorted({glyph[1] for glyph in placed.glyphs})
        # Clusters only partly inside the range (a ligature cut by it) get their share.
        partial: dict[int, tuple[int, int]] = {}  # cluster → (first, count) of its characters
        for position, cluster in enumerate(clusters):
            following = clusters[position + 1] if position + 1 < len(clusters) else placed.end
            count = following - cluster if following > cluster else 1
            if cluster < end and following > start and not (start <= cluster and following <= end):
                partial[cluster] = (cluster, count)
        x = placed.x
        bounds: dict[int, list[float]] = {}
        for _, cluster, advance, _, _ in placed.glyphs:
            right = x + advance * scale
            if start <= cluster < end and cluster not in partial:
                spans.append((x, right))
            elif cluster in partial:
                bound = bounds.get(cluster)
                if bound is None:
                    bounds[cluster] = [x, right]
                else:
                    bound[0], bound[1] = min(bound[0], x), max(bound[1], right)
            x = right
        for cluster, (left, right) in bounds.items():
            first, count = partial[cluster]
            step = (right - left) / count
            for offset in range(max(0, start - first), min(count, end - first)):
                if placed.level % 2:
                    spans.append((right - step * (offset + 1), right - step * offset))
                else:
                    spans.append((left + step * offset, left + step * (offset + 1)))
    return spans


def line_pieces(line: Line, start: int, end: int) -> list[list[float]]:
    """[left, right] pieces, from the line's left edge, covering the characters of
    paragraph range [start, end) on the line: `char_spans` left to right, those that touch
    or nearly (0.5 pt) merged."""
    one = _one_piece(line, start, end)
    return [one] if one is not None else merged_spans(line, start, end)


def merged_spans(line: Line, start: int, end: int) -> list[list[float]]:
    """`char_spans` of paragraph range [start, end) on the line, left to right, those that
    touch or nearly (0.5 pt) merged: `line_pieces` the long way, for any line."""
    merged: list[list[float]] = []
    for left, right in sorted(char_spans(line, start, end)):
        if merged and left <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    return merged


def _one_piece(line: Line, start: int, end: int) -> list[float] | None:
    """`line_pieces` of a line of one run where the range cuts no cluster (a clause's first
    or last line, as a rule), without a tuple per glyph: its glyphs in the range follow one
    another, so their spans merge into one, from the first one's left to the last one's
    right (advances are not negative). None where that does not hold."""
    if len(line.runs) != 1:
        return None
    placed = line.runs[0]
    glyphs = placed.glyphs
    clusters = list(map(_CLUSTER, glyphs))
    cut = set(clusters)
    if (placed.start < start < placed.end and start not in cut) or (
        placed.start < end < placed.end and end not in cut
    ):
        return None  # a ligature cut by the range: its characters get their share
    if placed.level % 2:  # clusters descending
        keys = [-c for c in clusters]
        first, last = bisect_right(keys, -end), bisect_right(keys, -start)
    else:
        first, last = bisect_left(clusters, start), bisect_left(clusters, end)
    if first >= last:
        return None
    advances = list(map(_ADVANCE, glyphs[:last]))
    if min(advances[first:]) < 0:
        return None
    scale = line.size / placed.face.units_per_em
    xs = list(accumulate([advance * scale for advance in advances], initial=placed.x))
    return [xs[first], xs[last]]
