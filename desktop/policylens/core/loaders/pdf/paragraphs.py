"""Lines of every page into the document's paragraphs.

- Columns: a page whose lines fall on both sides of a gutter is read column by column (the
  right column first when the page is mostly right-to-left); lines across the gutter (titles)
  keep their place.
- Running headers and footers: a line at the top or bottom of pages that recurs on at least
  half of them (digits ignored), and a lone page number ("3", "- 3 -", "Page 3 of 9",
  "۳ / ۹") in a page margin, is dropped and reported in `PageLayout.dropped`.
- A paragraph ends where the font changes, the gap to the next line is wider than the body's
  line spacing, the next line starts with a bullet or list number, or the line ends short:
  when the next line's first word would have fitted in the room left on it.
- A paragraph set larger than the body, or bold in a body that is not, is a heading.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from policylens.core.loaders.pdf.lines import Line, with_base_direction

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|seite|sida|страница|стр\.?|بەت|صفحه|صفحة|الصفحة)\s*)?"
    r"[\d۰-۹٠-٩]+(?:\s*(?:/|of|von|av|из|از|من)\s*[\d۰-۹٠-٩]+)?[\W_]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[\d۰-۹٠-٩]+")
# Private-use glyphs of Symbol/Wingdings fonts that Word and others use as bullets.
_PUA_BULLET = re.compile(r"^[\uf000-\uf0ff]\s*")
_LIST_START = re.compile(
    r"^(?:[•·▪◦‣●○■□►✓➢–—*-]|[\uf000-\uf0ff]|"
    r"(?:\(?[\d۰-۹٠-٩]{1,3}|[a-zA-Z]|[ivxIVX]{1,4}|[а-яА-Я])[.)](?=\s))"
)
_SOFT_HYPHEN = "\u00ad"
_SENTENCE_END = tuple(".!?:;؟؛…")
_STOPS = frozenset(".!?:;؟؛…")
_HYPHENS = ("-", "\u2010", _SOFT_HYPHEN)
MARGIN = 0.1  # of the page height: where running headers, footers and page numbers live


@dataclass(slots=True)
class Paragraph:
    text: str
    heading: bool


@dataclass(slots=True)
class PageLayout:
    paragraphs: list[Paragraph] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # running headers, footers, page numbers


@dataclass(slots=True)
class _Column:
    left: float
    right: float


def layout(pages: Sequence[list[Line]], sizes: Sequence[tuple[float, float]]) -> PageLayout:
    """The paragraphs of the pages' lines; `sizes`: each page's (width, height)."""
    result = PageLayout()
    ordered: list[tuple[Line, _Column]] = []
    kept_pages = _drop_furniture(pages, [height for _, height in sizes], result.dropped)
    block = _text_block(kept_pages, max((width for width, _ in sizes), default=0.0))
    _left_aligned_rtl([line for lines in kept_pages for line in lines])
    for lines in kept_pages:
        ordered.extend(_reading_order(lines, block))
    if not ordered:
        return result
    body_size = _body_size([line for line, _ in ordered])
    body_bold = _body_bold([line for line, _ in ordered])
    leading = _leading([line for line, _ in ordered])
    current: list[Line] = []
    current_heading = False
    for index, (line, _column) in enumerate(ordered):
        heading = _is_heading(line, body_size, body_bold)
        if current:
            previous, previous_column = ordered[index - 1]
            if heading != current_heading or _breaks(
                previous, previous_column, line, leading, heading
            ):
                result.paragraphs.append(_paragraph(current, current_heading))
                current = []
        if not current:
            current_heading = heading
        current.append(line)
    if current:
        result.paragraphs.append(_paragraph(current, current_heading))
    return result


def _drop_furniture(
    pages: Sequence[list[Line]], heights: Sequence[float], dropped: list[str]
) -> list[list[Line]]:
    """Pages without their running headers, footers and page numbers (those go to `dropped`)."""
    top_keys: Counter[str] = Counter()
    bottom_keys: Counter[str] = Counter()
    for lines in pages:
        top_keys.update({_furniture_key(line) for line in _edge(lines, top=True)})
        bottom_keys.update({_furniture_key(line) for line in _edge(lines, top=False)})
    recurring = max(2, (len(pages) + 1) // 2)
    kept_pages: list[list[Line]] = []
    for lines, height in zip(pages, heights, strict=True):
        furniture: set[int] = set()
        for top, keys in ((True, top_keys), (False, bottom_keys)):
            for line in _edge(lines, top=top):
                if not (line.bottom > height * (1 - MARGIN) or line.top < height * MARGIN):
                    continue  # running heads and feet live in the margins
                if (keys[_furniture_key(line)] >= recurring and len(pages) > 1) or (
                    _PAGE_NUMBER.match(line.text) and len(lines) > 1
                ):
                    furniture.add(id(line))
        dropped.extend(line.text for line in lines if id(line) in furniture)
        kept_pages.append([line for line in lines if id(line) not in furniture])
    return kept_pages


def _edge(lines: list[Line], *, top: bool) -> list[Line]:
    """The lines of the page's first (or last) two rows."""
    if not lines:
        return []
    rows = sorted({round(line.bottom) for line in lines}, reverse=top)[:2]
    return [line for line in lines if round(line.bottom) in rows]


def _furniture_key(line: Line) -> str:
    """The same text (any page number) at the same height: a running header or footer."""
    return f"{round(line.bottom / 4)}:{_DIGITS.sub('#', line.text).strip().casefold()}"


def _text_block(pages: Sequence[list[Line]], page_width: float) -> _Column | None:
    """The extent of the text on the pages (a page's own lines may all be short), with the
    margins taken as equal on both sides: in a short document no line may reach the far
    edge, and its lines' short ends must still show."""
    lines = [line for page in pages for line in page]
    if not lines:
        return None
    left = min(line.left for line in lines)
    right = max(line.right for line in lines)
    if page_width > right:
        left, right = min(left, page_width - right), max(right, page_width - left)
    return _Column(left, right)


def _left_aligned_rtl(lines: list[Line]) -> None:
    """Right-to-left lines of left-to-right paragraphs (LibreOffice sets Persian from a .txt
    file so) are read again as such. The evidence is where sentences end: a full stop or
    colon at the right end of a right-to-left line belongs to a left-to-right paragraph."""
    rtl = [line for line in lines if line.rtl]
    at_left = sum(1 for line in rtl if _ends_with_stop(line, 0))
    at_right = sum(1 for line in rtl if _ends_with_stop(line, -1))
    if at_right >= 2 and at_right > at_left:
        for line in rtl:
            with_base_direction(line, rtl=False)


def _ends_with_stop(line: Line, edge: int) -> bool:
    visual = [item for item in line.visual if item != " "]
    return bool(visual) and visual[edge] in _STOPS


def _reading_order(lines: list[Line], block: _Column | None) -> list[tuple[Line, _Column]]:
    """Lines of one page in reading order, each with the column it belongs to."""
    if not lines:
        return []
    whole = block or _Column(min(line.left for line in lines), max(line.right for line in lines))
    gutter = _gutter(lines)
    if gutter is None:
        return [(line, whole) for line in lines]
    split, gutter_end = gutter
    # Columns are as wide as their lines: the equal-margins guess is for one column only.
    left_column = _Column(min(line.left for line in lines), split)
    right_column = _Column(gutter_end, max(line.right for line in lines))
    rtl = sum(len(line.text) for line in lines if line.rtl) > sum(
        len(line.text) for line in lines if not line.rtl
    )
    ordered: list[tuple[Line, _Column]] = []
    band_left: list[Line] = []
    band_right: list[Line] = []

    def close_band() -> None:
        first, second = (band_right, band_left) if rtl else (band_left, band_right)
        first_column, second_column = (
            (right_column, left_column) if rtl else (left_column, right_column)
        )
        ordered.extend((line, first_column) for line in first)
        ordered.extend((line, second_column) for line in second)
        band_left.clear()
        band_right.clear()

    for line in lines:
        if line.right <= split + 0.5:
            band_left.append(line)
        elif line.left >= gutter_end - 0.5:
            band_right.append(line)
        else:
            close_band()
            ordered.append((line, whole))
    close_band()
    return ordered


def _gutter(lines: list[Line]) -> tuple[float, float] | None:
    """(where the left column ends, where the right one starts), when the page has two."""
    if len(lines) < 6:
        return None
    left = min(line.left for line in lines)
    right = max(line.right for line in lines)
    width = right - left
    best: tuple[tuple[int, int], float, float] | None = None
    for candidate in sorted({line.right for line in lines}):
        if not left + 0.25 * width < candidate < left + 0.75 * width:
            continue
        starts = [line.left for line in lines if line.left > candidate]
        if not starts:
            continue
        start = min(starts)
        if start - candidate < 0.8 * statistics.median(line.size for line in lines):
            continue
        on_left = sum(1 for line in lines if line.right <= candidate + 0.5)
        on_right = sum(1 for line in lines if line.left >= start - 0.5)
        across = len(lines) - on_left - on_right
        if across > 0.2 * len(lines) or min(on_left, on_right) < max(3, 0.2 * len(lines)):
            continue
        score = (min(on_left, on_right), -across)
        if best is None or score > best[0]:
            best = (score, candidate, start)
    return None if best is None else (best[1], best[2])


def _body_size(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0]


def _body_bold(lines: list[Line]) -> bool:
    bold = sum(len(line.text) for line in lines if line.bold)
    return bold > sum(len(line.text) for line in lines) / 2


def _leading(lines: list[Line]) -> float:
    """The usual distance between the baselines of two lines of one paragraph."""
    deltas = [
        round(a.bottom - b.bottom, 1)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and abs(a.size - b.size) < 0.5 and 0 < a.bottom - b.bottom < 3 * a.size
    ]
    if not deltas:
        return 1.3 * _body_size(lines)
    # The smallest that recurs: where most paragraphs are one line long, the most common
    # distance is the one between paragraphs.
    counts = Counter(round(delta * 2) / 2 for delta in deltas)
    recurring = [delta for delta, n in counts.items() if n >= 2]
    return min(recurring or counts)


def _is_heading(line: Line, body_size: float, body_bold: bool) -> bool:
    if len(line.text) > 200:
        return False
    if line.size >= body_size * 1.12:
        return True
    return line.bold and not body_bold and abs(line.size - body_size) < 0.5


def _breaks(a: Line, column: _Column, b: Line, leading: float, heading: bool) -> bool:
    """Whether line `b` starts a new paragraph after line `a`."""
    if abs(a.size - b.size) > 0.15 * max(a.size, 1.0) or a.bold != b.bold:
        return True
    if _LIST_START.match(b.text):
        return True
    if a.page == b.page:
        drop = a.bottom - b.bottom
        if drop > 0 and drop > leading * 1.25 + 0.5:
            return True
    elif a.text.endswith(_SENTENCE_END):
        return True  # a paragraph rarely goes on to the next page just after a full stop
    room = (a.left - column.left) if a.rtl else (column.right - a.right)
    if heading:
        return False
    return room > b.first_word + 0.3 * b.size


def _paragraph(lines: list[Line], heading: bool) -> Paragraph:
    text = lines[0].text
    for line in lines[1:]:
        if text.endswith(_SOFT_HYPHEN):
            text = text[:-1] + line.text  # a word broken by hyphenation
        elif text.endswith(_HYPHENS) and len(text) > 1 and text[-2].isalnum():
            # A hard hyphen at a line end is the word's own ("веб-сайт", "e-mail"): word
            # processors and browsers do not hyphenate unless told to, and then write U+00AD.
            text = text + line.text
        else:
            text = f"{text} {line.text}"
    text = _PUA_BULLET.sub("• ", text)
    return Paragraph(text, heading)
